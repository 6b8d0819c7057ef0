/**
 * The service's time zone at the edges: the dates and hours users type and read are local to
 * the service (PORTAL_TIMEZONE), whatever the browser's or the server's zone. Instants are
 * stored as timestamptz; these turn local wall-clock times into instants and back.
 */

export interface LocalParts {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM:SS`, 24-hour */
  time: string;
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string) {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      weekday: "short",
    });
    formatters.set(zone, f);
  }
  return f;
}

const weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The wall-clock date and time of `instant` in `zone`. */
export function toLocal(instant: Date, zone: string): LocalParts {
  const parts: Record<string, string> = {};
  for (const p of formatter(zone).formatToParts(instant)) parts[p.type] = p.value;
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  const hour = Number(parts.hour);
  const minute = Number(parts.minute);
  const second = Number(parts.second);
  return {
    date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
    time: `${pad(hour)}:${pad(minute)}:${pad(second)}`,
    year,
    month,
    day,
    hour,
    minute,
    second,
    weekday: weekdays.indexOf(parts.weekday ?? ""),
  };
}

/** How far `zone` is ahead of UTC at `instant`, in milliseconds. */
export function offsetAt(instant: Date, zone: string): number {
  const l = toLocal(instant, zone);
  const asUtc = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant at which the clocks of `zone` show `date` `time`. A time skipped by the spring
 * change is taken as the same span after the change (02:30 → 03:30); a time that happens twice
 * in the autumn is taken at its first occurrence.
 */
export function fromLocal(date: string, time: string, zone: string): Date {
  const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
  const [h, mi, s = 0] = time.split(":").map(Number) as [number, number, number?];
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  // Two candidates: with the offset just before and just after that wall time.
  const before = offsetAt(new Date(wall - 36e5 * 3), zone);
  const after = offsetAt(new Date(wall + 36e5 * 3), zone);
  const first = wall - before;
  if (offsetAt(new Date(first), zone) === before) return new Date(first);
  return new Date(wall - after);
}

/** The first instant of the local day `date`. */
export function startOfDay(date: string, zone: string): Date {
  return fromLocal(date, "00:00:00", zone);
}

/** The first instant after the local day `date` (an exclusive end). */
export function endOfDay(date: string, zone: string): Date {
  return startOfDay(addDays(date, 1), zone);
}

/** `date` plus `days` calendar days (`YYYY-MM-DD` in, `YYYY-MM-DD` out). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Today's date in `zone`. */
export function today(zone: string, now = new Date()): string {
  return toLocal(now, zone).date;
}
