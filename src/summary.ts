// summaryText: the record as plain text a sergeant can paste into the custody record, in about forty lines. The
// officer's decision first, then what the recommendation rests on: the three strongest reasons about this case,
// the risk indicators, grounds, actions, conditions and what is not known; the full rationale stays in the
// record's JSON. Labels follow the record's language (strings.ts); codes stay out of it. Every text is made plain
// (plainText: on one line, nothing invisible), after its label, so no free text can forge or start a line.
// It is part of the hashed record and verifyRecord rebuilds it, so it reads nothing but the record and the pack:
// times are on the UK clock with the date and zone (time.ts), never the machine's zone or today's date.
import { questionOf } from './pack/lookup.js';
import { ACTION_TIMES } from './pack/format.js';
import type { Lang, RulePack } from './pack/schema.js';
import { INVISIBLE } from './plain-text.js';
import { outcomeReason, strongestReasons } from './reasons.js';
import type { BailCheckRecord } from './record-types.js';
import { summaryStringsFor } from './summary-strings.js';
import { localise, outcomeText } from './text.js';
import { formatTime } from './time.js';
import { keepsInCustody, VIEWS_QUESTION, VIEWS_SOUGHT_QUESTION } from './vocabulary.js';

/**
 * Free text (or a pack's text) made plain for one line after its label: each invisible character a space, runs of
 * spaces one, none at either end. Every text of the summary goes through it.
 */
export const plainText = (text: string): string => text.split(INVISIBLE).join(' ').replace(/ {2,}/g, ' ').trim();

type RecordBody = Omit<BailCheckRecord, 'summaryText' | 'integrity'>;

/** The victim's views as the officer recorded them, or that they were not sought and why; undefined if not asked. */
function victimViews(record: RecordBody, pack: RulePack, lang: Lang): string | undefined {
  const t = summaryStringsFor(lang);
  const answer = (id: string) => record.answers.find(a => a.question === id)?.value;
  const views = answer(VIEWS_QUESTION);
  if (typeof views === 'string') return `${t.victimViews}: ${plainText(views)}`;
  const sought = answer(VIEWS_SOUGHT_QUESTION);
  if (typeof sought !== 'string') return undefined;
  const option = questionOf(pack, VIEWS_SOUGHT_QUESTION)?.options?.find(o => o.value === sought);
  return `${t.victimViews}: ${t.viewsNotSought(option ? plainText(localise(option.text, lang)) : sought)}`;
}

export function summaryText(record: RecordBody, pack: RulePack, lang: Lang): string {
  const t = summaryStringsFor(lang);
  const outcome = (code: string) => plainText(outcomeText(pack, code, lang));
  const custody = keepsInCustody(record.decision?.outcome ?? record.outcome.recommended);
  const lines: string[] = [`${t.summaryTitle}: ${t.stages[record.stage]}`];
  const who = [
    record.caseId ? `${t.caseRef}: ${plainText(record.caseId)}` : '',
    record.officerId ? `${t.officer}: ${plainText(record.officerId)}` : ''
  ].filter(Boolean);
  if (who.length) lines.push(who.join(' · '));
  const { id, version, sha256 } = record.rulePack;
  lines.push(`${t.rulePack}: ${plainText(id)} ${plainText(version)} (sha256 ${sha256.slice(0, 12)})`);
  if (lang === 'cy' && record.rulePack.welsh === 'awaiting-review') lines.push(t.welshAwaitingReview);
  /**
   * A list under its title, one item a line; `inline` (for what is long and read less often): on the title's
   * line, separated by semicolons (an item's closing full stop dropped).
   */
  const list = (title: string, items: string[], inline = false) => {
    if (!items.length) return;
    if (inline) lines.push(`${title}: ${items.map(item => plainText(item).replace(/\.$/, '')).join('; ')}`);
    else lines.push(`${title}:`, ...items.map(item => `- ${plainText(item)}`));
  };

  lines.push('');
  const d = record.decision;
  if (d) {
    const agrees = d.agreesWithRecommendation ? t.agrees : t.differs;
    lines.push(`${t.officerDecision} (${formatTime(d.at, undefined, true)}): ${outcome(d.outcome)} (${agrees})`);
    const purpose = t.purpose.toLocaleLowerCase(lang);
    list(
      t.conditionsImposed,
      (d.conditions ?? []).map(code => {
        const condition = pack.catalogue.conditions[code]!;
        return `${localise(condition.text, lang)} (${purpose}: ${localise(condition.purpose, lang)})`;
      })
    );
    if (d.reason) lines.push(`${t.decisionReason}: ${plainText(d.reason)}`);
  } else lines.push(t.provisionalRecord);
  const views = victimViews(record, pack, lang);
  if (views) lines.push(views);

  lines.push('', `${t.riskLevel}: ${t.levels[record.riskLevel].toLocaleUpperCase(lang)}`);
  lines.push(`${t.recommended}: ${outcome(record.outcome.recommended)}`);
  if (record.outcome.alternatives.length)
    lines.push(`${t.alternatives}: ${record.outcome.alternatives.map(outcome).join('; ')}`);
  const why = outcomeReason(record);
  if (why) lines.push(`${t.because}: ${plainText(why)}`);
  list(
    t.mainReasons,
    strongestReasons(pack, record).map(r => [r.facts.join('; '), r.text].filter(Boolean).join(': '))
  );
  list(
    `${t.indicators} (${record.indicators.length})`,
    record.indicators.map(i => i.text),
    true
  );

  lines.push('');
  list(
    t.grounds,
    record.grounds.map(g => `${g.text} (${g.law})`)
  );
  for (const when of ACTION_TIMES) {
    const ifBail = when === 'before-release' && custody;
    const title = `${t.actions} ${t.when[when].toLocaleLowerCase(lang)}`;
    list(
      ifBail ? `${title} (${t.ifBailLower})` : title,
      record.actions.filter(a => a.when === when).map(a => `${a.text} [${a.agency}]`),
      true
    );
  }
  list(
    custody ? `${t.conditions} (${t.ifBailLower})` : t.conditionsRecommended,
    record.conditions.map(c => c.text),
    true
  );
  list(
    `${t.gaps} (${t.toBeChased})`,
    record.informationGaps.map(g => g.text),
    true
  );
  lines.push('', t.fullRationale(record.rationale.length));
  return lines.join('\n');
}
