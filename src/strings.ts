// Every string of the interface, one table per language (the summary's own words are in summary-strings.ts).
// Pack text is the pack's. Welsh awaits review by a Welsh-speaking officer, like the pack's; a Welsh string left
// out falls back to the English one (see stringsFor).
import type { ActionTime, AnswerWords, Lang, RiskLevel } from './pack/schema.js';

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

/** A count as the interface writes it: 2,000 (the same in Welsh). */
const count = (n: number) => n.toLocaleString('en-GB');

const en = {
  /** A yes/no question's answers, by the words its Welsh takes; English has one pair. */
  yesNo: (_words: AnswerWords): readonly [yes: string, no: string] => EN_YES_NO,
  unknown: 'Not known',
  loading: 'Loading the safeguarding questions…',
  sectionOf: (n: number, total: number) => `Section ${n} of ${total}`,
  laterLoading: 'Loading this screen…',
  laterFailed: 'This screen could not be loaded. Check the connection and try again; if that fails, reload the page.',
  tryAgain: 'Try again',
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
  keys: 'Keys (the same in Welsh): Y yes, N no, K not known, 1 to 9 an option, Enter continue (Ctrl+Enter in a text box), Alt+Backspace back.',
  welshAwaitingReview: 'The Welsh text awaits review by a Welsh-speaking officer: check the English if in doubt.',
  problem: 'There is a problem',
  error: 'Error:',
  needTri: (question: string) => `Select yes, no or not known for “${question}”`,
  needChoice: (question: string) => `Select an answer for “${question}”`,
  needText: (question: string) => `Enter an answer for “${question}”`,
  provisional: 'Provisional risk level',
  riskLevel: 'Risk level',
  levels: { standard: 'Standard', medium: 'Medium', high: 'High' } satisfies Record<RiskLevel, string>,
  checkTitle: 'Check your answers',
  toResult: 'See the recommendation',
  resultTitle: 'Recommendation',
  because: 'Because',
  mainReasons: 'Main reasons',
  ifBail: 'If bail is granted',
  ifBailLower: 'if bail is granted',
  ifBailHint:
    'The recommendation keeps the suspect in custody. If bail is granted instead, these conditions and actions apply.',
  indicators: 'Risk indicators',
  otherIndicators: 'Other indicators',
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
  conditionsLegend: 'Conditions you impose',
  conditionsHint:
    'The recommended conditions are ticked. Untick any you will not impose, and tick any others this case needs.',
  victimViews: "Victim's views",
  viewsMissing: "The victim's views were not recorded: give the reason in your reason below.",
  reasonHint:
    "Required when your decision differs from the recommendation, or when the victim's views were not recorded.",
  needOutcome: 'Select your decision',
  needConditions: 'Select at least one condition you impose, or choose an outcome without conditions',
  needReason: 'Enter the reason your decision differs from the recommendation',
  needViewsReason: "Enter the reason the victim's views were not recorded",
  reasonTooLong: 'The reason for your decision must be 2,000 characters or fewer',
  /** GOV.UK's character count: `left` below zero is over the limit. */
  charactersLeft: (left: number) =>
    `You have ${count(Math.abs(left))} character${Math.abs(left) === 1 ? '' : 's'} ${left < 0 ? 'too many' : 'remaining'}`,
  record: 'Record my decision',
  doneTitle: 'Decision recorded',
  recordedAt: (time: string) => `Recorded ${time}`,
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

  // Shared by the recommendation's screens and the summary for the custody record, whose own words are in
  // summary-strings.ts (they load with the record maker). The summary also uses caseRef, riskLevel, levels (in
  // capitals), recommended, because, mainReasons, indicators, grounds, actions, conditions, gaps, ifBailLower,
  // victimViews, and when and purpose (in lower case).
  rulePack: 'Rule pack',
  alternatives: 'Alternatives',
  conditionsImposed: 'Conditions imposed'
};

export type Strings = typeof en;

