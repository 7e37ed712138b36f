// The library against real material written by others: ITSM event logs, written postmortems, incident-response
// handbooks, a vendor's escalation schema and the OMG BPMN reference models. Everything is read in place from
// `../shared/fixtures` (next to the repository; `SOP_FIXTURES_DIR` overrides it) and never copied into the
// repository; without that folder every test here skips with the reason. Uses the built package
// (`sop-elements/model`, `sop-elements/layout`): run `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import {
  applyLens,
  checkIncident,
  computeClocks,
  computeMtta,
  computeMttr,
  formatDuration,
  normalizeIncident,
  normalizeSop,
  SLUG_RE,
  summarizeIncidents,
  timestampMs,
  validateIncident,
  validateSop,
  zoneOffsetMs,
} from 'sop-elements/model';
import { layoutEscalation, layoutFlow } from 'sop-elements/layout';
import { fixturePath, fixturesDir, readFixture, readFixtureBytes, skipUnless } from './fixtures/paths.mjs';
import { parseCsv } from './fixtures/csv.mjs';
import { itsmSop, servicenowIncidents, volvoIncidents, zonedIso } from './fixtures/itsm.mjs';
import { clockProblems, latestEventMs, referenceClocks, sopVariants } from './fixtures/clock-invariants.mjs';
import { helpdeskIncidents, parseXes } from './fixtures/xes.mjs';
import { postmortemIncident, statedZone, ZONE_OFFSETS } from './fixtures/postmortems.mjs';
import { mojaloopSop, pagerdutySop } from './fixtures/process-docs.mjs';
import { checkSchema, CONDITIONS, opsgenieToPolicy, parseYaml } from './fixtures/opsgenie.mjs';
import { bpmnToSops, CHOOSING_GATEWAYS, readBpmn } from './fixtures/bpmn.mjs';
import { decodeXml } from './fixtures/xml.mjs';

const SERVICENOW = 'event-logs/servicenow-uci-sample.csv';
const VOLVO = 'event-logs/bpic2013-volvo-sample.csv';
const HELPDESK = 'event-logs/helpdesk.xes.gz';
const DFDS = 'postmortems/dfds';
const PAGERDUTY = 'incident-response-docs/pagerduty';
const MOJALOOP = 'incident-response-docs/mojaloop/incident-management.md';
const OPSGENIE = 'escalation-apis/opsgenie/escalation.yaml';
const BPMN = 'bpmn-miwg';

const once = (fn) => {
  let value;
  return () => (value ??= fn());
};
const pct = (n, d) => `${((100 * n) / d).toFixed(1)}%`;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];

/** A fixed-width stand-in for the browser's text measurement (the layout takes it as a function). */
const measureText = (text, font) => text.length * font.size * 0.6;

const boxesOverlap = (a, b, margin = 0) =>
  a.x + margin < b.x + b.width &&
  b.x + margin < a.x + a.width &&
  a.y + margin < b.y + b.height &&
  b.y + margin < a.y + a.height;

/**
 * What a laid-out swimlane diagram must satisfy, in words: everything laid out, no two step boxes (nor their
 * footprints: badges, speech tails) overlapping, every step inside its lane, and every flow orthogonal, starting
 * and ending on the outline of its steps and never running through a step.
 */
