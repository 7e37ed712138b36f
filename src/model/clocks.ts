import { addBusinessMs, businessElapsedMs, type Interval } from './calendar.js';
import type { IncidentEventModel, IncidentModel, PriorityModel, SopModel } from './normalize.js';
import type { BusinessHours, Hours, IncidentEventType } from './types.js';

/**
 * The SLA clocks of one incident (format §2): pure arithmetic on epoch milliseconds, no DOM.
 *
 * - Both clocks start at the first `detected` event, else the first `logged` one.
 * - The response clock stops at the first `acknowledged` event. When nobody acknowledged but the incident
 *   was resolved (or closed), the resolution is taken as the response.
 * - The resolution clock stops at the last `resolved` event, unless a `reopened` comes after it (then it
 *   runs again); a record that was closed without a `resolved` event stops at its last `closed`. It does
 *   not run between `paused` and the next `resumed` (or `resolved`); a pause still open when the clock stops
 *   (or at `now`) counts as paused. The time between a resolution and a reopening counts: the incident was not
 *   really resolved.
 * - Under a priority with `hours: "business"` (and an SOP with `businessHours`) both clocks count only
 *   working time, in the calendar's time zone, across weekends, holidays and DST changes.
 * - A clock that has not stopped runs to `now`.
 */

/** One SLA clock. `elapsedMs`, `targetMs` and `overByMs` are working time under business hours. */
export interface Clock {
  /** Time counted so far (or until the clock stopped): pauses excluded, business hours only when they apply. */
  elapsedMs: number;
  /** The priority's target, in the same measure as `elapsedMs`; absent when there is none. */
  targetMs?: number;
  /** Whether `elapsedMs` is over the target (a running clock can already be breached). */
  breached: boolean;
  /** Whether the clock has not stopped yet and runs to `now`. */
  running: boolean;
  /** How this clock counts time. */
  hours: Hours;
  /** When the clock started (the detection). */
  startMs: number;
  /** When the clock stopped, absent while it runs. */
  stopMs?: number;
  /** The instant `elapsedMs` is measured to: `stopMs`, or `now` while running. */
  endMs: number;
  /** The instant the target is (or was) reached, pauses and business hours considered. */
  dueMs?: number;
  /** How late: `elapsedMs − targetMs` when breached. */
  overByMs?: number;
  /** Time left before the target when not breached. */
  remainingMs?: number;
  /** The intervals during which this clock was paused, clipped to `[startMs, endMs]`. */
  pausedIntervals: Interval[];
}

/** The clocks of one incident; a clock is absent when no `detected`/`logged` event starts it. */
export interface IncidentClocks {
  response?: Clock;
  resolution?: Clock;
}

interface Counting {
  hours: Hours;
  calendar: BusinessHours | undefined;
  priority: PriorityModel | undefined;
}

function countingFor(incident: IncidentModel, sop: SopModel | undefined): Counting {
  const priority = incident.priority !== undefined ? sop?.priorityById.get(incident.priority) : undefined;
  const calendar = priority?.hours === 'business' ? sop?.businessHours : undefined;
  return { hours: calendar ? 'business' : '24x7', calendar, priority };
}

function firstOf(events: readonly IncidentEventModel[], ...types: IncidentEventType[]): IncidentEventModel | undefined {
  for (const type of types) {
    const found = events.find((e) => e.type === type);
    if (found) return found;
  }
  return undefined;
}

function lastOf(events: readonly IncidentEventModel[], type: IncidentEventType): IncidentEventModel | undefined {
  for (let i = events.length - 1; i >= 0; i--) if (events[i]?.type === type) return events[i];
  return undefined;
}

/** The event that starts both clocks: the first `detected`, else the first `logged`. */
export function clockStartEvent(incident: IncidentModel): IncidentEventModel | undefined {
  return firstOf(incident.events, 'detected', 'logged');
}

