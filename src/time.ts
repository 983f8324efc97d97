// Times as a custody officer reads them: on the UK clock (Europe/London, GMT or BST, the custody record's clock)
// and in the interface's language, never in the browser's locale or the machine's zone.
import type { Lang } from './pack/schema.js';

const ZONE = 'Europe/London';
const LOCALES: Record<Lang, string> = { en: 'en-GB', cy: 'cy-GB' };

/** The day a time falls on, on the UK clock. */
const ukDay = (ms: number) => new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, dateStyle: 'short' }).format(ms);

/**
 * A time (ISO 8601, milliseconds or a Date) on the UK clock in `lang`: "03:40" on the same day as `now`, else with
 * the day in words ("Dydd Llun, 14 Gorffennaf am 03:40"). An unreadable time is returned as given.
 */
export function formatTime(at: string | number | Date, lang: Lang, now = Date.now()): string {
  const ms = new Date(at).getTime();
  if (Number.isNaN(ms)) return String(at);
  return new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(ukDay(ms) === ukDay(now) ? {} : { weekday: 'long', day: 'numeric', month: 'long' })
  }).format(ms);
}
