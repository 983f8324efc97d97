// Small test packs, built in the tests that use them, so the core's tests never depend on the default
// pack's content. Every catalogue code a test needs exists here: indicators i1-i3, ground g1, actions
// a1, a2 and chase, conditions c1 and c2, and four outcomes of the vocabulary (two at each stage).
import { validatePack, type Condition, type Question, type Rule, type RulePack, type Section } from './api.js';

export type Row = RulePack['outcomes']['pre-charge']['rows'][number];

const words = (en: string, cy?: string) => (cy ? { en, cy } : { en });

export const tri = (id: string, more: Partial<Question> = {}): Question => ({
  id,
  section: 'main',
  type: 'tri',
  text: words(`Is ${id} so?`, `A yw ${id} felly?`),
  ...more
});

export const choice = (id: string, values: string[], more: Partial<Question> = {}): Question => ({
  id,
  section: 'main',
  type: 'choice',
  options: values.map(value => ({ value, text: words(value) })),
  text: words(`Which ${id}?`),
  ...more
});

export const text = (id: string, more: Partial<Question> = {}): Question => ({
  id,
  section: 'main',
  type: 'text',
  text: words(`Describe ${id}.`),
  ...more
});

export const stageQuestion = (): Question => choice('decision.stage', ['pre-charge', 'post-charge']);

export const rule = (id: string, when: Condition, effects: Rule['effects'] = { actions: ['a1'] }): Rule => ({
  id,
  ndm: 'assessment',
  when,
  text: words(`Rule ${id} applies.`, `Mae rheol ${id} yn berthnasol.`),
  effects,
  cites: ['src']
});

export const row = (id: string, when: Condition, recommended: string, alternatives: string[] = []): Row => ({
  id,
  when,
  recommended,
  alternatives,
  text: words(`Row ${id} chose this.`),
  cites: ['src']
});

export interface PackParts {
  /** Default: one section, `main`. */
  sections?: Section[];
  questions?: Question[];
  rules?: Rule[];
  /** Outcome rows for each stage, before the default row. */
  pre?: Row[];
  post?: Row[];
}

/**
 * A pack from the parts that differ: every test pack (these, and the element's in test/element/test-pack.ts)
 * takes the format version, both languages and the declared way rules combine from here.
 */
export const packOf = (parts: Omit<RulePack, 'schemaVersion' | 'languages' | 'combine'>): RulePack => ({
  schemaVersion: 1,
  ...parts,
  languages: ['en', 'cy'],
  combine: {
    risk: 'highest',
    indicators: 'collect',
    grounds: 'collect',
    actions: 'collect',
    conditions: 'collect',
    outcome: 'first-match'
  }
});

export const section = (id: string): Section => ({ id, ndm: 'information', title: words(`Section ${id}`) });

/** A small valid pack as plain JSON, not yet validated, for a test to change. */
export function rawPack({
  sections = [{ id: 'main', ndm: 'information', title: words('Main', 'Prif') }],
  questions = [tri('a')],
  rules = [],
  pre = [],
  post = []
}: PackParts = {}): RulePack {
  return packOf({
    id: 'x-test',
    version: '1.0.0',
    title: words('Test pack', 'Pecyn prawf'),
    sources: [{ id: 'src', kind: 'review', title: { en: 'A review' }, confidence: 'sourced' }],
    sections,
    questions,
    catalogue: {
      indicators: {
        i1: { text: words('Indicator one', 'Dangosydd un') },
        i2: { text: words('Indicator two') },
        i3: { text: words('Indicator three') }
      },
      grounds: { g1: { text: words('Ground one', 'Sail un'), law: words('Bail Act 1976, Sch 1 Pt 1 para 2(1)(b)') } },
      actions: {
        a1: { text: words('Action one', 'Cam un'), agency: words('police'), when: 'before-release' },
        a2: { text: words('Action two'), agency: words('IDVA'), when: 'before-decision' },
        chase: { text: words('Chase what is not known'), agency: words('police'), when: 'within-24h' }
      },
      conditions: {
        c1: { text: words('Condition one', 'Amod un'), purpose: words('to protect the victim') },
        c2: { text: words('Condition two'), purpose: words('to prevent interference with witnesses') }
      },
      outcomes: {
        'pre-charge-bail-with-conditions': {
          stage: 'pre-charge',
          text: words('Pre-charge bail with conditions', 'Mechnïaeth cyn cyhuddo')
        },
        'detain-for-charging-decision': {
          stage: 'pre-charge',
          text: words('Keep in detention for a charging decision')
        },
        'pre-charge-bail-without-conditions': {
          stage: 'pre-charge',
          text: words('Pre-charge bail without conditions')
        },
        'release-under-investigation': { stage: 'pre-charge', text: words('Release under investigation') },
        'bail-without-conditions': { stage: 'post-charge', text: words('Bail without conditions') },
        'bail-with-conditions': { stage: 'post-charge', text: words('Bail with conditions') },
        'refuse-bail': { stage: 'post-charge', text: words('Refuse bail') }
      }
    },
    rules,
    outcomes: {
      'pre-charge': {
        rows: pre,
        default: {
          id: 'pre.default',
          recommended: 'pre-charge-bail-with-conditions',
          alternatives: [],
          text: words('Nothing else applied.'),
          cites: ['src']
        }
      },
      'post-charge': {
        rows: post,
        default: {
          id: 'post.default',
          recommended: 'bail-with-conditions',
          alternatives: ['refuse-bail'],
          text: words('Nothing else applied.'),
          cites: ['src']
        }
      }
    }
  });
}

/** The pack validated, as the engine takes it. A test that builds a bad one fails here, saying why. */
export function testPack(parts?: PackParts): RulePack {
  const result = validatePack(rawPack(parts));
  if (!result.ok) throw new Error(`the test pack is invalid: ${JSON.stringify(result.errors)}`);
  return result.pack;
}

/** Ids of the rules and outcome rows that applied, in the order the rationale gives them. */
export const applied = (rationale: { rule: string }[]) => rationale.map(r => r.rule);