/** The event at which the incident last stopped being worked on, or `undefined` while it is open or reopened. */
function resolutionStopEvent(events: readonly IncidentEventModel[]): IncidentEventModel | undefined {
  const stop = lastOf(events, 'resolved') ?? lastOf(events, 'closed');
  if (!stop) return undefined;
  const reopenedAfter = events.slice(events.indexOf(stop) + 1).some((e) => e.type === 'reopened');
  return reopenedAfter ? undefined : stop;
}

/**
 * The `paused` → `resumed` intervals of an incident, clipped to `[fromMs, untilMs]`. A `resolved` event ends an
 * open pause (work on a resolved incident is not on hold: a later reopening counts from there); a pause still
 * open at the end runs to `untilMs`.
 */
export function pausedIntervals(events: readonly IncidentEventModel[], fromMs: number, untilMs: number): Interval[] {
  const raw: [number, number][] = [];
  let openAt: number | undefined;
  for (const e of events) {
    if (e.type === 'paused' && openAt === undefined) openAt = e.ms;
    else if ((e.type === 'resumed' || e.type === 'resolved') && openAt !== undefined) {
      raw.push([openAt, e.ms]);
      openAt = undefined;
    }
  }
  if (openAt !== undefined) raw.push([openAt, Math.max(openAt, untilMs)]);
  const out: Interval[] = [];
  for (const [a, b] of raw) {
    const from = Math.max(a, fromMs);
    const to = Math.min(b, untilMs);
    if (to > from) out.push([from, to]);
  }
  return out;
}

/** `[fromMs, toMs]` minus `pauses` (sorted, disjoint, inside it). */
function activeIntervals(fromMs: number, toMs: number, pauses: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let cursor = fromMs;
  for (const [a, b] of pauses) {
    if (a > cursor) out.push([cursor, Math.min(a, toMs)]);
    cursor = Math.max(cursor, b);
  }
  if (toMs > cursor) out.push([cursor, toMs]);
  return out;
}

function span(a: number, b: number, counting: Counting): number {
  return counting.calendar ? businessElapsedMs(a, b, counting.calendar) : Math.max(0, b - a);
}

/** When `amountMs` of counted time has passed from `fromMs` (no pauses ahead), or `undefined`. */
function advance(fromMs: number, amountMs: number, counting: Counting): number | undefined {
  return counting.calendar ? addBusinessMs(fromMs, amountMs, counting.calendar) : fromMs + amountMs;
}

function measure(
  startMs: number,
  stopMs: number | undefined,
  nowMs: number,
  excludePauses: boolean,
  events: readonly IncidentEventModel[],
  targetMs: number | undefined,
  counting: Counting,
): Clock {
  const running = stopMs === undefined;
  const endMs = Math.max(startMs, running ? nowMs : stopMs);
  const paused = excludePauses ? pausedIntervals(events, startMs, endMs) : [];
  const active = activeIntervals(startMs, endMs, paused);
  let elapsedMs = 0;
  for (const [a, b] of active) elapsedMs += span(a, b, counting);
  const clock: Clock = {
    elapsedMs,
    breached: false,
    running,
    hours: counting.hours,
    startMs,
    endMs,
    pausedIntervals: paused,
  };
  if (!running) clock.stopMs = endMs;
  if (targetMs === undefined) return clock;
  clock.targetMs = targetMs;
  clock.breached = elapsedMs > targetMs;
  if (clock.breached) clock.overByMs = elapsedMs - targetMs;
  else clock.remainingMs = targetMs - elapsedMs;
  clock.dueMs = dueInstant(startMs, endMs, active, targetMs, counting);
  return clock;
}

/** The instant the target is reached: inside the counted intervals, or after `endMs` as if nothing paused it. */
function dueInstant(
  startMs: number,
  endMs: number,
  active: readonly Interval[],
  targetMs: number,
  counting: Counting,
): number | undefined {
  if (targetMs <= 0) return startMs;
  let left = targetMs;
  for (const [a, b] of active) {
    const size = span(a, b, counting);
    if (size >= left) return advance(a, left, counting);
    left -= size;
  }
  return advance(endMs, left, counting);
}

