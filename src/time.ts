// Times as a custody officer reads them: on the UK clock (Europe/London, GMT or BST, the custody record's clock)
// and in the interface's or the record's language, never in the browser's locale or the machine's zone. The
// draft offer and the summary for the custody record both format their times here.
import type { Lang } from './pack/schema.js';

/**
 * `record`: "14/07/2025 03:40 BST", numbers and the zone only, so it reads the same in every browser and in Node
 * (the summary is hashed and rebuilt elsewhere: no month names that a locale's data could spell differently).
 * `nearby`: for the screen, "03:40" on the same day, else with the day in words ("Dydd Llun, 14 Gorffennaf am 03:40").
 */
export type TimeStyle = 'record' | 'nearby';

const ZONE = 'Europe/London';
const LOCALES: Record<Lang, string> = { en: 'en-GB', cy: 'cy-GB' };
/** The zone's name in each language: Greenwich Mean Time, British Summer Time (Amser Haf Prydain). */
const ZONES: Record<Lang, { winter: string; summer: string }> = {
  en: { winter: 'GMT', summer: 'BST' },
  cy: { winter: 'GMT', summer: 'BST' }
};

let numeric: Intl.DateTimeFormat | undefined;

/** The time's fields on the UK clock, and whether summer time is in force. */
function ukFields(ms: number) {
  numeric ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23'
  });
  const part: Record<string, number> = {};
  for (const p of numeric.formatToParts(ms)) if (p.type !== 'literal') part[p.type] = Number(p.value);
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0 } = part;
  // The clock runs ahead of UTC by the zone's offset: an hour in summer, none in winter.
  const summer = Date.UTC(year, month - 1, day, hour, minute) - (ms - (ms % 60_000)) > 0;
  return { year, month, day, hour, minute, summer };
}

const two = (n: number) => String(n).padStart(2, '0');

/** A time (ISO 8601, milliseconds or a Date) on the UK clock, in `lang`; an unreadable time is returned as given. */
export function formatTime(at: string | number | Date, lang: Lang, style: TimeStyle, now = Date.now()): string {
  const ms = new Date(at).getTime();
  if (Number.isNaN(ms)) return String(at);
  const t = ukFields(ms);
  if (style === 'record')
    return `${two(t.day)}/${two(t.month)}/${t.year} ${two(t.hour)}:${two(t.minute)} ${ZONES[lang][t.summer ? 'summer' : 'winter']}`;
  const today = ukFields(now);
  const sameDay = today.year === t.year && today.month === t.month && today.day === t.day;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(sameDay ? {} : { weekday: 'long', day: 'numeric', month: 'long' })
  }).format(ms);
}
