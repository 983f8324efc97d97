// The recommendation in plain words for a class: what raised the risk, and what each action is for, each
// with the titles of the sources it rests on. Rule ids stay in the result for pack authors. Pure.
import type { Lang, RulePack } from '../../src/core.js';
import { ruleOf, questionText, sourceOf, sourceTitle } from './pack-text.js';
import type { Diffable } from './diff.js';

/** One reason in words, the sources behind it by title, and the rule it came from (for pack authors). */
export interface Reason {
  text: string;
  sources: string[];
  rule: string;
}

export interface ActionPurpose {
  code: string;
  text: string;
  agency: string;
  when: 'before-decision' | 'before-release' | 'within-24h';
  /** Why the action is asked for: the reasons of the rules that ask for it, or the gap it closes. */
  for: Reason[];
}

type Explained = Pick<Diffable, 'riskLevel' | 'rationale' | 'actions'>;

/** The gap rules' ids in a `because` list: "gap:<question id>". */
const GAP = 'gap:';

function reasonOf(record: Explained, pack: RulePack, rule: string, lang: Lang): Reason {
  if (rule.startsWith(GAP)) {
    const question = rule.slice(GAP.length);
    return { text: `Not known yet: ${questionText(pack, question, lang) ?? question}`, sources: [], rule };
  }
  const fired = record.rationale.find(r => r.rule === rule);
  const cites = fired?.cites ?? ruleOf(pack, rule)?.cites ?? [];
  return {
    text: fired?.text ?? rule,
    sources: cites.map(id => {
      const s = sourceOf(pack, id);
      return s ? sourceTitle(s, lang) : id;
    }),
    rule
  };
}

/** The rules that set the risk level: those that fired raising it to the level the record has. */
export function riskReasons(record: Explained, pack: RulePack, lang: Lang): Reason[] {
  return record.rationale
    .filter(r => ruleOf(pack, r.rule)?.effects.risk === record.riskLevel)
    .map(r => reasonOf(record, pack, r.rule, lang));
}

/** Each action with what it is for. */
export function actionPurposes(record: Explained, pack: RulePack, lang: Lang): ActionPurpose[] {
  return record.actions.map(a => ({
    code: a.code,
    text: a.text,
    agency: a.agency,
    when: a.when,
    for: a.because.map(rule => reasonOf(record, pack, rule, lang))
  }));
}
