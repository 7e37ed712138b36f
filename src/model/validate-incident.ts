import { parseTimestamp } from './time.js';
import { child, describeType, isRecord, listIds, own, quote, Report } from './report.js';
import { EVENT_TYPES, type Diagnostic, type SopDocument } from './types.js';

const INCIDENT_FIELDS = ['format', 'id', 'title', 'priority', 'category', 'sop', 'events', '$schema'] as const;
const EVENT_FIELDS = ['at', 'type', 'label', 'actor', 'role', 'step', 'note'] as const;

function idsOf(list: unknown): Map<string, true> {
  const out = new Map<string, true>();
  if (Array.isArray(list)) {
    for (const item of list) {
      if (isRecord(item) && typeof own(item, 'id') === 'string') out.set(own(item, 'id') as string, true);
    }
  }
  return out;
}

/**
 * Validates an incident record, and, when the SOP it followed is given, that its priority, category, roles
 * and steps are ones that SOP defines. Never throws.
 */
export function validateIncident(value: unknown, sop?: SopDocument): Diagnostic[] {
  const report = new Report('INCIDENT');
  if (!isRecord(value)) {
    report.error(
      'NOT_OBJECT',
      '',
      `The incident record is ${describeType(value)}; expected a JSON object starting with { "format": "incident/v1", … }.`,
    );
    return report.diagnostics;
  }
  const doc = value;
  report.fields(doc, '', 'The incident record', INCIDENT_FIELDS, ['format', 'id', 'title', 'events'], {
    format: 'Start the record with "format": "incident/v1".',
    id: 'Give the incident its ticket number, such as "INC-2041".',
    events: 'List what happened in "events": [ { "at": …, "type": "detected" }, … ].',
  });
  const format = own(doc, 'format');
  if (format !== undefined && format !== 'incident/v1') {
    report.error(
      'FORMAT',
      '/format',
      `"format" is ${quote(format)}; this version of the library reads "incident/v1" records.`,
    );
  }
  report.string(own(doc, 'id'), '/id', 'The incident id', { nonEmpty: true });
  report.string(own(doc, 'title'), '/title', 'The incident title', { nonEmpty: true });
  const sopId = report.string(own(doc, 'sop'), '/sop', 'The procedure id ("sop")');
  const sopRecord = sop as unknown;
  const sopDoc = isRecord(sopRecord) ? sopRecord : undefined;
  if (sopDoc && sopId !== undefined && typeof own(sopDoc, 'id') === 'string' && own(sopDoc, 'id') !== sopId) {
    report.warning(
      'SOP_MISMATCH',
      '/sop',
      `The incident says it followed procedure ${quote(sopId)}, but it is shown against procedure ${quote(own(sopDoc, 'id'))}.`,
    );
  }

  const refCheck = (
    kind: 'priority' | 'category' | 'role' | 'step',
    listKey: string,
    v: unknown,
    path: string,
    what: string,
  ) => {
    const s = report.string(v, path, what, { nonEmpty: true });
    if (s === undefined || !sopDoc) return;
    const ids = idsOf(own(sopDoc, listKey));
    if (!ids.has(s)) {
      report.error(
        `UNKNOWN_${kind.toUpperCase()}`,
        path,
        `${what} is ${quote(s)}, which procedure ${quote(own(sopDoc, 'id'))} does not define; its ${listKey} are ${listIds(ids.keys())}.`,
      );
    }
  };
  refCheck('priority', 'priorities', own(doc, 'priority'), '/priority', 'The priority');
  refCheck('category', 'categories', own(doc, 'category'), '/category', 'The category');

  const events = report.list(own(doc, 'events'), '/events', '"events"');
  if (events && events.length === 0) {
    report.error(
      'NO_EVENTS',
      '/events',
      'The incident has no events; add at least the "detected" event with its time.',
    );
  }
  let previous = -Infinity;
  let firstDetected: { ms: number; index: number } | undefined;
  let firstLogged: { ms: number; index: number } | undefined;
  let pausedOpen = false;
  let hasStartType = false;
  const resolvedAt: { ms: number; index: number }[] = [];
  events?.forEach((item, i) => {
    const p = child('/events', i);
    const event = report.record(item, p, `Event ${i + 1}`);
    if (!event) return;
    report.fields(event, p, `Event ${i + 1}`, EVENT_FIELDS, ['at', 'type']);
    const type = own(event, 'type');
    if (type !== undefined) {
      if (typeof type !== 'string' || !(EVENT_TYPES as readonly string[]).includes(type)) {
        report.error(
          'UNKNOWN_EVENT_TYPE',
          `${p}/type`,
          `Event ${i + 1} has type ${quote(type)}; expected one of ${EVENT_TYPES.map((t) => `"${t}"`).join(', ')}.`,
        );
      }
    }
    if (type === 'detected' || type === 'logged') hasStartType = true;
    const at = own(event, 'at');
    let ms: number | undefined;
    if (at !== undefined) {
      const r = parseTimestamp(at);
      if ('ms' in r) {
        ms = r.ms;
      } else if (r.problem === 'no-zone') {
        report.error(
          'NO_ZONE',
          `${p}/at`,
          `The time of event ${i + 1}, ${quote(at)}, has no time zone; add "Z" for UTC or an offset such as "+01:00" (for example "${String(at)}Z"). A time without a zone is not guessed.`,
        );
      } else {
        report.error(
          'BAD_TIMESTAMP',
          `${p}/at`,
          `The time of event ${i + 1} is ${quote(at)}; expected an ISO 8601 timestamp with a zone, such as "2026-03-06T14:05:00Z".`,
        );
      }
    }
    for (const key of ['label', 'actor', 'note'] as const) {
      report.string(own(event, key), `${p}/${key}`, `The ${key} of event ${i + 1}`);
    }
    if (own(event, 'role') !== undefined)
      refCheck('role', 'roles', own(event, 'role'), `${p}/role`, `The role of event ${i + 1}`);
    if (own(event, 'step') !== undefined)
      refCheck('step', 'steps', own(event, 'step'), `${p}/step`, `The step of event ${i + 1}`);
    if (ms === undefined) return;
    if (ms < previous) {
      report.warning(
        'OUT_OF_ORDER',
        `${p}/at`,
        `Event ${i + 1} (${quote(at)}) is earlier than the event listed before it; events are drawn in time order.`,
      );
    }
    previous = Math.max(previous, ms);
    if (type === 'detected' && (!firstDetected || ms < firstDetected.ms)) firstDetected = { ms, index: i };
    if (type === 'logged' && (!firstLogged || ms < firstLogged.ms)) firstLogged = { ms, index: i };
    if (type === 'resolved') resolvedAt.push({ ms, index: i });
    if (type === 'paused') pausedOpen = true;
    if (type === 'resumed') {
      if (!pausedOpen) {
        report.warning(
          'UNMATCHED_RESUME',
          `${p}/type`,
          `Event ${i + 1} resumes the clock, but no "paused" event comes before it.`,
        );
      }
      pausedOpen = false;
    }
  });
  const firstStart = firstDetected ?? firstLogged;
  if (events && events.length > 0 && !hasStartType) {
    report.warning(
      'NO_DETECTED',
      '/events',
      'No event is of type "detected" or "logged", so the response and resolution clocks cannot start. Add the moment the incident was detected.',
    );
  }
  if (firstStart) {
    for (const r of resolvedAt) {
      if (r.ms < firstStart.ms) {
        report.error(
          'RESOLVED_BEFORE_DETECTED',
          `/events/${r.index}/at`,
          `Event ${r.index + 1} resolves the incident before it was detected (event ${firstStart.index + 1}); check both times and their zones.`,
        );
      }
    }
  }
  return report.diagnostics;
}
