// Every string of ours, one table per language: the interface's and the summary's for the custody record
// (summary.ts). Pack text is the pack's. Welsh awaits review by a Welsh-speaking officer, like the pack's;
// a Welsh string left out falls back to the English one (see stringsFor).
import type { ActionTime, AnswerWords, Lang, RiskLevel, Stage } from './pack/schema.js';

/**
 * Welsh answers a yes/no question with the verb it asks with (text.ts answerWords says which): "A oes…?" Oes,
 * "A achosodd…?" Do. Ie / Na is the neutral pair, for a question no rule fits.
 */
const CY_YES_NO: Record<AnswerWords, readonly [yes: string, no: string]> = {
  ie: ['Ie', 'Na'],
  ydy: ['Ydy', 'Nac ydy'],
  ydyn: ['Ydyn', 'Nac ydyn'],
  oes: ['Oes', 'Nac oes'],
  do: ['Do', 'Naddo'],
  gellir: ['Gellir', 'Na ellir']
};

const EN_YES_NO = ['Yes', 'No'] as const;

const en = {
  /** A yes/no question's answers, by the words its Welsh takes; English has one pair. */
  yesNo: (_words: AnswerWords): readonly [yes: string, no: string] => EN_YES_NO,
  unknown: 'Not known',
  loading: 'Loading the safeguarding questions…',
  laterLoading: 'Loading this screen…',
  laterFailed: 'This screen could not be loaded. Check the connection, then try again.',
  tryAgain: 'Try again',
  questionOf: (n: number, total: number) => `Question ${n} of ${total}`,
  questionsOf: (from: number, to: number, total: number) => `Questions ${from} to ${to} of ${total}`,
  fromHost: 'From the host record',
  caseRef: 'Custody record',
  start: 'Start',
  continue: 'Continue',
  back: 'Back',
  change: 'Change',
  hostIntro: 'These answers came from the host record. Check them, change any that are wrong, then confirm them.',
  confirm: 'Confirm and continue',
  viewSection: 'Show the whole section',
  viewOne: 'One question at a time',
  keys: 'Keys (the same in Welsh): Y yes, N no, K not known, 1 to 9 an option, Enter continue, Alt+Backspace back.',
  welshAwaitingReview: 'The Welsh text awaits review by a Welsh-speaking officer: check the English if in doubt.',
  problem: 'There is a problem',
  error: 'Error:',
  needTri: 'Select yes, no or not known',
  needChoice: 'Select an answer',
  needText: 'Enter an answer',
  provisional: 'Provisional risk level',
  riskLevel: 'Risk level',
  levels: { standard: 'Standard', medium: 'Medium', high: 'High' } satisfies Record<RiskLevel, string>,
  checkTitle: 'Check your answers',
  toResult: 'See the recommendation',
  resultTitle: 'Recommendation',
  indicators: 'Risk indicators',
  none: 'None',
  recommended: 'Recommended outcome',
  grounds: 'Grounds',
  actions: 'Actions',
  when: {
    'before-decision': 'Before the decision',
    'before-release': 'Before release',
    'within-24h': 'Within 24 hours'
  } satisfies Record<ActionTime, string>,
  conditions: 'Conditions',
  purpose: 'Purpose',
  proportionality: 'Proportionality',
  gaps: 'Information not known',
  closeGap: 'To close it',
  why: 'Why: the rules that applied',
  saw: 'Answers read',
  notAnswered: 'not answered',
  notAsked: 'not asked',
  cites: 'Sources',
  toDecision: 'Continue to your decision',
  decisionTitle: 'Your decision',
  recommendedTag: '(recommended)',
  reason: 'Reason for your decision',
  reasonHint: 'Required when your decision differs from the recommendation.',
  needOutcome: 'Select your decision',
  needReason: 'Enter the reason your decision differs from the recommendation',
  record: 'Record my decision',
  doneTitle: 'Decision recorded',
  summary: 'Summary for the custody record',
  copy: 'Copy the summary (C)',
  copied: 'Summary copied',
  copyFailed: 'The summary is selected: press Ctrl+C to copy it',
  incomplete: 'Complete the bail safeguarding check',
  draftTitle: 'A draft of this check was saved',
  draftResume: (at: string) => `Resume the draft saved at ${at}, or start again.`,
  draftOtherRules: (at: string, rules: string) =>
    `The draft saved at ${at} was made under other rules (${rules}), so it cannot be resumed under the rules in use now. Start again: the draft will be deleted.`,
  resume: 'Resume the draft',
  startAgain: 'Start again',

  // The summary for the custody record. It also uses caseRef, riskLevel, levels (in capitals), indicators,
  // recommended, grounds, actions, conditions and gaps, and when, purpose and none (in lower case).
  summaryTitle: 'Bail safeguarding check',
  stages: { 'pre-charge': 'Release before charge', 'post-charge': 'Bail after charge' } satisfies Record<Stage, string>,
  officer: 'Officer',
  rulePack: 'Rule pack',
  alternatives: 'Alternatives',
  toBeChased: 'to be chased',
  reasons: 'Reasons',
  officerDecision: "Officer's decision",
  agrees: 'agrees with the recommendation',
  differs: 'differs from the recommendation',
  decisionReason: 'Reason',
  provisionalRecord: 'PROVISIONAL: no decision recorded yet'
};

export type Strings = typeof en;

