import type { FormatTime, TimeStyle } from '../../layout/timeline.js';
import { MINUTE_MS } from '../../model/duration.js';

/** How {@link formatInZone} writes an instant: the layout's styles, `full` (date and time) and `zone` (`BST`). */
export type DisplayStyle = TimeStyle | 'full' | 'zone';

const OPTIONS: Record<Exclude<DisplayStyle, 'clock'>, Intl.DateTimeFormatOptions> = {
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  'time-seconds': { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' },
  day: { weekday: 'short', day: 'numeric', month: 'short' },
  date: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  full: {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  },
  zone: { timeZoneName: 'short' },
};
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, f);
  }
  return f;
}

function zoneName(ms: number, timeZone: string, locale: string): string {
  const parts = formatter(locale, timeZone, OPTIONS.zone).formatToParts(ms);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/**
 * Writes an instant in an IANA zone with `Intl.DateTimeFormat`, in English with a 24-hour clock (`15:40`,
 * `Fri 13 Mar`, `Fri, 13 Mar 2026, 15:40:00`). `clock` adds seconds only when they are not zero; `zone` is
 * the zone's short name at that instant (`GMT`, `BST`, `EDT`).
 */
export function formatInZone(ms: number, timeZone: string, style: DisplayStyle): string {
  if (style === 'clock') return formatInZone(ms, timeZone, ms % MINUTE_MS === 0 ? 'time' : 'time-seconds');
  if (style === 'zone') {
    // British English names BST, American English names EDT/PDT; each falls back to "GMT-4" for the other.
    const names = ['en-GB', 'en-US'].map((locale) => zoneName(ms, timeZone, locale));
    return names.find((n) => !/^GMT[+-]/.test(n)) ?? names[0] ?? timeZone;
  }
  return formatter('en-GB', timeZone, OPTIONS[style]).format(ms);
}

/** The layout's `formatTime` for a zone. */
export function zoneFormatter(timeZone: string): FormatTime {
  return (ms, style) => formatInZone(ms, timeZone, style);
}
