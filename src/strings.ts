// Interface strings (not pack text). Welsh awaits review by a Welsh-speaking officer, like the pack's.
import type { Lang } from './pack/schema.js';

const en = {
  yes: 'Yes',
  no: 'No',
  unknown: 'Not known',
  loading: 'Loading the safeguarding questions…',
  questionOf: (n: number, total: number) => `Question ${n} of ${total}`,
  fromHost: 'From the host record',
  packFailed: 'The safeguarding questions could not be loaded.'
};

export type Strings = typeof en;

const cy: Strings = {
  yes: 'Ydy',
  no: 'Nac ydy',
  unknown: 'Ddim yn hysbys',
  loading: "Wrthi'n llwytho'r cwestiynau diogelu…",
  questionOf: (n, total) => `Cwestiwn ${n} o ${total}`,
  fromHost: 'O gofnod y system',
  packFailed: "Nid oedd modd llwytho'r cwestiynau diogelu."
};

export function stringsFor(lang: Lang): Strings {
  return lang === 'cy' ? cy : en;
}