const cy: Partial<Strings> = {
  yesNo: words => CY_YES_NO[words],
  unknown: 'Ddim yn hysbys',
  loading: "Wrthi'n llwytho'r cwestiynau diogelu…",
  laterLoading: "Wrthi'n llwytho'r sgrin hon…",
  laterFailed: "Nid oedd modd llwytho'r sgrin hon. Gwiriwch y cysylltiad, yna rhowch gynnig arall arni.",
  tryAgain: 'Rhoi cynnig arall arni',
  questionOf: (n, total) => `Cwestiwn ${n} o ${total}`,
  questionsOf: (from, to, total) => `Cwestiynau ${from} i ${to} o ${total}`,
  fromHost: 'O gofnod y system',
  caseRef: 'Cofnod y ddalfa',
  start: 'Dechrau',
  continue: 'Parhau',
  back: 'Yn ôl',
  change: 'Newid',
  hostIntro:
    "Daeth yr atebion hyn o gofnod y system. Gwiriwch nhw, newidiwch unrhyw rai sy'n anghywir, yna cadarnhewch nhw.",
  confirm: 'Cadarnhau a pharhau',
  viewSection: 'Dangos yr adran gyfan',
  viewOne: 'Un cwestiwn ar y tro',
  keys: "Bysellau (yr un rhai â'r Saesneg): Y ie (Oes, Ydy, Do…), N na (Nac oes, Nac ydy, Naddo…), K ddim yn hysbys, 1 i 9 dewis, Enter parhau, Alt+Backspace yn ôl.",
  welshAwaitingReview:
    "Mae'r testun Cymraeg yn aros am adolygiad gan swyddog sy'n siarad Cymraeg: gwiriwch y Saesneg os oes amheuaeth.",
  problem: 'Mae problem',
  error: 'Gwall:',
  needTri: 'Dewiswch ateb, neu ddim yn hysbys',
  needChoice: 'Dewiswch ateb',
  needText: 'Rhowch ateb',
  provisional: 'Lefel risg dros dro',
  riskLevel: 'Lefel risg',
  levels: { standard: 'Safonol', medium: 'Canolig', high: 'Uchel' },
  checkTitle: 'Gwiriwch eich atebion',
  toResult: 'Gweld yr argymhelliad',
  resultTitle: 'Argymhelliad',
  indicators: 'Dangosyddion risg',
  none: 'Dim',
  recommended: 'Canlyniad a argymhellir',
  grounds: 'Seiliau',
  actions: 'Camau',
  when: {
    'before-decision': 'Cyn y penderfyniad',
    'before-release': 'Cyn rhyddhau',
    'within-24h': 'O fewn 24 awr'
  },
  conditions: 'Amodau',
  purpose: 'Diben',
  proportionality: 'Cymesuredd',
  gaps: "Gwybodaeth nad yw'n hysbys",
  closeGap: "I'w chau",
  why: 'Pam: y rheolau a oedd yn berthnasol',
  saw: 'Atebion a ddarllenwyd',
  notAnswered: 'heb ei ateb',
  notAsked: 'heb ei ofyn',
  cites: 'Ffynonellau',
  toDecision: "Parhau i'ch penderfyniad",
  decisionTitle: 'Eich penderfyniad',
  recommendedTag: '(a argymhellir)',
  reason: 'Rheswm dros eich penderfyniad',
  reasonHint: "Yn ofynnol pan fo'ch penderfyniad yn wahanol i'r argymhelliad.",
  needOutcome: 'Dewiswch eich penderfyniad',
  needReason: "Rhowch y rheswm pam mae'ch penderfyniad yn wahanol i'r argymhelliad",
  record: 'Cofnodi fy mhenderfyniad',
  doneTitle: 'Penderfyniad wedi ei gofnodi',
  summary: 'Crynodeb ar gyfer cofnod y ddalfa',
  copy: "Copïo'r crynodeb (C)",
  copied: "Crynodeb wedi'i gopïo",
  copyFailed: "Mae'r crynodeb wedi'i ddewis: pwyswch Ctrl+C i'w gopïo",
  incomplete: 'Cwblhewch y gwiriad diogelu mechnïaeth',
  draftTitle: "Mae drafft o'r gwiriad hwn wedi'i gadw",
  draftResume: at => `Parhewch â'r drafft a gadwyd am ${at}, neu dechreuwch eto.`,
  draftOtherRules: (at, rules) =>
    `Cafodd y drafft a gadwyd am ${at} ei wneud o dan reolau eraill (${rules}), felly nid oes modd parhau ag ef o dan y rheolau sy'n cael eu defnyddio nawr. Dechreuwch eto: bydd y drafft yn cael ei ddileu.`,
  resume: "Parhau â'r drafft",
  startAgain: 'Dechrau eto',

  summaryTitle: 'Gwiriad diogelu mechnïaeth',
  stages: { 'pre-charge': 'Rhyddhau cyn cyhuddo', 'post-charge': 'Mechnïaeth ar ôl cyhuddo' },
  officer: 'Swyddog',
  rulePack: 'Pecyn rheolau',
  alternatives: 'Dewisiadau eraill',
  toBeChased: "i'w cheisio",
  reasons: 'Rhesymau',
  officerDecision: 'Penderfyniad y swyddog',
  agrees: "yn cytuno â'r argymhelliad",
  differs: "yn wahanol i'r argymhelliad",
  decisionReason: 'Rheswm',
  provisionalRecord: 'DROS DRO: dim penderfyniad wedi ei gofnodi eto'
};

const welsh: Strings = { ...en, ...cy };

export function stringsFor(lang: Lang): Strings {
  return lang === 'cy' ? welsh : en;
}