function layoutProblems(layout, doc) {
  const problems = layout.diagnostics.map((d) => `${d.code}: ${d.message}`);
  if (layout.steps.length !== doc.steps.length)
    problems.push(`${layout.steps.length} of ${doc.steps.length} steps laid out`);
  if (layout.flows.length !== doc.flows.length)
    problems.push(`${layout.flows.length} of ${doc.flows.length} flows laid out`);
  const steps = layout.steps;
  const eps = 0.5;
  const inside = (a, b) =>
    a.x >= b.x - eps &&
    a.y >= b.y - eps &&
    a.x + a.width <= b.x + b.width + eps &&
    a.y + a.height <= b.y + b.height + eps;
  for (let i = 0; i < steps.length; i++) {
    for (let j = i + 1; j < steps.length; j++) {
      if (boxesOverlap(steps[i], steps[j])) problems.push(`steps ${steps[i].id} and ${steps[j].id} overlap`);
      else if (boxesOverlap(steps[i].footprint, steps[j].footprint)) {
        problems.push(`footprints of ${steps[i].id} and ${steps[j].id} overlap`);
      }
    }
    const lane = layout.lanes[steps[i].lane];
    if (layout.lanes.length && !(lane && inside(steps[i].footprint, lane)))
      problems.push(`step ${steps[i].id} is outside its lane`);
  }
  const byId = new Map(steps.map((s) => [s.id, s]));
  const onOutline = (p, s) =>
    !!p &&
    !!s &&
    [
      [s.x, s.cy],
      [s.x + s.width, s.cy],
      [s.cx, s.y],
      [s.cx, s.y + s.height],
    ].some(([x, y]) => Math.abs(x - p.x) < eps && Math.abs(y - p.y) < eps);
  for (const f of layout.flows) {
    if (!onOutline(f.points[0], byId.get(f.from))) problems.push(`flow ${f.id} does not leave ${f.from}'s outline`);
    if (!onOutline(f.points[f.points.length - 1], byId.get(f.to)))
      problems.push(`flow ${f.id} does not reach ${f.to}'s outline`);
    for (let i = 0; i + 1 < f.points.length; i++) {
      const [a, b] = [f.points[i], f.points[i + 1]];
      if (Math.abs(a.x - b.x) > 0.01 && Math.abs(a.y - b.y) > 0.01)
        problems.push(`flow ${f.id} has a diagonal segment`);
      const segment = {
        x: Math.min(a.x, b.x),
        y: Math.min(a.y, b.y),
        width: Math.abs(a.x - b.x),
        height: Math.abs(a.y - b.y),
      };
      for (const s of steps) {
        if (boxesOverlap(segment, s, 1)) problems.push(`flow ${f.id} (${f.from} → ${f.to}) runs through ${s.id}`);
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// 1. ServiceNow (UCI "incident management process enriched event log")
//
// The export has no zone (`29/2/2016 15:53`, day first). Assumed zone: America/Sao_Paulo. The dataset's authors
// (Amaral, Fantinato, Peres) are at the University of São Paulo, and the sample's activity peaks 08:00–18:00 in
// these wall-clock times, as a local office's would. Over the sample's span (29 Feb – 20 Jun 2016) São Paulo kept
// UTC−03:00 throughout (summer time ended 21 Feb and began again 16 Oct 2016), which the test checks.
// ---------------------------------------------------------------------------------------------------------------

const SAO_PAULO = 'America/Sao_Paulo';

const servicenowSop = itsmSop({
  id: 'servicenow-incidents',
  title: 'Incident handling (ServiceNow sample)',
  businessHours: {
    timeZone: SAO_PAULO,
    days: WEEKDAYS,
    start: '08:00',
    end: '18:00',
    holidays: ['2016-03-25', '2016-04-21', '2016-05-26'],
  },
  priorities: [
    { id: 'p1', name: '1 - Critical', tone: 'critical', response: 'PT15M', resolution: 'PT4H' },
    { id: 'p2', name: '2 - High', tone: 'high', response: 'PT30M', resolution: 'PT8H' },
    { id: 'p3', name: '3 - Moderate', tone: 'medium', response: 'PT4H', resolution: 'P3D', hours: 'business' },
    { id: 'p4', name: '4 - Low', tone: 'low', response: 'P1D', resolution: 'P5D', hours: 'business' },
  ],
});

/**
 * Working minutes between two minute-aligned instants, counted minute by minute on a fixed UTC offset: an
 * independent check of the library's calendar, valid where the zone keeps one offset (São Paulo in 2016's sample).
 */
function workingMinutes(fromMs, toMs, hours, offsetMinutes) {
  const names = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
  const [sh, sm] = hours.start.split(':').map(Number);
  const [eh, em] = hours.end.split(':').map(Number);
  let count = 0;
  for (let t = fromMs; t < toMs; t += 60_000) {
    const local = new Date(t + offsetMinutes * 60_000);
    const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
    const day = local.toISOString().slice(0, 10);
    if (!hours.days.includes(names[local.getUTCDay()]) || hours.holidays?.includes(day)) continue;
    if (minute >= sh * 60 + sm && minute < eh * 60 + em) count++;
  }
  return count;
}

const servicenow = once(async () => {
  const rows = parseCsv(await readFixture(SERVICENOW));
  const incidents = servicenowIncidents(rows, { sopId: servicenowSop.id, stamp: (p) => zonedIso(p, SAO_PAULO) });
  return { rows, incidents };
});

test(
  'ServiceNow log: every incident becomes a valid incident/v1 record with consistent clocks',
  { skip: skipUnless(SERVICENOW) },
  async (t) => {
    assert.deepEqual(validateSop(servicenowSop), []);
    const { rows, incidents } = await servicenow();
    assert.equal(new Set(rows.map((r) => r.number)).size, incidents.length);
    assert.ok(incidents.length >= 40, `only ${incidents.length} incidents`);
    const variants = sopVariants(servicenowSop);
    const now = latestEventMs(incidents.map((i) => i.record));
    let events = 0;
    let paused = 0;
    for (const { number, record, reopenCount } of incidents) {
      events += record.events.length;
      assert.ok(record.priority, `${number}: no priority`);
      assert.deepEqual(validateIncident(record, servicenowSop), [], number);
      for (const e of record.events)
        assert.match(e.at, /-03:00$/, `${number}: ${e.at} is not in São Paulo's 2016 offset`);
      assert.equal(
        record.events.filter((e) => e.type === 'reopened').length,
        reopenCount,
        `${number}: reopenings in the transitions vs the log's reopen_count`,
      );
      const { problems, pausedMs } = clockProblems(record, variants, now);
      assert.deepEqual(problems, [], number);
      if (pausedMs > 0) paused++;
      const business = computeClocks(normalizeIncident(record), variants.business, now);
      const hours = servicenowSop.businessHours;
      for (const which of ['response', 'resolution']) {
        const c = business[which];
        let minutes = workingMinutes(c.startMs, c.endMs, hours, -180);
        for (const [a, b] of c.pausedIntervals) minutes -= workingMinutes(a, b, hours, -180);
        assert.equal(c.elapsedMs, minutes * 60_000, `${number}: business ${which} vs a minute-by-minute count`);
      }
    }
    assert.ok(paused > 0, 'no incident was ever paused: the Awaiting states were not mapped');
    t.diagnostic(`${incidents.length} incidents, ${rows.length} rows → ${events} events; ${paused} incidents paused`);
  },
);

test(
  'ServiceNow log: our resolution SLA against the log’s own made_sla',
  { skip: skipUnless(SERVICENOW) },
  async (t) => {
    const { incidents } = await servicenow();
    const model = normalizeSop(servicenowSop);
    const now = latestEventMs(incidents.map((i) => i.record));
    const table = { 'met/met': 0, 'met/missed': 0, 'missed/met': 0, 'missed/missed': 0 };
    for (const { number, record, madeSla } of incidents) {
      assert.equal(typeof madeSla, 'boolean', `${number}: made_sla is not true/false`);
      const { resolution } = computeClocks(normalizeIncident(record), model, now);
      assert.ok(
        resolution && !resolution.running && resolution.targetMs !== undefined,
        `${number}: no stopped, targeted clock`,
      );
      table[`${madeSla ? 'met' : 'missed'}/${resolution.breached ? 'missed' : 'met'}`]++;
    }
    const agree = table['met/met'] + table['missed/missed'];
    // The log's SLA definitions are not published (its made_sla is even false for some 2-minute resolutions), so
    // agreement is reported, not asserted: what is asserted is that both verdicts exist for every incident.
    assert.equal(
      Object.values(table).reduce((a, b) => a + b, 0),
      incidents.length,
    );
    t.diagnostic(
      `made_sla vs our resolution clock (log/ours): ${JSON.stringify(table)}; agreement ${agree}/${incidents.length} = ${pct(agree, incidents.length)}`,
    );
  },
);

test(
  'ServiceNow log read month-first by mistake: diagnostics, never a throw',
  { skip: skipUnless(SERVICENOW) },
  async (t) => {
    // A classic integration mistake: reading `29/2/2016` as month/day. Impossible dates must come out as
    // INCIDENT_BAD_TIMESTAMP at the event that has them, and nothing may throw.
    const { rows } = await servicenow();
    const pad = (n) => String(n).padStart(2, '0');
    const misread = servicenowIncidents(rows, {
      sopId: servicenowSop.id,
      stamp: (p) => `${p.year}-${pad(p.day)}-${pad(p.month)}T${pad(p.hour)}:${pad(p.minute)}:00-03:00`,
    });
    const model = normalizeSop(servicenowSop);
    const counts = {};
    let rejected = 0;
    for (const { number, record } of misread) {
      const diagnostics = validateIncident(record, servicenowSop);
      for (const d of diagnostics) counts[d.code] = (counts[d.code] ?? 0) + 1;
      const impossible = record.events
        .map((e, i) => ({
          i,
          month: Number(e.at.slice(5, 7)),
          day: Number(e.at.slice(8, 10)),
          y: Number(e.at.slice(0, 4)),
        }))
        .filter(({ month, day, y }) => month > 12 || day > new Date(Date.UTC(y, month, 0)).getUTCDate())
        .map(({ i }) => `/events/${i}/at`);
      assert.deepEqual(
        diagnostics.filter((d) => d.code === 'INCIDENT_BAD_TIMESTAMP').map((d) => d.path),
        impossible,
        number,
      );
      for (const d of diagnostics) {
        assert.ok(
          [
            'INCIDENT_BAD_TIMESTAMP',
            'INCIDENT_NO_DETECTED',
            'INCIDENT_UNMATCHED_RESUME',
            'INCIDENT_OUT_OF_ORDER',
            'INCIDENT_RESOLVED_BEFORE_DETECTED',
          ].includes(d.code),
          `${number}: unexpected ${d.code}: ${d.message}`,
        );
        assert.ok(d.message.length > 20 && typeof d.path === 'string');
      }
      const checked = checkIncident(record, servicenowSop);
      if (impossible.length) {
        rejected++;
        assert.equal(checked.document, undefined, `${number}: a record with errors must not be handed on`);
      }
      assert.doesNotThrow(() => computeClocks(normalizeIncident(record), model, Date.UTC(2016, 6, 1)));
    }
    assert.ok(rejected > 0 && counts.INCIDENT_BAD_TIMESTAMP > 0);
    t.diagnostic(`${rejected}/${misread.length} records rejected; diagnostics ${JSON.stringify(counts)}`);
  },
);

// ---------------------------------------------------------------------------------------------------------------
// 2. Volvo IT (BPI Challenge 2013). Timestamps carry their offset (Swedish local time); waits pause the clock.
// ---------------------------------------------------------------------------------------------------------------

const volvoSop = itsmSop({
  id: 'volvo-vinst',
  title: 'Incident handling (Volvo IT VINST sample)',
  businessHours: {
    timeZone: 'Europe/Stockholm',
    days: WEEKDAYS,
    start: '08:00',
    end: '17:00',
    holidays: ['2012-04-06', '2012-04-09', '2012-05-01', '2012-05-17'],
  },
  priorities: [
    { id: 'p1', name: 'Major impact', tone: 'critical', response: 'PT30M', resolution: 'PT8H' },
    { id: 'p2', name: 'High impact', tone: 'high', response: 'PT1H', resolution: 'P1D' },
    { id: 'p3', name: 'Medium impact', tone: 'medium', response: 'PT4H', resolution: 'P3D', hours: 'business' },
    { id: 'p4', name: 'Low impact', tone: 'low', response: 'P1D', resolution: 'P5D', hours: 'business' },
  ],
});

test(
  'Volvo IT log: cases validate, waits pause the resolution clock, clocks stay consistent',
  { skip: skipUnless(VOLVO) },
  async (t) => {
    assert.deepEqual(validateSop(volvoSop), []);
    const rows = parseCsv(await readFixture(VOLVO));
    for (const row of rows) {
      const at = row['time:timestamp'];
      const ms = timestampMs(at);
      assert.ok(ms !== undefined, `${at} does not parse`);
      const hours = zoneOffsetMs(ms, 'Europe/Stockholm') / 3_600_000;
      const expected = `${hours < 0 ? '-' : '+'}${String(Math.abs(hours)).padStart(2, '0')}:00`;
      assert.equal(at.slice(-6), expected, `${at}: not Swedish local time`);
    }
    const incidents = volvoIncidents(rows, { sopId: volvoSop.id });
    const variants = sopVariants(volvoSop);
    const now = latestEventMs(incidents.map((i) => i.record));
    const counts = { cases: incidents.length, waited: 0, reopened: 0, escalated: 0, breached: 0 };
    for (const { caseId, record } of incidents) {
      assert.ok(record.priority, `${caseId}: impact not mapped`);
      assert.deepEqual(validateIncident(record, volvoSop), [], caseId);
      const { problems, clocks, pausedMs } = clockProblems(record, variants, now);
      assert.deepEqual(problems, [], caseId);
      const waits = rows.filter((r) => r.case_id === caseId && r['lifecycle:transition'].startsWith('Wait'));
      const lastWait = waits.length ? timestampMs(waits[waits.length - 1]['time:timestamp']) : undefined;
      if (lastWait !== undefined && lastWait < clocks.resolution.endMs) {
        assert.ok(pausedMs > 0, `${caseId} waited but its resolution clock never paused`);
        counts.waited++;
      }
      if (record.events.some((e) => e.type === 'reopened')) counts.reopened++;
      if (record.events.some((e) => e.type === 'escalated')) counts.escalated++;
      if (clocks.resolution.breached) counts.breached++;
    }
    assert.equal(incidents.length, new Set(rows.map((r) => r.case_id)).size);
    assert.ok(counts.waited > 0);
    t.diagnostic(`${rows.length} rows → ${JSON.stringify(counts)}`);
  },
);

// ---------------------------------------------------------------------------------------------------------------
// 3. Helpdesk (XES, gzip). The levels of `seriousness_2` are anonymised ("Value 1" …), so they become s1…s4 with
// illustrative 24x7 targets; the business-hours invariants run on every tenth ticket (a business-hours clock costs
// about 1 ms per ticket here, against a few µs under 24x7) to keep the suite fast.
// ---------------------------------------------------------------------------------------------------------------

const helpdeskSop = itsmSop({
  id: 'helpdesk',
  title: 'Helpdesk tickets',
  businessHours: { timeZone: 'Europe/Rome', days: WEEKDAYS, start: '09:00', end: '18:00' },
  priorities: [
    { id: 's1', name: 'Seriousness 1', response: 'P1D', resolution: 'P7D' },
    { id: 's2', name: 'Seriousness 2', response: 'P1D', resolution: 'P7D' },
    { id: 's3', name: 'Seriousness 3', response: 'P1D', resolution: 'P7D' },
    { id: 's4', name: 'Seriousness 4', response: 'P1D', resolution: 'P7D' },
  ],
});

test(
  'Helpdesk XES log: 4,580 tickets validate; MTTA/MTTR match an independent reading',
  { skip: skipUnless(HELPDESK) },
  async (t) => {
    assert.deepEqual(validateSop(helpdeskSop), []);
    const xml = gunzipSync(await readFixtureBytes(HELPDESK)).toString('utf8');
    const log = parseXes(xml);
    const eventCount = log.traces.reduce((n, tr) => n + tr.events.length, 0);
    // SOURCE.md: 4,580 tickets, 21,348 events
    assert.equal(log.traces.length, 4580);
    assert.equal(eventCount, 21348);
    for (const trace of log.traces) {
      for (const e of trace.events) assert.ok(timestampMs(e.attributes['time:timestamp']) !== undefined);
    }
    const records = helpdeskIncidents(log, { sopId: helpdeskSop.id });
    const variants = sopVariants(helpdeskSop);
    const sample = { ...variants, business: undefined };
    const now = latestEventMs(records);
    const items = [];
    const reference = { response: [], resolution: [] };
    records.forEach((record, n) => {
      assert.deepEqual(validateIncident(record, helpdeskSop), [], record.id);
      const { problems } = clockProblems(record, n % 10 === 0 ? variants : sample, now);
      assert.deepEqual(problems, [], record.id);
      items.push({ incident: normalizeIncident(record), sop: variants.model });
      const r = referenceClocks(record);
      if (r.responseMs !== undefined) reference.response.push(r.responseMs);
      if (r.resolutionMs !== undefined) reference.resolution.push(r.resolutionMs);
    });
    const mean = (list) => list.reduce((a, b) => a + b, 0) / list.length;
    const summary = summarizeIncidents(items, now);
    const clocks = items.map(({ incident, sop }) => computeClocks(incident, sop, now));
    assert.equal(summary.count, 4580);
    assert.equal(summary.acknowledged, reference.response.length);
    assert.equal(summary.resolved, reference.resolution.length);
    assert.ok(
      Math.abs(summary.mttaMs - mean(reference.response)) < 1,
      `MTTA ${summary.mttaMs} vs ${mean(reference.response)}`,
    );
    assert.ok(
      Math.abs(summary.mttrMs - mean(reference.resolution)) < 1,
      `MTTR ${summary.mttrMs} vs ${mean(reference.resolution)}`,
    );
    assert.equal(computeMtta(clocks), summary.mttaMs);
    assert.equal(computeMttr(clocks), summary.mttrMs);
    const paused = records.filter((r) => r.events.some((e) => e.type === 'paused')).length;
    const reopened = records.filter((r) => r.events.some((e) => e.type === 'reopened')).length;
    t.diagnostic(
      `${records.length} tickets, ${eventCount} events; MTTA ${formatDuration(summary.mttaMs)}, MTTR ${formatDuration(summary.mttrMs)} ` +
        `(pauses excluded); ${paused} paused, ${reopened} reopened; breaches: response ${summary.responseBreaches}, ` +
        `resolution ${summary.resolutionBreaches} against the illustrative P1D / P7D targets`,
    );
  },
);

// ---------------------------------------------------------------------------------------------------------------
// 4. DFDS postmortems. Timeline rows have no zone; each document states one ("All times in UTC." or a "Date and
// Time in CET" header). CET is taken as written, UTC+01:00: DFDS is in Copenhagen, and the one summer-time
// timeline (pm2020-007, October 2020) may mean Danish local time (UTC+02:00); that would move its instants by an
// hour but not its durations.
// ---------------------------------------------------------------------------------------------------------------

test(
  'DFDS postmortems: timelines become records; zone-less times are refused, zone-aware ones validate',
  { skip: skipUnless(DFDS) },
  async (t) => {
    const files = (await readdir(fixturePath(DFDS))).filter((f) => /^pm\d{4}-.*\.md$/.test(f)).sort();
    assert.ok(files.length >= 10, `only ${files.length} postmortems`);
    const figures = [];
    for (const file of files) {
      await t.test(file, async () => {
        const markdown = await readFixture(`${DFDS}/${file}`);
        const id = file.replace(/\.md$/, '');
        const zone = statedZone(markdown);
        assert.ok(zone && ZONE_OFFSETS[zone], `${file} states no zone for its timeline`);

        const naive = postmortemIncident(id, markdown, (date, time) => `${date}T${time}:00`);
        assert.ok(naive.rows.length > 0, 'no timed row in the timeline');
        const naiveDiagnostics = validateIncident(naive.record);
        assert.deepEqual(
          naiveDiagnostics.filter((d) => d.code === 'INCIDENT_NO_ZONE').map((d) => [d.severity, d.path]),
          naive.record.events.map((_, i) => ['error', `/events/${i}/at`]),
        );
        assert.equal(checkIncident(naive.record).document, undefined);
        for (const d of naiveDiagnostics)
          assert.ok(['INCIDENT_NO_ZONE', 'INCIDENT_NO_DETECTED'].includes(d.code), d.code);

        const offset = ZONE_OFFSETS[zone];
        const { record, rows, skipped } = postmortemIncident(
          id,
          markdown,
          (date, time) => `${date}T${time}:00${offset}`,
        );
        const diagnostics = validateIncident(record);
        assert.deepEqual(
          diagnostics.filter((d) => d.severity === 'error'),
          [],
        );
        // the only warning allowed: rows the author listed out of time order, exactly where they are
        const outOfOrder = [];
        rows.forEach((row, i) => {
          if (rows.slice(0, i).some((r) => `${r.date}T${r.time}` > `${row.date}T${row.time}`))
            outOfOrder.push(`/events/${i}/at`);
        });
        assert.deepEqual(
          diagnostics.map((d) => [d.code, d.path]),
          outOfOrder.map((p) => ['INCIDENT_OUT_OF_ORDER', p]),
        );
        const model = normalizeIncident(record);
        assert.equal(model.events.length, rows.length);
        for (let i = 1; i < model.events.length; i++)
          assert.ok(model.events[i - 1].ms <= model.events[i].ms, 'not in time order');
        const first = rows.reduce((a, b) => (`${b.date}T${b.time}` < `${a.date}T${a.time}` ? b : a));
        assert.equal(model.events[0].ms, Date.parse(`${first.date}T${first.time}:00${offset}`));
        for (const s of skipped) assert.ok(s.reason, `row on line ${s.line} skipped without a reason`);
        const clocks = computeClocks(model, undefined, model.events[model.events.length - 1].ms);
        assert.ok(clocks.resolution && clocks.resolution.elapsedMs >= 0);
        figures.push(
          `${id.slice(0, 10)} ${zone}: ${rows.length} timed, ${skipped.length} untimed; response ${formatDuration(clocks.response.elapsedMs) || '0'}, ` +
            `resolution ${clocks.resolution.running ? 'still running' : formatDuration(clocks.resolution.elapsedMs) || '0'}`,
        );
      });
    }
    for (const line of figures) t.diagnostic(line);
  },
);

test('DFDS postmortems: known figures survive the conversion', { skip: skipUnless(DFDS) }, async () => {
  const read = async (name) =>
    postmortemIncident(name, await readFixture(`${DFDS}/${name}.md`), (d, tm) => `${d}T${tm}:00`);
  // 00:30 CET on 4 December 2019 is 23:30 UTC on the 3rd
  const cet = await read('pm2019-010-hellman-kubernetes-cluster-node-deletion');
  const cetRecord = { ...cet.record, events: cet.record.events.map((e) => ({ ...e, at: `${e.at}+01:00` })) };
  assert.equal(normalizeIncident(cetRecord).events[0].ms, Date.UTC(2019, 11, 3, 23, 30));
  // "Issue detected as a result of alerts" 08:29 → "(resolved)" 08:46, investigation from 08:30 (UTC)
  const pm = await read('pm2021-005-all-services-returning-503-in-kubernetes');
  const utc = { ...pm.record, events: pm.record.events.map((e) => ({ ...e, at: `${e.at}Z` })) };
  const clocks = computeClocks(normalizeIncident(utc), undefined, Date.UTC(2021, 5, 23));
  assert.equal(clocks.response.elapsedMs, 60_000);
  assert.equal(clocks.resolution.elapsedMs, 17 * 60_000);
  assert.equal(clocks.resolution.running, false);
  // a timeline whose times the author left as "HH:mm" keeps only the rows with a real time
  const alb = await read('pm2022-006-alb-502-errors');
  assert.deepEqual(
    alb.rows.map((r) => `${r.date} ${r.time}`),
    ['2022-06-07 08:30'],
  );
  assert.ok(alb.skipped.length >= 8 && alb.skipped.every((s) => s.reason === 'time left unknown by the author'));
});

// ---------------------------------------------------------------------------------------------------------------
// 5. Incident-response handbooks as SOPs.
// ---------------------------------------------------------------------------------------------------------------

test(
  'PagerDuty handbook: severities and roles make a valid SOP whose SEV-1 lens lights the major-incident path',
  {
    skip: skipUnless(
      `${PAGERDUTY}/before-severity_levels.md`,
      `${PAGERDUTY}/before-different_roles.md`,
      `${PAGERDUTY}/during-during_an_incident.md`,
    ),
  },
  async (t) => {
    const sop = pagerdutySop({
      severityMd: await readFixture(`${PAGERDUTY}/before-severity_levels.md`),
      rolesMd: await readFixture(`${PAGERDUTY}/before-different_roles.md`),
      duringMd: await readFixture(`${PAGERDUTY}/during-during_an_incident.md`),
    });
    assert.deepEqual(validateSop(sop), []);
    assert.deepEqual(
      sop.priorities.map((p) => p.name),
      ['SEV-1', 'SEV-2', 'SEV-3', 'SEV-4', 'SEV-5'],
    );
    // the page gives no response times, so none is invented; major incidents get the 30-minute update cadence
    assert.ok(sop.priorities.every((p) => p.response === undefined && p.resolution === undefined));
    assert.deepEqual(
      sop.priorities.map((p) => p.updates ?? null),
      ['PT30M', 'PT30M', null, null, null],
    );
    for (const role of [
      'incident-commander',
      'deputy',
      'scribe',
      'subject-matter-expert',
      'customer-liaison',
      'internal-liaison',
    ]) {
      assert.ok(
        sop.roles.some((r) => r.id === role && r.description),
        `role ${role} missing`,
      );
    }
    const model = normalizeSop(sop);
    const sev1 = applyLens(model, { priority: 'sev-1' });
    for (const id of [
      'detected',
      'classify',
      'sev-1-response',
      'incident-commander-1',
      'scribe-1',
      'deputy-1',
      'call-over',
    ]) {
      assert.ok(sev1.steps.has(id), `SEV-1 does not light ${id}`);
    }
    for (const id of ['sev-2-response', 'sev-4-response', 'sev-5-response', 'handled'])
      assert.ok(!sev1.steps.has(id), `SEV-1 lights ${id}`);
    for (const direction of ['horizontal', 'vertical']) {
      assert.deepEqual(layoutProblems(layoutFlow(model, { measureText, direction }), sop), [], direction);
    }
    const sev5 = applyLens(model, { priority: 'sev-5' });
    assert.ok(!sev5.steps.has('incident-commander-1'), 'SEV-5 reaches the Incident Commander');
    assert.ok(sev5.steps.has('handled'));
    // every step of every role is reachable under SEV-1: nobody's checklist is dimmed in a major incident
    const roleSteps = model.steps.filter((s) =>
      /^(incident-commander|deputy|scribe|subject-matter-expert|customer-liaison|internal-liaison)-\d+$/.test(s.id),
    );
    assert.deepEqual(
      roleSteps.filter((s) => !sev1.steps.has(s.id)).map((s) => s.id),
      [],
    );
    t.diagnostic(
      `${sop.roles.length} roles, ${sop.steps.length} steps, ${sop.flows.length} flows; SEV-1 lights ${sev1.steps.size} steps, SEV-5 ${sev5.steps.size}`,
    );
  },
);

test(
  'Mojaloop handbook: severity matrix, categories and roles make a valid SOP',
  { skip: skipUnless(MOJALOOP) },
  async (t) => {
    const sop = mojaloopSop(await readFixture(MOJALOOP));
    assert.deepEqual(validateSop(sop), []);
    assert.deepEqual(
      sop.priorities.map((p) => p.name),
      ['Severity 1 (Critical)', 'Severity 2 (Severe)', 'Severity 3 (Average)', 'Severity 4 (Minor)'],
    );
    assert.ok(sop.priorities.every((p) => p.description && p.response === undefined));
    assert.deepEqual(
      sop.categories.map((c) => c.name),
      ['Infrastructure', 'Mojaloop', 'Security', 'Settlements', 'Onboarding'],
    );
    assert.deepEqual(
      sop.roles.filter((r) => r.tier).map((r) => [r.tier, r.name]),
      [
        [1, 'Level 1 Team/Service Desk'],
        [2, 'Level 2 Team'],
        [3, 'Level 3 Team'],
      ],
    );
    assert.deepEqual(
      sop.steps.filter((s) => /^step-\d$/.test(s.id)).map((s) => s.label),
      [
        'Report and log incident, change request, or question',
        'Categorize and prioritize',
        'Investigate and resolve',
        'Escalate',
        'Close incident',
      ],
    );
    const model = normalizeSop(sop);
    assert.deepEqual(layoutProblems(layoutFlow(model, { measureText }), sop), []);
    const lit = applyLens(model, { priority: 's1', category: 'security' });
    assert.equal(lit.steps.size, sop.steps.length, 'the Severity 1 / Security lens dims a step');
    t.diagnostic(`${sop.roles.length} roles, ${sop.priorities.length} severities, ${sop.categories.length} categories`);
  },
);

// ---------------------------------------------------------------------------------------------------------------
// 6. Opsgenie's escalation schema. The file is a schema, not an example, so the test writes an escalation that the
// parsed schema accepts and maps that.
// ---------------------------------------------------------------------------------------------------------------

const opsgenieEscalation = {
  name: 'Payments on-call',
  description: 'Page the on-call, then the next on-call, then the lead; the whole team if still open after an hour.',
  ownerTeam: { name: 'payments' },
  rules: [
    {
      condition: 'if-not-acked',
      notifyType: 'default',
      delay: { timeAmount: 0, timeUnit: 'minutes' },
      recipient: { type: 'schedule', name: 'payments_schedule' },
    },
    {
      condition: 'if-not-acked',
      notifyType: 'next',
      delay: { timeAmount: 5, timeUnit: 'minutes' },
      recipient: { type: 'schedule', name: 'payments_schedule' },
    },
    {
      condition: 'if-not-acked',
      notifyType: 'default',
      delay: { timeAmount: 15, timeUnit: 'minutes' },
      recipient: { type: 'user', username: 'lead@example.com' },
    },
    {
      condition: 'if-not-closed',
      notifyType: 'all',
      delay: { timeAmount: 1, timeUnit: 'hours' },
      recipient: { type: 'team', name: 'payments' },
    },
  ],
  repeat: { waitInterval: 10, count: 2, resetRecipientStates: false, closeAlertAfterAll: false },
};

test(
  'Opsgenie escalation schema: read with a tiny YAML reader, mapped to a valid escalation policy',
  { skip: skipUnless(OPSGENIE) },
  async (t) => {
    const definitions = parseYaml(await readFixture(OPSGENIE));
    const rule = definitions.EscalationRule;
    assert.deepEqual(rule.required, ['condition', 'notifyType', 'delay', 'recipient']);
    assert.deepEqual(rule.properties.condition.enum, ['if-not-acked', 'if-not-closed']);
    assert.equal(rule.properties.condition.default, 'if-not-acked');
    assert.deepEqual(definitions.CreateEscalationPayload.required, ['name', 'rules']);
    assert.equal(definitions.EscalationRepeat.properties.count.type, 'integer');
    // every condition the vendor defines has a meaning in the format (fails if Opsgenie adds one)
    assert.deepEqual(Object.keys(CONDITIONS).sort(), [...rule.properties.condition.enum].sort());

    const check = checkSchema(opsgenieEscalation, definitions.CreateEscalationPayload, definitions);
    assert.deepEqual(check.errors, []);
    const broken = checkSchema(
      { ...opsgenieEscalation, rules: [{ ...opsgenieEscalation.rules[0], condition: 'if-not-seen' }] },
      definitions.CreateEscalationPayload,
      definitions,
    );
    assert.deepEqual(broken.errors, ['/rules/0/condition: "if-not-seen" is not one of if-not-acked, if-not-closed']);

    const { policy, roles, problems } = opsgenieToPolicy(opsgenieEscalation, 'p1');
    assert.deepEqual(problems, ['repeat.waitInterval 10 min is dropped: the format has no pause between repeats']);
    const sop = {
      format: 'sop/v1',
      id: 'payments-escalation',
      title: 'Payments escalation (from Opsgenie)',
      roles,
      priorities: [{ id: 'p1', name: 'P1', tone: 'critical', response: 'PT10M' }],
      steps: [
        { id: 'alert', type: 'start', label: 'Alert created', role: roles[0].id },
        { id: 'done', type: 'end', label: 'Closed', role: roles[0].id },
      ],
      flows: [{ from: 'alert', to: 'done' }],
      escalation: { policies: [policy] },
    };
    assert.deepEqual(validateSop(sop), []);
    const model = normalizeSop(sop);
    const p1 = model.policyByPriority.get('p1');
    assert.deepEqual(
      p1.steps.map((s) => [s.afterMs / 60_000, s.role, s.condition]),
      [
        [0, 'schedule-payments_schedule', 'unacknowledged'],
        [5, 'schedule-payments_schedule', 'unacknowledged'],
        [15, 'user-lead-example-com', 'unacknowledged'],
        [60, 'team-payments', 'unresolved'],
      ],
    );
    assert.equal(p1.repeat, 2);
    // ten minutes in: the schedule has been paged twice, the lead is next at 15 minutes
    const matrix = layoutEscalation(model, { elapsed: 'PT10M' });
    const row = matrix.rows[0];
    const engaged = row.cells.filter((c) => c.engaged).map((c) => c.role);
    assert.deepEqual(engaged, ['schedule-payments_schedule']);
    assert.deepEqual(row.progress.next.roles, ['user-lead-example-com']);
    // the lead comes after the 10-minute response target: the matrix says so
    assert.ok(matrix.warnings.some((w) => w.code === 'MATRIX_LATE_ENGAGEMENT' && w.role === 'user-lead-example-com'));

    // what an integrator must not do: pass Opsgenie's words through, or guess a month's length
    const raw = structuredClone(sop);
    raw.escalation.policies[0].steps[0].condition = 'if-not-acked';
    assert.deepEqual(
      validateSop(raw).map((d) => [d.severity, d.code, d.path]),
      [['error', 'SOP_BAD_VALUE', '/escalation/policies/0/steps/0/condition']],
    );
    const months = opsgenieToPolicy(
      { rules: [{ ...opsgenieEscalation.rules[0], delay: { timeAmount: 1, timeUnit: 'months' } }] },
      'p1',
    );
    assert.deepEqual(months.policy.steps, []);
    assert.match(months.problems[0], /months has no fixed length/);
    t.diagnostic(
      `unresolved references (defined in other files of the API): ${[...check.unresolved].sort().join(', ')}`,
    );
  },
);

// ---------------------------------------------------------------------------------------------------------------
// 7. BPMN MIWG reference models → SOPs, validated and laid out.
//
// Allowed warnings, each where the reference model genuinely has it (checked against the BPMN, not the SOP):
// SOP_DECISION_BRANCHES on a converging exclusive/inclusive gateway (one outgoing flow: it merges, it does not
// choose) and SOP_END_HAS_OUTGOING on a message end event that a message flow leaves.
// ---------------------------------------------------------------------------------------------------------------

test(
  'BPMN MIWG reference models: lanes, tasks, gateways and events become valid, drawable SOPs',
  { skip: skipUnless(BPMN) },
  async (t) => {
    const files = (await readdir(fixturePath(BPMN))).filter((f) => f.endsWith('.bpmn')).sort();
    assert.ok(files.length >= 8, `only ${files.length} models`);
    const figures = [];
    for (const file of files) {
      await t.test(file, async () => {
        const bpmn = readBpmn(decodeXml(await readFixtureBytes(`${BPMN}/${file}`)));
        const id = `miwg-${file
          .replace(/\.bpmn$/, '')
          .replace(/\./g, '-')
          .toLowerCase()}`;
        assert.match(id, SLUG_RE);
        const { main, children, report } = bpmnToSops(bpmn, { id });

        // every flow node became exactly one step, in one of the SOPs
        const sopOf = (bpmnId) => Object.keys(report.stepIds).filter((s) => Object.hasOwn(report.stepIds[s], bpmnId));
        const allNodes = (nodes) => nodes.flatMap((n) => [n, ...(n.inner ? allNodes(n.inner.nodes) : [])]);
        const nodes = bpmn.processes.flatMap((p) => allNodes(p.nodes));
        const docs = [main, ...children];
        assert.equal(
          docs.reduce((n, d) => n + d.steps.length, 0),
          nodes.length,
        );
        // what the reference model genuinely has that the format warns about, read from the BPMN
        const expected = [];
        for (const n of nodes) {
          const owners = sopOf(n.id);
          assert.equal(owners.length, 1, `${n.kind} "${n.name}" is in ${owners.length} SOPs`);
          const step = report.stepIds[owners[0]][n.id];
          if (CHOOSING_GATEWAYS.has(n.kind) && n.outgoing.length < 2)
            expected.push([owners[0], 'SOP_DECISION_BRANCHES', step]);
          if (n.kind === 'endEvent' && bpmn.messageFlows.some((m) => m.sourceRef === n.id)) {
            expected.push([owners[0], 'SOP_END_HAS_OUTGOING', step]);
          }
        }
        const lanes = bpmn.processes.flatMap((p) => p.lanes.map((l) => l.name));
        assert.deepEqual(
          lanes.filter((name) => !(main.roles ?? []).some((r) => r.name === name)),
          [],
          'a lane did not become a role',
        );
        const found = [];
        for (const doc of docs) {
          assert.match(doc.id, SLUG_RE);
          const diagnostics = validateSop(doc);
          assert.deepEqual(
            diagnostics.filter((d) => d.severity === 'error'),
            [],
            `${doc.id}: errors`,
          );
          for (const d of diagnostics) found.push([doc.id, d.code, doc.steps[Number(d.path.split('/')[2])]?.id]);
          const model = normalizeSop(doc);
          for (const direction of ['horizontal', 'vertical']) {
            assert.deepEqual(
              layoutProblems(layoutFlow(model, { measureText, direction }), doc),
              [],
              `${doc.id} (${direction})`,
            );
          }
        }
        const sortKey = (x) => x.join(' ');
        assert.deepEqual(found.map(sortKey).sort(), expected.map(sortKey).sort());
        // every sub-process reference leads to a generated SOP, except collapsed sub-processes (defined elsewhere)
        for (const ref of report.subprocessRefs) {
          assert.equal(ref.resolved, ref.kind === 'callActivity' || ref.expanded, `${ref.step} → ${ref.sop}`);
        }
        assert.deepEqual(report.skippedMessageFlows, []);
        figures.push(
          `${file}: ${(main.roles ?? []).length} roles, ${main.steps.length} steps, ${main.flows.length} flows, ${children.length} sub-procedures; ` +
            `warnings ${found.map((f) => f[1].replace('SOP_', '')).join(', ') || 'none'}`,
        );
      });
    }
    for (const line of figures) t.diagnostic(line);
  },
);

// ---------------------------------------------------------------------------------------------------------------
// The skip path: without the fixtures folder every test above skips, with the reason, and none fails.
// ---------------------------------------------------------------------------------------------------------------

test(
  'without the fixtures folder every fixture test skips with a clear reason',
  { skip: process.env.SOP_FIXTURES_SELF_CHECK ? 'this is the self-check run' : false },
  () => {
    const missing = `${fixturesDir}-does-not-exist`;
    // a plain run, not a child of this test runner (which would talk to it in its own protocol instead of TAP)
    const { NODE_TEST_CONTEXT: _context, ...env } = process.env;
    const r = spawnSync(process.execPath, ['--test', '--test-reporter=tap', fileURLToPath(import.meta.url)], {
      encoding: 'utf8',
      env: { ...env, SOP_FIXTURES_DIR: missing, SOP_FIXTURES_SELF_CHECK: '1' },
      timeout: 60_000,
    });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    const counts = Object.fromEntries(
      [...r.stdout.matchAll(/^# (tests|pass|fail|skipped) (\d+)$/gm)].map((m) => [m[1], Number(m[2])]),
    );
    assert.equal(counts.fail, 0);
    assert.equal(counts.tests, counts.skipped, r.stdout);
    assert.ok(counts.skipped >= 12, r.stdout);
    const reasons = [...r.stdout.matchAll(/^ok \d+ - .* # SKIP (.*)$/gm)].map((m) => m[1]);
    assert.equal(reasons.length, counts.skipped);
    for (const reason of reasons) {
      if (reason === 'this is the self-check run') continue;
      assert.ok(reason.includes('shared fixtures folder not found') && reason.includes(missing), reason);
    }
  },
);
