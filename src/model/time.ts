import type { Timestamp } from './types.js';

const TIMESTAMP_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?$/i;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why a timestamp does not parse: it has no zone, or it is not a real instant. */
export type TimestampProblem = 'no-zone' | 'invalid';

/**
 * Parses an ISO 8601 timestamp that carries a zone offset or `Z`, returning epoch milliseconds.
 * A timestamp without a zone is an error, not a guess.
 */
export function parseTimestamp(text: unknown): { ms: number } | { problem: TimestampProblem } {
  if (typeof text !== 'string') return { problem: 'invalid' };
  const m = TIMESTAMP_RE.exec(text.trim());
  if (!m) return { problem: 'invalid' };
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  if (!validDate(Number(y), Number(mo), Number(d))) return { problem: 'invalid' };
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return { problem: 'invalid' };
  if (!zone) return { problem: 'no-zone' };
  let offset = 0;
  if (zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 18 || om > 59) return { problem: 'invalid' };
    offset = sign * (oh * 60 + om);
  }
  const ms =
    Date.UTC(
      Number(y),
      Number(mo) - 1,
      Number(d),
      Number(h),
      Number(mi),
      Number(s ?? 0),
      Number((frac ?? '0').slice(0, 3).padEnd(3, '0')),
    ) -
    offset * 60_000;
  return { ms };
}

/** Epoch milliseconds of a timestamp, or `undefined` if it has no zone or is not valid. */
export function timestampMs(text: Timestamp): number | undefined {
  const r = parseTimestamp(text);
  return 'ms' in r ? r.ms : undefined;
}

/** Parses `YYYY-MM-DD` into its parts, or `undefined` when it is not a real calendar date. */
export function parseDate(text: unknown): { year: number; month: number; day: number } | undefined {
  if (typeof text !== 'string') return undefined;
  const m = DATE_RE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return validDate(year, month, day) ? { year, month, day } : undefined;
}

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
