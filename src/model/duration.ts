import type { BusinessHours, Duration } from './types.js';

/** The parts of an ISO 8601 duration without years or months. */
export interface DurationParts {
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const DURATION_RE =
  /^P(?:(\d{1,6})W)?(?:(\d{1,6})D)?(?:T(?:(\d{1,6})H)?(?:(\d{1,6})M)?(?:(\d{1,6}(?:\.\d{1,3})?)S)?)?$/;

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

/**
 * Parses `PT15M`, `P1DT2H`, `P2W`… Returns `undefined` for anything else (including years and months,
 * whose length depends on the calendar, and the empty `P`/`PT`).
 */
export function parseDuration(text: unknown): DurationParts | undefined {
  if (typeof text !== 'string') return undefined;
  const m = DURATION_RE.exec(text);
  if (!m) return undefined;
  if (text === 'P' || text.endsWith('T')) return undefined;
  const [, w, d, h, min, s] = m;
  return {
    weeks: Number(w ?? 0),
    days: Number(d ?? 0),
    hours: Number(h ?? 0),
    minutes: Number(min ?? 0),
    seconds: Number(s ?? 0),
  };
}

/** Calendar length of a duration in milliseconds (a day is 24 h, a week 7 days), or `undefined` if invalid. */
export function durationToMs(duration: Duration | DurationParts): number | undefined {
  const p = typeof duration === 'string' ? parseDuration(duration) : duration;
  if (!p) return undefined;
  return p.weeks * WEEK_MS + p.days * DAY_MS + p.hours * HOUR_MS + p.minutes * MINUTE_MS + Math.round(p.seconds * 1000);
}

/** Length of one working day under `hours` (`end` − `start`), in milliseconds. */
export function workingDayMs(hours: BusinessHours): number {
  const start = parseClock(hours.start);
  const end = parseClock(hours.end);
  if (start === undefined || end === undefined || end <= start) return 0;
  return (end - start) * MINUTE_MS;
}

/**
 * Length of a duration in working milliseconds under `hours`: hours and minutes are working hours and
 * minutes, a day is one working day and a week is as many working days as `hours.days` lists.
 * `P2D` with 08:00–17:00 is 18 working hours.
 */
export function businessDurationToMs(duration: Duration | DurationParts, hours: BusinessHours): number | undefined {
  const p = typeof duration === 'string' ? parseDuration(duration) : duration;
  if (!p) return undefined;
  const day = workingDayMs(hours);
  const week = day * new Set(hours.days).size;
  return p.weeks * week + p.days * day + p.hours * HOUR_MS + p.minutes * MINUTE_MS + Math.round(p.seconds * 1000);
}

/** Minutes after midnight of `HH:MM` (`24:00` allowed as an end), or `undefined`. */
export function parseClock(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min !== 0)) return undefined;
  return h * 60 + min;
}

const UNITS: readonly [number, string][] = [
  [WEEK_MS, 'w'],
  [DAY_MS, 'd'],
  [HOUR_MS, 'h'],
  [MINUTE_MS, 'min'],
  [1000, 's'],
];

/**
 * Formats a duration for people: `PT15M` → "15 min", `P1DT2H` → "1 d 2 h", `P2W` → "2 w".
 * A number is taken as milliseconds (weeks are not used then: 9 days read better as "9 d");
 * seconds are shown only for spans under an hour. Invalid input gives "".
 */
export function formatDuration(value: Duration | number): string {
  if (typeof value === 'string') {
    const p = parseDuration(value);
    if (!p) return '';
    const out: string[] = [];
    if (p.weeks) out.push(`${p.weeks} w`);
    if (p.days) out.push(`${p.days} d`);
    if (p.hours) out.push(`${p.hours} h`);
    if (p.minutes) out.push(`${p.minutes} min`);
    if (p.seconds) out.push(`${p.seconds} s`);
    return out.length ? out.join(' ') : '0 min';
  }
  if (!Number.isFinite(value)) return '';
  const negative = value < 0;
  let rest = Math.abs(value);
  const withSeconds = rest < HOUR_MS;
  rest = withSeconds ? Math.round(rest / 1000) * 1000 : Math.round(rest / MINUTE_MS) * MINUTE_MS;
  const out: string[] = [];
  for (const [size, unit] of UNITS) {
    if (size === WEEK_MS || (size === 1000 && !withSeconds)) continue;
    const n = Math.floor(rest / size);
    if (n) out.push(`${n} ${unit}`);
    rest -= n * size;
  }
  if (!out.length) return withSeconds ? '0 s' : '0 min';
  return (negative ? '−' : '') + out.join(' ');
}

/** Formats milliseconds as an ISO 8601 duration (`PT1H30M`, `P1DT2H`), the inverse of {@link durationToMs}. */
export function msToDuration(ms: number): Duration {
  let rest = Math.max(0, Math.round(ms / 1000));
  const d = Math.floor(rest / 86400);
  rest -= d * 86400;
  const h = Math.floor(rest / 3600);
  rest -= h * 3600;
  const m = Math.floor(rest / 60);
  const s = rest - m * 60;
  const time = `${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`;
  if (!d && !time) return 'PT0S';
  return `P${d ? `${d}D` : ''}${time ? `T${time}` : ''}`;
}