const cy: Partial<Strings> = {
  yesNo: words => CY_YES_NO[words],
  unknown: 'Ddim yn hysbys',
  loading: "Wrthi'n llwytho'r cwestiynau diogelu…",
  sectionOf: (n, total) => `Adran ${n} o ${total}`,
  laterLoading: "Wrthi'n llwytho'r sgrin hon…",
  laterFailed:
    "Nid oedd modd llwytho'r sgrin hon. Gwiriwch y cysylltiad a rhowch gynnig arall arni; os bydd hynny'n methu, ail-lwythwch y dudalen.",
  tryAgain: 'Rhoi cynnig arall arni',
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
  keys: "Bysellau (yr un rhai â'r Saesneg): Y ie (Oes, Ydy, Do…), N na (Nac oes, Nac ydy, Naddo…), K ddim yn hysbys, 1 i 9 dewis, Enter parhau (Ctrl+Enter mewn blwch testun), Alt+Backspace yn ôl.",
  welshAwaitingReview:
    "Mae'r testun Cymraeg yn aros am adolygiad gan swyddog sy'n siarad Cymraeg: gwiriwch y Saesneg os oes amheuaeth.",
  problem: 'Mae problem',
  error: 'Gwall:',
  needTri: question => `Dewiswch ateb, neu ddim yn hysbys, ar gyfer “${question}”`,
  needChoice: question => `Dewiswch ateb ar gyfer “${question}”`,
  needText: question => `Rhowch ateb ar gyfer “${question}”`,
  provisional: 'Lefel risg dros dro',
  riskLevel: 'Lefel risg',
  levels: { standard: 'Safonol', medium: 'Canolig', high: 'Uchel' },
  checkTitle: 'Gwiriwch eich atebion',
  toResult: 'Gweld yr argymhelliad',
  resultTitle: 'Argymhelliad',
  because: 'Oherwydd',
  mainReasons: 'Y prif resymau',
  ifBail: 'Os caniateir mechnïaeth',
  ifBailLower: 'os caniateir mechnïaeth',
  ifBailHint:
    "Mae'r argymhelliad yn cadw'r sawl a amheuir yn y ddalfa. Os caniateir mechnïaeth yn lle hynny, mae'r amodau a'r camau hyn yn berthnasol.",
  indicators: 'Dangosyddion risg',
  otherIndicators: 'Dangosyddion eraill',
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
  conditionsLegend: "Yr amodau rydych chi'n eu gosod",
  conditionsHint:
    "Mae'r amodau a argymhellir wedi'u ticio. Dad-diciwch unrhyw rai na fyddwch yn eu gosod, a thiciwch unrhyw rai eraill sydd eu hangen ar yr achos hwn.",
  victimViews: 'Barn y dioddefwr',
  viewsMissing: 'Ni chofnodwyd barn y dioddefwr: rhowch y rheswm yn eich rheswm isod.',
  reasonHint: "Yn ofynnol pan fo'ch penderfyniad yn wahanol i'r argymhelliad, neu pan na chofnodwyd barn y dioddefwr.",
  needOutcome: 'Dewiswch eich penderfyniad',
  needConditions: 'Dewiswch o leiaf un amod rydych chi’n ei osod, neu dewiswch ganlyniad heb amodau',
  needReason: "Rhowch y rheswm pam mae'ch penderfyniad yn wahanol i'r argymhelliad",
  needViewsReason: 'Rhowch y rheswm pam na chofnodwyd barn y dioddefwr',
  reasonTooLong: "Rhaid i'r rheswm dros eich penderfyniad fod yn 2,000 nod neu lai",
  charactersLeft: left => `Mae gennych ${count(Math.abs(left))} nod ${left < 0 ? 'yn ormod' : 'ar ôl'}`,
  record: 'Cofnodi fy mhenderfyniad',
  doneTitle: 'Penderfyniad wedi ei gofnodi',
  recordedAt: time => `Cofnodwyd ${time}`,
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

  rulePack: 'Pecyn rheolau',
  alternatives: 'Dewisiadau eraill',
  conditionsImposed: 'Amodau a osodwyd'
};

const welsh: Strings = { ...en, ...cy };

export function stringsFor(lang: Lang): Strings {
  return lang === 'cy' ? welsh : en;
}
