import { scaleUtc } from 'd3-scale';
import { utcTicks } from 'd3-time';
import { localDate, localTimeToMs, workingIntervals, zoneOffsetMs, type Interval } from '../model/calendar.js';
import type { Clock, IncidentClocks } from '../model/clocks.js';
import { DAY_MS, MINUTE_MS, formatDuration } from '../model/duration.js';
import type { IncidentEventModel, IncidentModel, SopModel } from '../model/normalize.js';
import { EVENT_TYPES, type IncidentEventType } from '../model/types.js';

/**
 * Geometry of `<incident-timeline>`: a pure function of the incident, its clocks, the visible time range and
 * the width, in SVG user units. No DOM; text width comes in as a function.
 */

export type ClockKind = 'response' | 'resolution';
/** Which text style a measured string uses: an event's label, or the smaller line under it. */
export type TextRole = 'label' | 'meta';
export type TimelineMeasureText = (text: string, role: TextRole) => number;
/** How an instant is written: `time` 15:40, `time-seconds` 15:40:20, `clock` (seconds only when not zero), `day` Fri 13 Mar, `date` with the year. */
export type TimeStyle = 'time' | 'time-seconds' | 'clock' | 'day' | 'date';
export type FormatTime = (ms: number, style: TimeStyle) => string;

export interface TimelineLayoutInput {
  incident: IncidentModel;
  sop?: SopModel;
  clocks: IncidentClocks;
  /** The visible time range, epoch milliseconds. */
  domain: readonly [number, number];
  width: number;
  /** IANA zone the axis and labels are shown in (ticks fall on its hours and midnights). */
  timeZone: string;
  /** Writes an instant in that zone; comes in as a function, like text width, so the layout stays locale-free. */
  formatTime: FormatTime;
  /** Draw a "now" line at this instant (only while a clock runs). */
  nowMs?: number;
  measureText: TimelineMeasureText;
}

/** A tick of the time axis, or a day's label above it. */
export interface AxisLabel {
  x: number;
  ms: number;
  label: string;
}
export interface Band {
  x0: number;
  x1: number;
  fromMs: number;
  toMs: number;
}
export type SegmentState = 'counting' | 'late' | 'paused' | 'off-hours';
export interface BarSegment {
  x0: number;
  x1: number;
  state: SegmentState;
}
export interface ClockLane {
  kind: ClockKind;
  y: number;
  height: number;
  clock: Clock;
  segments: BarSegment[];
  /** Where the bar ends (the clock's stop, or now). */
  endX: number;
  /** Elapsed time written beside the bar ("1 h 38 min", "50 min so far"), absent when a breach marker is there. */
  label?: string;
  labelX: number;
}
export interface TargetLine {
  kind: ClockKind;
  x: number;
  ms: number;
  /** Which footer row the label sits in (labels that would touch are staggered). */
  labelRow: number;
  labelY: number;
  /** "Response due 18:19"; the label starts at `labelX`, kept inside the plot. */
  label: string;
  labelX: number;
  labelWidth: number;
}
export interface BreachMarker {
  kind: ClockKind;
  x: number;
  y: number;
  overByMs: number;
  /** The label goes to the left of the marker near the right edge. */
  side: 'right' | 'left';
}
export interface EventMarker {
  event: IncidentEventModel;
  /** Position in time order. */
  order: number;
  x: number;
  y: number;
  row: number;
  /** Whether the marker lies inside the plot at this zoom. */
  visible: boolean;
  label: string;
  meta: string;
  /** Whether there is room for the label and meta lines. */
  showText: boolean;
  side: 'right' | 'left';
}
export interface TimelineLayout {
  width: number;
  height: number;
  plot: { x0: number; x1: number; top: number; bottom: number };
  axisY: number;
  ticks: AxisLabel[];
  days: AxisLabel[];
  offHours: Band[];
  pauses: Band[];
  lanes: ClockLane[];
  targets: TargetLine[];
  breaches: BreachMarker[];
  /** The now line, with its label ("Now 14:05") starting at `labelX`. */
  now?: { x: number; ms: number; label: string; labelX: number };
  events: EventMarker[];
  eventsTop: number;
  /** Baseline of the labels of paused intervals, between the clocks and the events. */
  bandLabelY: number;
  /** Events left and right of the visible range. */
  hiddenBefore: number;
  hiddenAfter: number;
}

