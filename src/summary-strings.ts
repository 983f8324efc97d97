// The summary's own words (summary.ts), beside the interface's (strings.ts): they load with the record maker, in
// the chunk the first question does not wait for. Welsh awaits review by a Welsh-speaking officer, like the rest.
import type { Lang, Stage } from './pack/schema.js';
import { stringsFor, type Strings } from './strings.js';

const en = {
  summaryTitle: 'Bail safeguarding check',
  stages: { 'pre-charge': 'Release before charge', 'post-charge': 'Bail after charge' } satisfies Record<Stage, string>,
  officer: 'Officer',
  toBeChased: 'to be chased',
  conditionsRecommended: 'Recommended conditions',
  viewsNotSought: (answer: string) => `not recorded. Views sought: ${answer}`,
  fullRationale: (rules: number) =>
    `The full rationale (${rules} rules, with their sources) and every answer are in the record's JSON.`,
  officerDecision: "Officer's decision",
  agrees: 'agrees with the recommendation',
  differs: 'differs from the recommendation',
  decisionReason: 'Reason',
  provisionalRecord: 'PROVISIONAL: no decision recorded yet'
};

const cy: typeof en = {
  summaryTitle: 'Gwiriad diogelu mechnïaeth',
  stages: { 'pre-charge': 'Rhyddhau cyn cyhuddo', 'post-charge': 'Mechnïaeth ar ôl cyhuddo' },
  officer: 'Swyddog',
  toBeChased: "i'w cheisio",
  conditionsRecommended: 'Amodau a argymhellir',
  viewsNotSought: answer => `heb ei chofnodi. A ofynnwyd am y farn: ${answer}`,
  fullRationale: rules => `Mae'r rhesymeg lawn (${rules} rheol, gyda'u ffynonellau) a phob ateb yn JSON y cofnod.`,
  officerDecision: 'Penderfyniad y swyddog',
  agrees: "yn cytuno â'r argymhelliad",
  differs: "yn wahanol i'r argymhelliad",
  decisionReason: 'Rheswm',
  provisionalRecord: 'DROS DRO: dim penderfyniad wedi ei gofnodi eto'
};

// Each language's whole table, made once (a summary is written after every answer).
const tables: Record<Lang, Strings & typeof en> = {
  en: { ...stringsFor('en'), ...en },
  cy: { ...stringsFor('cy'), ...cy }
};

/** The interface's strings in `lang` with the summary's own. */
export const summaryStringsFor = (lang: Lang): Strings & typeof en => tables[lang];
