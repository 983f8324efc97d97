// Times as a custody officer reads them: on the UK clock (Europe/London, GMT or BST, the custody record's clock),
// never in the browser's zone, and in numbers only, so they read the same in English and Welsh whatever the
// browser's locale data (Chromium builds without Welsh would name a day in English).
const ZONE = 'Europe/London';

const format = (ms: number, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, ...options }).format(ms);

/**
 * A time (ISO 8601, milliseconds or a Date) on the UK clock: "03:40" on the same day as `now`, else with its date
 * ("14/07/2025, 03:40"). An unreadable time is returned as given.
 */
export function formatTime(at: string | number | Date, now = Date.now()): string {
  const ms = new Date(at).getTime();
  if (Number.isNaN(ms)) return String(at);
  const day = (t: number) => format(t, { dateStyle: 'short' });
  return format(ms, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(day(ms) === day(now) ? {} : { dateStyle: undefined, day: '2-digit', month: '2-digit', year: 'numeric' })
  });
}