export const GUTTER = 112;
export const RIGHT_PAD = 24;
export const DAY_ROW_Y = 16;
export const TIME_ROW_Y = 34;
const AXIS_Y = 44;
const LANE_TOP = 56;
const LANE_H = 18;
const LANE_GAP = 12;
const ROW_H = 36;
const MARKER_R = 7;
const TEXT_GAP = 6;
const ITEM_GAP = 14;
const MAX_ROWS = 12;
const MAX_BARE_ROWS = 16;
const MAX_TEXT_W = 190;
const FOOTER_ROW_H = 16;
const MIN_LABEL_SPACING = 132;
/** How far event text may run past the plot's edges (the chart clips it a little further out). */
export const TEXT_OVERHANG = 12;

/** Human names of the event types, for labels and the list: "Detected", "Acknowledged"… */
export const EVENT_TYPE_NAMES = Object.fromEntries(
  EVENT_TYPES.map((type) => [type, `${type.charAt(0).toUpperCase()}${type.slice(1)}`]),
) as Record<IncidentEventType, string>;

/** The x range of the plot for a given width. */
export function plotRange(width: number): [number, number] {
  return [GUTTER, Math.max(GUTTER + 40, width - RIGHT_PAD)];
}

function pad(range: [number, number]): [number, number] {
  const [a, b] = range;
  const margin = Math.max(5 * MINUTE_MS, (b - a) * 0.04);
  return [a - margin, b + margin];
}

/**
 * The time ranges to show: `focus` (the default view: from detection to resolution or now, with the due
 * times when they are not far off) and `all` (every event and due time).
 */
export function timelineExtent(
  incident: IncidentModel,
  clocks: IncidentClocks,
  nowMs?: number,
): { focus: [number, number]; all: [number, number] } {
  const times = incident.events.map((e) => e.ms);
  const clockList = [clocks.response, clocks.resolution].filter((c): c is Clock => c !== undefined);
  const running = clockList.some((c) => c.running);
  const dues = clockList.map((c) => c.dueMs).filter((d): d is number => d !== undefined);
  const all = [...times, ...dues];
  if (running && nowMs !== undefined) all.push(nowMs);
  if (all.length === 0) all.push(nowMs ?? 0);
  const fullRange: [number, number] = [Math.min(...all), Math.max(...all)];
  if (clockList.length === 0) return { focus: pad(fullRange), all: pad(fullRange) };
  const start = Math.min(times[0] ?? Infinity, ...clockList.map((c) => c.startMs));
  let end = Math.max(...clockList.map((c) => c.endMs));
  for (const t of times) if (t <= end) end = Math.max(end, t);
  const spanMs = Math.max(end - start, 30 * MINUTE_MS);
  for (const d of dues) if (d - start <= 3 * spanMs) end = Math.max(end, d);
  const after = times.filter((t) => t > end && t - end <= 0.25 * spanMs);
  if (after.length) end = Math.max(end, ...after);
  if (end - start < 30 * MINUTE_MS) end = start + 30 * MINUTE_MS;
  return { focus: pad([start, end]), all: pad([Math.min(fullRange[0], start), Math.max(fullRange[1], end)]) };
}

/** Instant at which the wall clock of `timeZone` reads `wallMs` (wall time written as if it were UTC). */
function wallToInstant(wallMs: number, timeZone: string): number {
  const guess = wallMs - zoneOffsetMs(wallMs, timeZone);
  return wallMs - zoneOffsetMs(guess, timeZone);
}