/**
 * The response and resolution clocks of an incident, against the targets of its priority in `sop` (no
 * targets without an SOP or a priority). Never throws; an incident with no `detected`/`logged` event has no
 * clocks.
 */
export function computeClocks(incident: IncidentModel, sop: SopModel | undefined, nowMs: number): IncidentClocks {
  const start = clockStartEvent(incident);
  if (!start) return {};
  const counting = countingFor(incident, sop);
  const { events } = incident;
  const resolutionStop = resolutionStopEvent(events);
  const ack = firstOf(events, 'acknowledged');
  const responseStop = ack ?? firstOf(events, 'resolved', 'closed');
  return {
    response: measure(
      start.ms,
      responseStop ? Math.max(start.ms, responseStop.ms) : undefined,
      nowMs,
      false,
      events,
      counting.priority?.responseMs,
      counting,
    ),
    resolution: measure(
      start.ms,
      resolutionStop ? Math.max(start.ms, resolutionStop.ms) : undefined,
      nowMs,
      true,
      events,
      counting.priority?.resolutionMs,
      counting,
    ),
  };
}

/**
 * Time to mitigate: from the start of the clocks to the first `mitigated` event, counted like the
 * resolution clock (pauses excluded, business hours when they apply). No target: the format has none.
 */
export function computeMitigation(incident: IncidentModel, sop: SopModel | undefined): Clock | undefined {
  const start = clockStartEvent(incident);
  const mitigated = firstOf(incident.events, 'mitigated');
  if (!start || !mitigated) return undefined;
  const stop = Math.max(start.ms, mitigated.ms);
  return measure(start.ms, stop, stop, true, incident.events, undefined, countingFor(incident, sop));
}

function meanElapsed(clocks: readonly (Clock | undefined)[]): number | undefined {
  const stopped = clocks.filter((c): c is Clock => c !== undefined && !c.running);
  if (stopped.length === 0) return undefined;
  return stopped.reduce((sum, c) => sum + c.elapsedMs, 0) / stopped.length;
}

/**
 * Mean time to acknowledge over incidents whose response clock has stopped, as the SLA counts it
 * (business time for business-hours priorities), or `undefined` when none has.
 */
export function computeMtta(list: readonly IncidentClocks[]): number | undefined {
  return meanElapsed(list.map((c) => c.response));
}

/** Mean time to resolve over incidents whose resolution clock has stopped, pauses excluded. */
export function computeMttr(list: readonly IncidentClocks[]): number | undefined {
  return meanElapsed(list.map((c) => c.resolution));
}

/** Figures for a list of incidents. */
export interface IncidentsSummary {
  count: number;
  /** Incidents whose response clock has stopped / whose resolution clock has stopped. */
  acknowledged: number;
  resolved: number;
  mttaMs?: number;
  mttrMs?: number;
  responseBreaches: number;
  resolutionBreaches: number;
}

/** MTTA, MTTR and breach counts for incidents, each measured against the SOP it followed. */
export function summarizeIncidents(
  items: readonly { incident: IncidentModel; sop?: SopModel }[],
  nowMs: number,
): IncidentsSummary {
  const clocks = items.map(({ incident, sop }) => computeClocks(incident, sop, nowMs));
  const summary: IncidentsSummary = {
    count: items.length,
    acknowledged: clocks.filter((c) => c.response && !c.response.running).length,
    resolved: clocks.filter((c) => c.resolution && !c.resolution.running).length,
    responseBreaches: clocks.filter((c) => c.response?.breached).length,
    resolutionBreaches: clocks.filter((c) => c.resolution?.breached).length,
  };
  const mtta = computeMtta(clocks);
  const mttr = computeMttr(clocks);
  if (mtta !== undefined) summary.mttaMs = mtta;
  if (mttr !== undefined) summary.mttrMs = mttr;
  return summary;
}
