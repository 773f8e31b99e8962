/**
 * Wall-clock date and time in a named IANA zone → the UTC instant, with Intl only (no tz library in
 * the client bundle). The entry form shows both, so the zone of every date is explicit.
 */

/** The zone's offset from UTC at `utcMs`, in minutes (east positive). */
export function zoneOffsetMinutes(timeZone: string, utcMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/**
 * `2024-03-05` `14:30` in `Asia/Almaty` → `2024-03-05T09:30:00.000Z`. An empty time means midnight.
 * Null when the date, time or zone is not valid. In a DST gap or overlap the earlier reading wins.
 */
export function zonedToUtc(date: string, time: string, timeZone: string): string | null {
  const d = DATE.exec(date);
  const t = time === '' ? ['', '00', '00'] : TIME.exec(time);
  if (!d || !t || !isTimeZone(timeZone)) return null;
  const [y, mo, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const [h, mi] = [Number(t[1]), Number(t[2])];
  if (h > 23 || mi > 59) return null;
  const wall = Date.UTC(y, mo - 1, day, h, mi);
  const probe = new Date(wall);
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== day) return null;
  // Two passes: the offset at the first guess may differ from the offset at the answer (DST edges).
  const first = wall - zoneOffsetMinutes(timeZone, wall) * 60_000;
  const second = wall - zoneOffsetMinutes(timeZone, first) * 60_000;
  return new Date(Math.min(first, second)).toISOString();
}

/** `+05:00`, `-03:30`, `±00:00` as UTC±hh:mm for a label. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The inverse for forms that edit a stored instant: `2024-03-05T09:30:00.000Z` in `Asia/Almaty` → 2024-03-05, 14:30. */
export function utcToZoned(iso: string, timeZone: string): { date: string; time: string } {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms) || !isTimeZone(timeZone)) return { date: '', time: '' };
  const wall = new Date(ms + zoneOffsetMinutes(timeZone, ms) * 60_000).toISOString();
  return { date: wall.slice(0, 10), time: wall.slice(11, 16) };
}