function axisTicks(input: TimelineLayoutInput, x: (ms: number) => number, count: number) {
  const { domain, timeZone } = input;
  const [a, b] = domain;
  const wall = utcTicks(new Date(a + zoneOffsetMs(a, timeZone)), new Date(b + zoneOffsetMs(b, timeZone)), count);
  const step = wall.length > 1 ? (wall[1]?.getTime() ?? 0) - (wall[0]?.getTime() ?? 0) : DAY_MS;
  const kind: TimeStyle = step >= DAY_MS ? 'day' : step < MINUTE_MS ? 'time-seconds' : 'time';
  const seen = new Set<number>();
  const ticks: AxisLabel[] = [];
  for (const w of wall) {
    const ms = wallToInstant(w.getTime(), timeZone);
    if (seen.has(ms) || ms < a || ms > b) continue;
    seen.add(ms);
    ticks.push({ x: x(ms), ms, label: input.formatTime(ms, kind) });
  }
  return { ticks, daily: step >= DAY_MS };
}

/** Local midnights in the range, labelled with their date; the first visible day is pinned at the left edge. */
function dayLabels(input: TimelineLayoutInput, x: (ms: number) => number, x0: number) {
  const { domain, timeZone, formatTime } = input;
  const [a, b] = domain;
  const out: AxisLabel[] = [];
  const first = localDate(a, timeZone);
  out.push({ x: x0, ms: a, label: formatTime(a, 'date') });
  for (let i = 1; i < 400; i++) {
    const ms = localTimeToMs(first.year, first.month, first.day + i, 0, timeZone);
    if (ms > b) break;
    out.push({ x: x(ms), ms, label: formatTime(ms, 'date') });
  }
  // Keep the pinned first label only when the next day's label leaves it room.
  const next = out[1];
  if (next && next.x - x0 < MIN_LABEL_SPACING) out.shift();
  return out;
}

function complement(range: readonly [number, number], intervals: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let cursor = range[0];
  for (const [a, b] of intervals) {
    if (a > cursor) out.push([cursor, a]);
    cursor = Math.max(cursor, b);
  }
  if (range[1] > cursor) out.push([cursor, range[1]]);
  return out;
}

function clockSegments(
  clock: Clock,
  working: readonly Interval[] | undefined,
  view: readonly [number, number],
  x: (ms: number) => number,
): BarSegment[] {
  const from = Math.max(clock.startMs, view[0]);
  const to = Math.min(clock.endMs, view[1]);
  if (!(to > from)) return [];
  const cuts = new Set<number>([from, to]);
  const add = (ms: number | undefined) => {
    if (ms !== undefined && ms > from && ms < to) cuts.add(ms);
  };
  add(clock.dueMs);
  for (const interval of [...clock.pausedIntervals, ...(working ?? [])]) interval.forEach(add);
  const points = [...cuts].sort((p, q) => p - q);
  const segments: BarSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    const mid = (a + b) / 2;
    let state: SegmentState = 'counting';
    if (clock.pausedIntervals.some(([p, q]) => mid >= p && mid < q)) state = 'paused';
    else if (working && !working.some(([p, q]) => mid >= p && mid < q)) state = 'off-hours';
    else if (clock.dueMs !== undefined && clock.breached && mid >= clock.dueMs) state = 'late';
    const last = segments[segments.length - 1];
    if (last && last.state === state) last.x1 = x(b);
    else segments.push({ x0: x(a), x1: x(b), state });
  }
  return segments;
}

