import { DAY_MS, MINUTE_MS, parseClock } from './duration.js';
import type { BusinessHours, Weekday } from './types.js';

/**
 * Business-hours arithmetic in the calendar's IANA time zone: across DST changes, weekends and holidays.
 * Everything works on epoch milliseconds; zone offsets come from `Intl.DateTimeFormat`, so no time-zone
 * data ships with the library.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether `timeZone` is an IANA zone this runtime knows (`Europe/London`, `America/New_York`, `UTC`). */
export function isValidTimeZone(timeZone: unknown): boolean {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function localParts(ms: number, timeZone: string): LocalParts {
  const out: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(ms)) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return {
    year: out.year ?? 1970,
    month: out.month ?? 1,
    day: out.day ?? 1,
    hour: out.hour ?? 0,
    minute: out.minute ?? 0,
    second: out.second ?? 0,
  };
}

/** Offset of `timeZone` from UTC at the instant `ms`, in milliseconds (positive east of Greenwich). */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  const p = localParts(whole, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - whole;
}

/**
 * The instant at which the wall clock in `timeZone` shows `minutes` after midnight of the given local date.
 * A time skipped by a DST change is moved forward by the gap; a repeated time takes its first occurrence.
 */
export function localTimeToMs(year: number, month: number, day: number, minutes: number, timeZone: string): number {
  const naive = Date.UTC(year, month - 1, day) + minutes * MINUTE_MS;
  const before = zoneOffsetMs(naive - DAY_MS, timeZone);
  const after = zoneOffsetMs(naive + DAY_MS, timeZone);
  const early = naive - before;
  const late = naive - after;
  const earlyOk = zoneOffsetMs(early, timeZone) === before;
  const lateOk = zoneOffsetMs(late, timeZone) === after;
  if (earlyOk && lateOk) return Math.min(early, late);
  if (earlyOk) return early;
  if (lateOk) return late;
  return early;
}

/** The local calendar date of an instant in `timeZone`. */
export function localDate(ms: number, timeZone: string): { year: number; month: number; day: number } {
  const p = localParts(ms, timeZone);
  return { year: p.year, month: p.month, day: p.day };
}

const WEEKDAY_BY_UTC_DAY: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A working interval `[start, end)` in epoch milliseconds. */
export type Interval = readonly [number, number];

const windows = new Map<string, Interval>();
const MAX_CACHED_WINDOWS = 50_000;

/**
 * The opening and closing instants of one local day. Cached: summarising thousands of incidents walks the same
 * days again and again, and each instant costs several time-zone look-ups.
 */
function dayWindow(year: number, month: number, day: number, start: number, end: number, timeZone: string): Interval {
  const key = `${timeZone}|${year}-${month}-${day}|${start}|${end}`;
  let window = windows.get(key);
  if (!window) {
    if (windows.size >= MAX_CACHED_WINDOWS) windows.clear();
    window = [localTimeToMs(year, month, day, start, timeZone), localTimeToMs(year, month, day, end, timeZone)];
    windows.set(key, window);
  }
  return window;
}

/** Upper bound on the local days walked by one call, so a calendar with no working time cannot spin forever. */
const MAX_DAYS = 366 * 50;

/**
 * Calls `visit` with each working interval of `hours`, in time order, starting with the local day that
 * contains `fromMs`. Stops when `visit` returns `false` or after {@link MAX_DAYS} days.
 */
function walkWorkingIntervals(fromMs: number, hours: BusinessHours, visit: (interval: Interval) => boolean): void {
  const start = parseClock(hours.start);
  const end = parseClock(hours.end);
  if (start === undefined || end === undefined || end <= start || !isValidTimeZone(hours.timeZone)) return;
  const days = new Set<string>(hours.days);
  if (days.size === 0) return;
  const holidays = new Set(hours.holidays ?? []);
  const first = localDate(fromMs, hours.timeZone);
  let cursor = Date.UTC(first.year, first.month - 1, first.day);
  for (let i = 0; i < MAX_DAYS; i++, cursor += DAY_MS) {
    const d = new Date(cursor);
    const year = d.getUTCFullYear();
    const month = d.getUTCMonth() + 1;
    const day = d.getUTCDate();
    if (!days.has(WEEKDAY_BY_UTC_DAY[d.getUTCDay()] ?? '') || holidays.has(isoDate(year, month, day))) continue;
    const [open, close] = dayWindow(year, month, day, start, end, hours.timeZone);
    if (close > open && visit([open, close]) === false) return;
  }
}

/** The working intervals of `hours` that overlap `[fromMs, toMs)`, clipped to it. */
export function workingIntervals(fromMs: number, toMs: number, hours: BusinessHours): Interval[] {
  const out: Interval[] = [];
  if (!(toMs > fromMs)) return out;
  walkWorkingIntervals(fromMs, hours, ([open, close]) => {
    if (open >= toMs) return false;
    const a = Math.max(open, fromMs);
    const b = Math.min(close, toMs);
    if (b > a) out.push([a, b]);
    return true;
  });
  return out;
}

/** Working time between two instants under `hours`, in milliseconds (0 when `toMs` is not after `fromMs`). */
export function businessElapsedMs(fromMs: number, toMs: number, hours: BusinessHours): number {
  let total = 0;
  for (const [a, b] of workingIntervals(fromMs, toMs, hours)) total += b - a;
  return total;
}

/**
 * The instant at which `amountMs` of working time has passed since `fromMs` under `hours` (the due time
 * of a target measured in business hours), or `undefined` when the calendar has no working time.
 */
export function addBusinessMs(fromMs: number, amountMs: number, hours: BusinessHours): number | undefined {
  if (amountMs <= 0) return fromMs;
  let left = amountMs;
  let due: number | undefined;
  walkWorkingIntervals(fromMs, hours, ([open, close]) => {
    const a = Math.max(open, fromMs);
    if (close <= a) return true;
    if (close - a >= left) {
      due = a + left;
      return false;
    }
    left -= close - a;
    return true;
  });
  return due;
}
