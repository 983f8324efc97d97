// A small pack with exact content, so element tests can assert what the officer sees whatever the default
// pack holds: two sections, a follow-up question, a choice with a gap, free text, and rules that reach
// every kind of effect (risk, indicators, grounds, actions at each time, conditions with proportionality).
import type { RulePack } from '../../src/pack/schema.js';
import { packOf } from '../core/pack-builder.js';

const cites = ['src-a'];
const tri = (id: string, section: string, en: string, extra: object = {}) => ({
  id,
  section,
  type: 'tri' as const,
  text: { en, cy: `CY ${en}` },
  ...extra
});

export const TEST_QUESTIONS = {
  stage: 'decision.stage',
  onBail: 'suspect.on-bail',
  sameVictim: 'suspect.on-bail-same-victim',
  strangulation: 'abuse.strangulation',
  level: 'risk.assessment-level',
  views: 'victim.views'
} as const;

export const ALL_ANSWERS: [string, string][] = [
  [TEST_QUESTIONS.stage, 'pre-charge'],
  [TEST_QUESTIONS.onBail, 'yes'],
  [TEST_QUESTIONS.sameVictim, 'no'],
  [TEST_QUESTIONS.strangulation, 'yes'],
  [TEST_QUESTIONS.level, 'not-done'],
  [TEST_QUESTIONS.views, 'Wants conditions']
];

export function testPack(): RulePack {
  return packOf({
    id: 'x-test-pack',
    version: '1.0.0',
    title: { en: 'Test safeguarding pack', cy: 'Pecyn diogelu prawf' },
    sources: [{ id: 'src-a', kind: 'review', title: { en: 'Review A' }, ref: 'para 4', confidence: 'sourced' }],
    sections: [
      { id: 'context', ndm: 'information', title: { en: 'Context', cy: 'Cyd-destun' } },
      // No Welsh title: the element must fall back to English.
      { id: 'history', ndm: 'assessment', title: { en: 'History of abuse' } }
    ],
    questions: [
      {
        id: 'decision.stage',
        section: 'context',
        type: 'choice',
        options: [
          { value: 'pre-charge', text: { en: 'Release before charge', cy: 'Rhyddhau cyn cyhuddo' } },
          { value: 'post-charge', text: { en: 'Bail after charge', cy: 'Mechnïaeth ar ôl cyhuddo' } }
        ],
        text: { en: 'What decision are you making?', cy: "Pa benderfyniad ydych chi'n ei wneud?" }
      },
      tri('suspect.on-bail', 'context', 'Is the suspect on bail now?', {
        riskFactor: true,
        help: { en: 'Check PNC.', cy: 'Gwiriwch y PNC.' },
        gap: { text: { en: 'Whether the suspect is on bail is not known.' }, action: 'check-records' }
      }),
      tri('suspect.on-bail-same-victim', 'context', 'Does that bail concern the same victim?', {
        riskFactor: true,
        askWhen: { q: 'suspect.on-bail', equals: 'yes' }
      }),
      tri('abuse.strangulation', 'history', 'Has there been strangulation, ever?', { riskFactor: true }),
      {
        id: 'risk.assessment-level',
        section: 'history',
        type: 'choice',
        options: [
          { value: 'standard', text: { en: 'Standard' } },
          { value: 'high', text: { en: 'High' } },
          { value: 'not-done', text: { en: 'Not done' } }
        ],
        text: { en: 'What level did the risk assessment give?' },
        gap: { values: ['not-done'], text: { en: 'No risk assessment yet.' }, action: 'complete-risk-assessment' }
      },
      { id: 'victim.views', section: 'history', type: 'text', text: { en: 'What did the victim say?' } }
    ],
    catalogue: {
      indicators: {
        'on-bail': { text: { en: 'Already on bail', cy: 'Eisoes ar fechnïaeth' } },
        strangulation: { text: { en: 'Strangulation' } }
      },
      grounds: {
        's38-prevent-offence': { text: { en: 'Already on bail for an offence' }, law: { en: 'PACE s.38(1)(a)(ii)' } }
      },
      actions: {
        'check-records': {
          text: { en: 'Check PNC and local records' },
          agency: { en: 'police' },
          when: 'before-decision'
        },
        'complete-risk-assessment': {
          text: { en: 'Complete the risk assessment' },
          agency: { en: 'police' },
          when: 'before-decision'
        },
        'notify-victim-before-release': {
          text: { en: 'Tell the victim before release' },
          agency: { en: 'police' },
          when: 'before-release'
        },
        'refer-marac': { text: { en: 'Refer to MARAC' }, agency: { en: 'marac' }, when: 'within-24h' }
      },
      conditions: {
        'no-contact-victim': {
          text: { en: 'No contact with the victim' },
          purpose: { en: 'to prevent interference with a witness' },
          proportionality: { en: 'Weigh the effect on shared children.' }
        }
      },
      outcomes: {
        'pre-charge-bail-with-conditions': { stage: 'pre-charge', text: { en: 'Pre-charge bail with conditions' } },
        'release-under-investigation': { stage: 'pre-charge', text: { en: 'Release under investigation' } },
        'bail-with-conditions': { stage: 'post-charge', text: { en: 'Bail with conditions' } },
        'refuse-bail': { stage: 'post-charge', text: { en: 'Refuse bail' } }
      }
    },
    rules: [
      {
        id: 'r.on-bail',
        ndm: 'information',
        when: { q: 'suspect.on-bail', equals: 'yes' },
        text: { en: 'A suspect already on bail has broken trust before.' },
        effects: { risk: 'medium', indicators: ['on-bail'], grounds: ['s38-prevent-offence'] },
        cites
      },
      {
        id: 'r.strangulation',
        ndm: 'assessment',
        when: { q: 'abuse.strangulation', equals: 'yes' },
        text: { en: 'Strangulation is a marker of homicide risk.' },
        effects: {
          risk: 'high',
          indicators: ['strangulation'],
          actions: ['notify-victim-before-release', 'refer-marac'],
          conditions: ['no-contact-victim']
        },
        cites
      }
    ],
    outcomes: {
      'pre-charge': {
        rows: [
          {
            id: 'o.pre.risk',
            when: { any: [{ riskAtLeast: 'medium' }, { indicatorsAtLeast: 1 }] },
            recommended: 'pre-charge-bail-with-conditions',
            alternatives: [],
            text: { en: 'Conditions protect the victim; RUI allows none.' },
            cites
          }
        ],
        default: {
          id: 'o.pre.default',
          recommended: 'release-under-investigation',
          alternatives: ['pre-charge-bail-with-conditions'],
          text: { en: 'No risk found that conditions must address.' },
          cites
        }
      },
      'post-charge': {
        rows: [
          {
            id: 'o.post.high',
            when: { riskAtLeast: 'high' },
            recommended: 'refuse-bail',
            alternatives: ['bail-with-conditions'],
            text: { en: 'High risk: consider keeping in custody.' },
            cites
          }
        ],
        default: {
          id: 'o.post.default',
          recommended: 'bail-with-conditions',
          alternatives: ['refuse-bail'],
          text: { en: 'Conditions address the risks found.' },
          cites
        }
      }
    }
  } as Omit<RulePack, 'schemaVersion' | 'languages' | 'combine'>);
}