function truncate(text: string, role: TextRole, maxWidth: number, measure: TimelineMeasureText): string {
  if (measure(text, role) <= maxWidth) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${text.slice(0, mid).trimEnd()}…`, role) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

function placeEvents(input: TimelineLayoutInput, x: (ms: number) => number, x0: number, x1: number): EventMarker[] {
  const { incident, measureText, formatTime } = input;
  const rowEnds: number[] = [];
  return incident.events.map((event, order) => {
    const ex = x(event.ms);
    const label = truncate(event.label ?? EVENT_TYPE_NAMES[event.type], 'label', MAX_TEXT_W, measureText);
    const metaText = [formatTime(event.ms, 'clock'), event.actor].filter(Boolean).join(' · ');
    const meta = truncate(metaText, 'meta', MAX_TEXT_W, measureText);
    const textW = Math.max(measureText(label, 'label'), measureText(meta, 'meta'));
    const visible = ex >= x0 - 0.5 && ex <= x1 + 0.5;
    const marker = { event, order, x: ex, y: 0, row: 0, visible, label, meta, showText: false, side: 'right' as const };
    if (!visible) return marker;
    const rightFits = ex + MARKER_R + TEXT_GAP + textW <= x1 + TEXT_OVERHANG;
    const side = rightFits || ex - MARKER_R - TEXT_GAP - textW < x0 - TEXT_OVERHANG ? 'right' : 'left';
    const [start, end] =
      side === 'right'
        ? [ex - MARKER_R, ex + MARKER_R + TEXT_GAP + textW]
        : [ex - MARKER_R - TEXT_GAP - textW, ex + MARKER_R];
    let row = rowEnds.findIndex((rowEnd) => rowEnd + ITEM_GAP <= start);
    if (row < 0 && rowEnds.length < MAX_ROWS) row = rowEnds.length;
    if (row >= 0) {
      rowEnds[row] = end;
      return { ...marker, row, side, showText: true };
    }
    // No room for the text: place the bare marker where it fits best.
    row = rowEnds.findIndex((rowEnd) => rowEnd + 2 <= ex - MARKER_R);
    if (row < 0 && rowEnds.length < MAX_BARE_ROWS) row = rowEnds.length;
    if (row < 0) row = rowEnds.indexOf(Math.min(...rowEnds));
    rowEnds[row] = Math.max(rowEnds[row] ?? -Infinity, ex + MARKER_R);
    return { ...marker, row, side };
  });
}

const CLOCK_NAMES: Record<ClockKind, string> = { response: 'Response', resolution: 'Resolution' };

/** How an instant is written on the chart: the time, with the day when the view spans more than a day. */
function chartTime(ms: number, input: TimelineLayoutInput): string {
  const time = input.formatTime(ms, 'time');
  return input.domain[1] - input.domain[0] > DAY_MS * 0.75 ? `${input.formatTime(ms, 'day')} ${time}` : time;
}

/** Left edge of a label of width `w` centred on `x`, kept inside the plot. */
function clampLabel(x: number, w: number, [x0, x1]: readonly [number, number]): number {
  return Math.max(x0, Math.min(x - w / 2, x1 - w));
}

function placeTargets(
  input: TimelineLayoutInput,
  x: (ms: number) => number,
  footerTop: number,
  plot: readonly [number, number],
): TargetLine[] {
  const targets: TargetLine[] = [];
  for (const kind of ['response', 'resolution'] as const) {
    const due = input.clocks[kind]?.dueMs;
    if (due === undefined) continue;
    const tx = x(due);
    const label = `${CLOCK_NAMES[kind]} due ${chartTime(due, input)}`;
    const w = input.measureText(label, 'label');
    const labelX = clampLabel(tx, w, plot);
    const clash = targets.some(
      (t) => t.labelRow === 0 && labelX < t.labelX + t.labelWidth + 12 && t.labelX < labelX + w + 12,
    );
    const labelRow = clash ? 1 : 0;
    const labelY = footerTop + 12 + labelRow * FOOTER_ROW_H;
    targets.push({ kind, x: tx, ms: due, label, labelRow, labelY, labelX, labelWidth: w });
  }
  return targets;
}

/** Lays out the timeline. Same input, same output; the input is never mutated. */
export function layoutTimeline(input: TimelineLayoutInput): TimelineLayout {
  const { clocks, domain, width, nowMs, sop } = input;
  const [x0, x1] = plotRange(width);
  const scale = scaleUtc().domain([domain[0], domain[1]]).range([x0, x1]);
  const x = (ms: number) => scale(ms);
  const { ticks, daily } = axisTicks(input, x, Math.max(2, Math.floor((x1 - x0) / 96)));
  const days = daily ? [] : dayLabels(input, x, x0);

  const business = [clocks.response, clocks.resolution].some((c) => c?.hours === 'business');
  const hours = business ? sop?.businessHours : undefined;
  const working = hours ? workingIntervals(domain[0], domain[1], hours) : undefined;
  const band = ([a, b]: Interval): Band => ({ x0: x(a), x1: x(b), fromMs: a, toMs: b });
  const offHours = working ? complement(domain, working).map(band) : [];
  const pauses = (clocks.resolution?.pausedIntervals ?? []).map(band);

  const lanes: ClockLane[] = [];
  const breaches: BreachMarker[] = [];
  for (const kind of ['response', 'resolution'] as const) {
    const clock = clocks[kind];
    if (!clock) continue;
    const y = LANE_TOP + lanes.length * (LANE_H + LANE_GAP);
    const endX = x(clock.endMs);
    const segments = clockSegments(clock, working, domain, x);
    const lane: ClockLane = { kind, y, height: LANE_H, clock, segments, endX, labelX: endX };
    if (!clock.breached) {
      lane.label = `${formatDuration(clock.elapsedMs)}${clock.running ? ' so far' : ''}`;
      const w = input.measureText(lane.label, 'meta');
      lane.labelX = endX + 6 + w <= x1 + TEXT_OVERHANG ? endX + 6 : endX - 6 - w;
    }
    lanes.push(lane);
    if (clock.breached && clock.overByMs !== undefined) {
      const side = endX > x1 - 150 ? 'left' : 'right';
      breaches.push({ kind, x: endX, y: y + LANE_H / 2, overByMs: clock.overByMs, side });
    }
  }
  const lanesBottom = LANE_TOP + Math.max(1, lanes.length) * (LANE_H + LANE_GAP);
  const bandLabelY = lanesBottom + 8;
  const eventsTop = lanesBottom + 24;
  const placed = placeEvents(input, x, x0, x1);
  const rows = Math.max(1, ...placed.map((m) => m.row + 1));
  const events = placed.map((m) => ({ ...m, y: eventsTop + m.row * ROW_H + MARKER_R + 2 }));
  const footerTop = eventsTop + rows * ROW_H;
  const targets = placeTargets(input, x, footerTop, [x0, x1]);
  const footerRows = targets.length === 0 ? 0 : Math.max(...targets.map((t) => t.labelRow)) + 1;
  const height = footerTop + footerRows * FOOTER_ROW_H + 10;

  const running = [clocks.response, clocks.resolution].some((c) => c?.running);
  const layout: TimelineLayout = {
    width,
    height,
    plot: { x0, x1, top: AXIS_Y, bottom: footerTop },
    axisY: AXIS_Y,
    ticks,
    days,
    offHours,
    pauses,
    lanes,
    targets,
    breaches,
    events,
    eventsTop,
    bandLabelY,
    hiddenBefore: events.filter((m) => !m.visible && m.x < x0).length,
    hiddenAfter: events.filter((m) => !m.visible && m.x > x1).length,
  };
  if (running && nowMs !== undefined) {
    const label = `Now ${chartTime(nowMs, input)}`;
    const nx = x(nowMs);
    const w = input.measureText(label, 'label');
    layout.now = { x: nx, ms: nowMs, label, labelX: nx + 4 + w > x1 ? nx - 4 - w : nx + 4 };
  }
  return layout;
}
