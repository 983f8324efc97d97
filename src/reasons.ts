// The reasons a sergeant reads first. Of the rules that fired, those that weigh on the recommendation (they raise
// the risk level, or find a risk indicator or a ground) ranked by the risk they raise, facts of this case (rules
// that find indicators) before general ones, then in pack order. The screen and the summary for the custody record
// show the first three; the full rationale stays in the record.
import { RISK_ORDER } from './conditions.js';
import type { Indicator, Outcome, Rationale } from './engine.js';
import type { Rule, RulePack } from './pack/schema.js';

export interface Reason {
  rule: string;
  /** What the rule found in this case: its indicators' text (none for a rule that finds none). */
  facts: string[];
  /** The rule's own words; undefined where they would only repeat the facts. */
  text?: string;
}

/** What the reasons are read from: a record, or an evaluation. */
export interface Findings {
  rationale: readonly Rationale[];
  indicators: readonly Indicator[];
  outcome: Outcome;
}

const rulesOf = new WeakMap<RulePack, Map<string, Rule>>();
function ruleById(pack: RulePack, id: string): Rule | undefined {
  let rules = rulesOf.get(pack);
  if (!rules) rulesOf.set(pack, (rules = new Map(pack.rules.map(rule => [rule.id, rule]))));
  return rules.get(id);
}

export function strongestReasons(pack: RulePack, found: Findings, count = 3): Reason[] {
  const weighed = found.rationale.flatMap((entry, order) => {
    const rule = ruleById(pack, entry.rule);
    if (!rule) return []; // the outcome row: outcomeReason() gives it
    const { risk, indicators, grounds } = rule.effects;
    if (!risk && !indicators?.length && !grounds?.length) return [];
    const facts = found.indicators.filter(i => i.because.includes(rule.id)).map(i => i.text);
    return [
      { order, risk: risk ? RISK_ORDER[risk] : 0, reason: { rule: rule.id, facts, text: rule.text && entry.text } }
    ];
  });
  weighed.sort(
    (a, b) =>
      b.risk - a.risk || Number(b.reason.facts.length > 0) - Number(a.reason.facts.length > 0) || a.order - b.order
  );
  return weighed
    .slice(0, count)
    .map(({ reason }) => (reason.text ? reason : { rule: reason.rule, facts: reason.facts }));
}

/** Why the outcome table chose the recommended outcome: the text of the row that chose it. */
export function outcomeReason(found: Findings): string | undefined {
  return found.rationale.find(entry => found.outcome.because.includes(entry.rule))?.text;
}
