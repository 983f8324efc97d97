// summaryText: the record as plain text a sergeant can paste into the custody record. Labels follow the
// record's language (strings.ts); codes stay out of it, texts and laws go in.
import { ACTION_TIMES } from './pack/format.js';
import type { Lang, RulePack } from './pack/schema.js';
import type { BailCheckRecord } from './record-types.js';
import { stringsFor } from './strings.js';
import { outcomeText } from './text.js';

export function summaryText(
  record: Omit<BailCheckRecord, 'summaryText' | 'integrity'>,
  pack: RulePack,
  lang: Lang
): string {
  const t = stringsFor(lang);
  const outcome = (code: string) => outcomeText(pack, code, lang);
  const none = t.none.toLocaleLowerCase(lang);
  const lines: string[] = [`${t.summaryTitle}: ${t.stages[record.stage]}`];
  if (record.caseId) lines.push(`${t.caseRef}: ${record.caseId}`);
  if (record.officerId) lines.push(`${t.officer}: ${record.officerId}`);
  lines.push(
    `${t.rulePack}: ${record.rulePack.id} ${record.rulePack.version} (sha256 ${record.rulePack.sha256.slice(0, 12)})`
  );
  if (lang === 'cy' && record.rulePack.welsh === 'awaiting-review') lines.push(t.welshAwaitingReview);
  lines.push('', `${t.riskLevel}: ${t.levels[record.riskLevel].toLocaleUpperCase(lang)}`);
  const list = (title: string, items: string[]) => {
    lines.push('', `${title}:`);
    if (items.length === 0) lines.push(`- ${none}`);
    else items.forEach(i => lines.push(`- ${i}`));
  };
  list(
    t.indicators,
    record.indicators.map(i => i.text)
  );
  lines.push('', `${t.recommended}: ${outcome(record.outcome.recommended)}`);
  if (record.outcome.alternatives.length)
    lines.push(`${t.alternatives}: ${record.outcome.alternatives.map(outcome).join('; ')}`);
  list(
    t.grounds,
    record.grounds.map(g => `${g.text} (${g.law})`)
  );
  for (const when of ACTION_TIMES) {
    const actions = record.actions.filter(a => a.when === when);
    if (actions.length)
      list(
        `${t.actions} ${t.when[when].toLocaleLowerCase(lang)}`,
        actions.map(a => `${a.text} [${a.agency}]`)
      );
  }
  const purpose = t.purpose.toLocaleLowerCase(lang);
  list(
    t.conditions,
    record.conditions.map(c => `${c.text} (${purpose}: ${c.purpose})`)
  );
  if (record.informationGaps.length)
    list(
      `${t.gaps} (${t.toBeChased})`,
      record.informationGaps.map(g => g.text)
    );
  list(
    t.reasons,
    record.rationale.map(r => r.text)
  );
  lines.push('');
  if (record.decision) {
    const d = record.decision;
    lines.push(
      `${t.officerDecision}: ${outcome(d.outcome)} (${d.agreesWithRecommendation ? t.agrees : t.differs}), ${d.at}`
    );
    if (d.reason) lines.push(`${t.decisionReason}: ${d.reason}`);
  } else {
    lines.push(t.provisionalRecord);
  }
  return lines.join('\n');
}
