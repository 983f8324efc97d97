// summaryText: the record as plain text a sergeant can paste into the custody record. Labels follow the
// record's language; codes stay out of it, texts and laws go in.
import { stringsFor } from './strings.js';
import type { RulePack, Lang } from './pack/schema.js';
import { localise } from './text.js';
import type { BailCheckRecord } from './record-types.js';

const LABELS = {
  en: {
    title: 'Bail safeguarding check',
    case: 'Custody record',
    officer: 'Officer',
    stage: { 'pre-charge': 'Release before charge', 'post-charge': 'Bail after charge' },
    pack: 'Rule pack',
    risk: 'Risk level',
    levels: { standard: 'STANDARD', medium: 'MEDIUM', high: 'HIGH' },
    indicators: 'Risk indicators',
    recommended: 'Recommended outcome',
    alternatives: 'Alternatives',
    grounds: 'Grounds',
    actions: {
      'before-decision': 'Actions before the decision',
      'before-release': 'Actions before release',
      'within-24h': 'Actions within 24 hours'
    },
    conditions: 'Conditions',
    purpose: 'purpose',
    gaps: 'Information not known (to be chased)',
    reasons: 'Reasons',
    decision: "Officer's decision",
    agrees: 'agrees with the recommendation',
    differs: 'differs from the recommendation',
    reason: 'Reason',
    provisional: 'PROVISIONAL: no decision recorded yet',
    none: 'none'
  },
  cy: {
    title: 'Gwiriad diogelu mechnïaeth',
    case: 'Cofnod dalfa',
    officer: 'Swyddog',
    stage: { 'pre-charge': 'Rhyddhau cyn cyhuddo', 'post-charge': 'Mechnïaeth ar ôl cyhuddo' },
    pack: 'Pecyn rheolau',
    risk: 'Lefel risg',
    levels: { standard: 'SAFONOL', medium: 'CANOLIG', high: 'UCHEL' },
    indicators: 'Dangosyddion risg',
    recommended: 'Canlyniad a argymhellir',
    alternatives: 'Dewisiadau eraill',
    grounds: 'Seiliau',
    actions: {
      'before-decision': 'Camau cyn y penderfyniad',
      'before-release': 'Camau cyn rhyddhau',
      'within-24h': 'Camau o fewn 24 awr'
    },
    conditions: 'Amodau',
    purpose: 'diben',
    gaps: "Gwybodaeth nad yw'n hysbys (i'w cheisio)",
    reasons: 'Rhesymau',
    decision: 'Penderfyniad y swyddog',
    agrees: "yn cytuno â'r argymhelliad",
    differs: "yn wahanol i'r argymhelliad",
    reason: 'Rheswm',
    provisional: 'DROS DRO: dim penderfyniad wedi ei gofnodi eto',
    none: 'dim'
  }
} as const;

export function summaryText(
  record: Omit<BailCheckRecord, 'summaryText' | 'integrity'>,
  pack: RulePack,
  lang: Lang
): string {
  const l = LABELS[lang];
  const outcomeText = (code: string) => {
    const def = pack.catalogue.outcomes[code];
    return def ? localise(def.text, lang) : code;
  };
  const lines: string[] = [`${l.title}: ${l.stage[record.stage]}`];
  if (record.caseId) lines.push(`${l.case}: ${record.caseId}`);
  if (record.officerId) lines.push(`${l.officer}: ${record.officerId}`);
  lines.push(
    `${l.pack}: ${record.rulePack.id} ${record.rulePack.version} (sha256 ${record.rulePack.sha256.slice(0, 12)})`
  );
  if (lang === 'cy' && record.rulePack.welsh === 'awaiting-review') lines.push(stringsFor('cy').welshAwaitingReview);
  lines.push('', `${l.risk}: ${l.levels[record.riskLevel]}`);
  const list = (title: string, items: string[]) => {
    lines.push('', `${title}:`);
    if (items.length === 0) lines.push(`- ${l.none}`);
    else items.forEach(i => lines.push(`- ${i}`));
  };
  list(
    l.indicators,
    record.indicators.map(i => i.text)
  );
  lines.push('', `${l.recommended}: ${outcomeText(record.outcome.recommended)}`);
  if (record.outcome.alternatives.length)
    lines.push(`${l.alternatives}: ${record.outcome.alternatives.map(outcomeText).join('; ')}`);
  list(
    l.grounds,
    record.grounds.map(g => `${g.text} (${g.law})`)
  );
  for (const when of ['before-decision', 'before-release', 'within-24h'] as const) {
    const actions = record.actions.filter(a => a.when === when);
    if (actions.length)
      list(
        l.actions[when],
        actions.map(a => `${a.text} [${a.agency}]`)
      );
  }
  list(
    l.conditions,
    record.conditions.map(c => `${c.text} (${l.purpose}: ${c.purpose})`)
  );
  if (record.informationGaps.length)
    list(
      l.gaps,
      record.informationGaps.map(g => g.text)
    );
  list(
    l.reasons,
    record.rationale.map(r => r.text)
  );
  lines.push('');
  if (record.decision) {
    const d = record.decision;
    lines.push(
      `${l.decision}: ${outcomeText(d.outcome)} (${d.agreesWithRecommendation ? l.agrees : l.differs}), ${d.at}`
    );
    if (d.reason) lines.push(`${l.reason}: ${d.reason}`);
  } else {
    lines.push(l.provisional);
  }
  return lines.join('\n');
}
