import { expect } from '@open-wc/testing';
import {
  computeClocks,
  computeMitigation,
  computeMtta,
  computeMttr,
  summarizeIncidents,
  type IncidentClocks,
} from '../../src/model/clocks.js';
import { HOUR_MS, MINUTE_MS } from '../../src/model/duration.js';
import { normalizeIncident, normalizeSop, type IncidentModel, type SopModel } from '../../src/model/normalize.js';
import { timestampMs } from '../../src/model/time.js';
import type { BusinessHours, IncidentEvent, IncidentRecord, SopDocument } from '../../src/model/types.js';
import { clone, sampleSop } from '../helpers/docs.js';
import { loadExample } from '../helpers/examples.js';

const t = (s: string): number => {
  const ms = timestampMs(s);
  if (ms === undefined) throw new Error(`bad test timestamp ${s}`);
  return ms;
};
const h = (n: number) => n * HOUR_MS;
const min = (n: number) => n * MINUTE_MS;

/** sampleSop: p1 is 24x7 (PT15M / PT4H); p2 counts business hours, London 08:00–17:00 Mon–Fri (PT4H / P2D = 18 h). */
const sample = (): SopModel => normalizeSop(sampleSop());

function sopWithHours(hours: BusinessHours): SopModel {
  const doc = clone(sampleSop());
  doc.businessHours = hours;
  return normalizeSop(doc);
}

function incident(priority: string | undefined, events: [string, IncidentEvent['type']][]): IncidentModel {
  const record: IncidentRecord = {
    format: 'incident/v1',
    id: 'INC-T',
    title: 'Test',
    events: events.map(([at, type]) => ({ at, type })),
  };
  if (priority !== undefined) record.priority = priority;
  return normalizeIncident(record);
}

const LATER = t('2030-01-01T00:00:00Z');

describe('computeClocks', () => {
  it('measures calendar time from detection to acknowledgement and resolution under a 24x7 priority', () => {
    const inc = incident('p1', [
      ['2026-03-06T10:00:00Z', 'detected'],
      ['2026-03-06T10:20:00Z', 'acknowledged'],
      ['2026-03-06T12:00:00Z', 'resolved'],
    ]);
    const { response, resolution } = computeClocks(inc, sample(), LATER);
    expect(response).to.include({
      elapsedMs: min(20),
      targetMs: min(15),
      breached: true,
      running: false,
      hours: '24x7',
    });
    expect(response?.overByMs).to.equal(min(5));
    expect(response?.dueMs).to.equal(t('2026-03-06T10:15:00Z'));
    expect(response?.stopMs).to.equal(t('2026-03-06T10:20:00Z'));
    expect(resolution).to.include({ elapsedMs: h(2), targetMs: h(4), breached: false, running: false });
    expect(resolution?.remainingMs).to.equal(h(2));
    expect(resolution?.dueMs).to.equal(t('2026-03-06T14:00:00Z'));
    expect(resolution?.overByMs).to.equal(undefined);
  });

  it('starts at the first detected event even when the input lists events out of order', () => {
    const inc = incident('p1', [
      ['2026-03-06T12:00:00Z', 'resolved'],
      ['2026-03-06T10:05:00Z', 'acknowledged'],
      ['2026-03-06T10:00:00Z', 'detected'],
    ]);
    const { response, resolution } = computeClocks(inc, sample(), LATER);
    expect(response?.elapsedMs).to.equal(min(5));
    expect(resolution?.elapsedMs).to.equal(h(2));
  });

  it('starts at the first logged event when nothing was detected, and has no clocks without either', () => {
    const logged = incident('p1', [
      ['2026-03-06T10:00:00Z', 'logged'],
      ['2026-03-06T10:10:00Z', 'acknowledged'],
    ]);
    expect(computeClocks(logged, sample(), LATER).response?.elapsedMs).to.equal(min(10));
    const none = incident('p1', [['2026-03-06T10:10:00Z', 'acknowledged']]);
    expect(computeClocks(none, sample(), LATER)).to.deep.equal({});
  });

  it('counts only working hours across a weekend under a business-hours priority', () => {
    // Fri 16:00–17:00 (1 h) + Mon 08:00–10:30 (2 h 30 min) in London, GMT.
    const inc = incident('p2', [
      ['2026-03-06T16:00:00Z', 'detected'],
      ['2026-03-09T09:00:00Z', 'acknowledged'],
      ['2026-03-09T10:30:00Z', 'resolved'],
    ]);
    const { response, resolution } = computeClocks(inc, sample(), LATER);
    expect(response).to.include({ elapsedMs: h(2), targetMs: h(4), breached: false, hours: 'business' });
    // PT4H from Fri 16:00: 1 h on Friday, 3 h on Monday → Mon 11:00.
    expect(response?.dueMs).to.equal(t('2026-03-09T11:00:00Z'));
    expect(resolution).to.include({ elapsedMs: h(3.5), targetMs: h(18), breached: false });
    // P2D = 18 working hours: Fri 1 h, Mon 9 h, Tue 8 h → Tue 16:00.
    expect(resolution?.dueMs).to.equal(t('2026-03-10T16:00:00Z'));
  });

  it('follows the Europe/London DST change of 2026-03-29', () => {
    // Fri 27 Mar 16:00 GMT → Mon 30 Mar 09:00 BST: 1 h + 1 h. Counting 08:00–17:00 in UTC would give 1 h.
    const inc = incident('p2', [
      ['2026-03-27T16:00:00Z', 'detected'],
      ['2026-03-30T09:00:00+01:00', 'resolved'],
    ]);
    const { resolution, response } = computeClocks(inc, sample(), LATER);
    expect(resolution?.elapsedMs).to.equal(h(2));
    // No acknowledgement: the resolution is the response. PT4H due Mon 11:00 BST = 10:00Z.
    expect(response?.elapsedMs).to.equal(h(2));
    expect(response?.dueMs).to.equal(t('2026-03-30T11:00:00+01:00'));
    // A 24x7 clock across the change counts real time: 00:30 GMT → 03:30 BST is 2 h, not 3 h.
    const night = incident('p1', [
      ['2026-03-29T00:30:00+00:00', 'detected'],
      ['2026-03-29T03:30:00+01:00', 'resolved'],
    ]);
    expect(computeClocks(night, sample(), LATER).resolution?.elapsedMs).to.equal(h(2));
  });

  it('follows the America/New_York DST change of 2026-03-08 with a seven-day calendar', () => {
    const sop = sopWithHours({
      timeZone: 'America/New_York',
      days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      start: '08:00',
      end: '17:00',
    });
    // Sat 16:00 EST → Sun 10:00 EDT: Sat 1 h + Sun 2 h (17 h of real time).
    const inc = incident('p2', [
      ['2026-03-07T16:00:00-05:00', 'detected'],
      ['2026-03-08T10:00:00-04:00', 'resolved'],
    ]);
    expect(computeClocks(inc, sop, LATER).resolution?.elapsedMs).to.equal(h(3));
  });

  it('skips holidays of the calendar', () => {
    const sop = sopWithHours({
      timeZone: 'Europe/London',
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      start: '08:00',
      end: '17:00',
      holidays: ['2026-04-03', '2026-04-06'],
    });
    // Thu 2 Apr 16:00 → Tue 7 Apr 09:00 BST: Good Friday and Easter Monday are holidays.
    const inc = incident('p2', [
      ['2026-04-02T16:00:00+01:00', 'detected'],
      ['2026-04-07T09:00:00+01:00', 'resolved'],
    ]);
    expect(computeClocks(inc, sop, LATER).resolution?.elapsedMs).to.equal(h(2));
  });

  it('stops the resolution clock between paused and resumed, and moves the due time by the pause', () => {
    const inc = incident('p1', [
      ['2026-03-06T10:00:00Z', 'detected'],
      ['2026-03-06T10:05:00Z', 'acknowledged'],
      ['2026-03-06T10:30:00Z', 'paused'],
      ['2026-03-06T12:00:00Z', 'resumed'],
      ['2026-03-06T13:00:00Z', 'resolved'],
    ]);
    const { response, resolution } = computeClocks(inc, sample(), LATER);
    expect(response?.elapsedMs).to.equal(min(5));
    expect(response?.pausedIntervals).to.deep.equal([]);
    expect(resolution?.elapsedMs).to.equal(h(1.5));
    expect(resolution?.pausedIntervals).to.deep.equal([[t('2026-03-06T10:30:00Z'), t('2026-03-06T12:00:00Z')]]);
    // 4 h target: 30 min before the pause, 1 h after it, 2 h 30 min more after 13:00 → 15:30.
    expect(resolution?.dueMs).to.equal(t('2026-03-06T15:30:00Z'));
  });

  it('counts a pause still open at the resolution, or at now, as paused', () => {
    const closedWhilePaused = incident('p1', [
      ['2026-03-06T10:00:00Z', 'detected'],
      ['2026-03-06T10:30:00Z', 'paused'],
      ['2026-03-06T11:00:00Z', 'resolved'],
    ]);
    expect(computeClocks(closedWhilePaused, sample(), LATER).resolution?.elapsedMs).to.equal(min(30));
    const open = incident('p1', [
      ['2026-03-06T10:00:00Z', 'detected'],
      ['2026-03-06T10:30:00Z', 'paused'],
    ]);
    const { resolution } = computeClocks(open, sample(), t('2026-03-06T12:00:00Z'));
    expect(resolution).to.include({ elapsedMs: min(30), running: true, breached: false });
    expect(resolution?.pausedIntervals).to.deep.equal([[t('2026-03-06T10:30:00Z'), t('2026-03-06T12:00:00Z')]]);
  });

  it('ends a pause at the resolution, so the time between a resolution and a reopening still counts', () => {
    const events = incident('p1', [
      ['2026-03-06T00:00:00Z', 'detected'],
      ['2026-03-06T01:00:00Z', 'paused'],
      ['2026-03-06T02:00:00Z', 'resolved'],
      ['2026-03-06T03:00:00Z', 'reopened'],
      ['2026-03-06T04:00:00Z', 'resolved'],
    ]);
    const { resolution } = computeClocks(events, sample(), LATER);
    expect(resolution?.elapsedMs).to.equal(h(3));
    expect(resolution?.pausedIntervals).to.deep.equal([[t('2026-03-06T01:00:00Z'), t('2026-03-06T02:00:00Z')]]);
  });

  it('runs again after a reopening and stops at the last resolution, counting the time in between', () => {
    const events: [string, IncidentEvent['type']][] = [
      ['2026-03-06T10:00:00Z', 'detected'],
      ['2026-03-06T11:00:00Z', 'resolved'],
      ['2026-03-06T12:00:00Z', 'reopened'],
    ];
    const reopened = computeClocks(incident('p1', events), sample(), t('2026-03-06T12:30:00Z'));
    expect(reopened.resolution).to.include({ elapsedMs: h(2.5), running: true });
    expect(reopened.resolution?.stopMs).to.equal(undefined);
    // The first resolution acknowledged it: the response clock stays stopped.
    expect(reopened.response).to.include({ elapsedMs: h(1), running: false });
    const again = computeClocks(
      incident('p1', [...events, ['2026-03-06T13:00:00Z', 'resolved']]),
      sample(),
      t('2026-03-06T12:30:00Z'),
    );
    expect(again.resolution).to.include({ elapsedMs: h(3), running: false });
  });

  it('runs open incidents to now, breached once now is past the target', () => {
    const inc = incident('p1', [['2026-03-06T10:00:00Z', 'detected']]);
    const early = computeClocks(inc, sample(), t('2026-03-06T10:10:00Z'));
    expect(early.response).to.include({ elapsedMs: min(10), running: true, breached: false, remainingMs: min(5) });
    const late = computeClocks(inc, sample(), t('2026-03-06T10:30:00Z'));
    expect(late.response).to.include({ elapsedMs: min(30), running: true, breached: true, overByMs: min(15) });
    expect(late.response?.endMs).to.equal(t('2026-03-06T10:30:00Z'));
    expect(late.resolution).to.include({ elapsedMs: min(30), running: true, remainingMs: h(3.5) });
    // now before the detection: nothing has elapsed yet.
    expect(computeClocks(inc, sample(), t('2026-03-06T09:00:00Z')).response?.elapsedMs).to.equal(0);
  });

  it('has no targets without an SOP, or for a priority the SOP does not define', () => {
    const inc = incident('p1', [
      ['2026-03-06T10:00:00Z', 'detected'],
      ['2026-03-06T11:00:00Z', 'acknowledged'],
    ]);
    const bare = computeClocks(inc, undefined, LATER);
    expect(bare.response).to.include({ elapsedMs: h(1), breached: false, hours: '24x7' });
    expect(bare.response?.targetMs).to.equal(undefined);
    const unknown = computeClocks(incident('p9', [['2026-03-06T10:00:00Z', 'detected']]), sample(), LATER);
    expect(unknown.resolution?.targetMs).to.equal(undefined);
  });

  it('does not mutate its input and gives the same output for the same input', () => {
    const inc = incident('p2', [
      ['2026-03-06T16:00:00Z', 'detected'],
      ['2026-03-09T10:30:00Z', 'resolved'],
    ]);
    const before = JSON.stringify(inc);
    const sop = sample();
    expect(computeClocks(inc, sop, LATER)).to.deep.equal(computeClocks(inc, sop, LATER));
    expect(JSON.stringify(inc)).to.equal(before);
  });

  it('measures the time to mitigate like the resolution clock', () => {
    const inc = incident('p1', [
      ['2026-03-06T10:00:00Z', 'detected'],
      ['2026-03-06T10:10:00Z', 'paused'],
      ['2026-03-06T10:40:00Z', 'resumed'],
      ['2026-03-06T11:00:00Z', 'mitigated'],
    ]);
    expect(computeMitigation(inc, sample())?.elapsedMs).to.equal(min(30));
    expect(computeMitigation(incident('p1', [['2026-03-06T10:00:00Z', 'detected']]), sample())).to.equal(undefined);
  });
});

describe('MTTA and MTTR', () => {
  const clock = (elapsedMs: number, running = false) => ({
    elapsedMs,
    breached: false,
    running,
    hours: '24x7' as const,
    startMs: 0,
    endMs: elapsedMs,
    pausedIntervals: [],
  });

  it('average the stopped clocks only', () => {
    const list: IncidentClocks[] = [
      { response: clock(min(20)), resolution: clock(h(2)) },
      { response: clock(min(10)), resolution: clock(h(4)) },
      { response: clock(min(90), true), resolution: clock(h(9), true) },
      {},
    ];
    expect(computeMtta(list)).to.equal(min(15));
    expect(computeMttr(list)).to.equal(h(3));
    expect(computeMtta([])).to.equal(undefined);
  });

  it('summarise a list of incidents against their SOPs', () => {
    const sop = sample();
    const items = [
      incident('p1', [
        ['2026-03-06T10:00:00Z', 'detected'],
        ['2026-03-06T10:20:00Z', 'acknowledged'],
        ['2026-03-06T12:00:00Z', 'resolved'],
      ]),
      incident('p1', [
        ['2026-03-06T10:00:00Z', 'detected'],
        ['2026-03-06T10:10:00Z', 'acknowledged'],
        ['2026-03-06T15:00:00Z', 'resolved'],
      ]),
      incident('p1', [['2026-03-06T10:00:00Z', 'detected']]),
    ].map((i) => ({ incident: i, sop }));
    const summary = summarizeIncidents(items, t('2026-03-06T10:05:00Z'));
    expect(summary).to.deep.equal({
      count: 3,
      acknowledged: 2,
      resolved: 2,
      mttaMs: min(15),
      mttrMs: h(3.5),
      responseBreaches: 1,
      resolutionBreaches: 1,
    });
  });
});

describe('clocks of the example incidents', () => {
  async function load(incidentName: string, sopName: string): Promise<IncidentClocks> {
    const record = (await loadExample(`incidents/${incidentName}.incident.json`)) as IncidentRecord;
    const sop = (await loadExample(`${sopName}.sop.json`)) as SopDocument;
    return computeClocks(normalizeIncident(record), normalizeSop(sop), LATER);
  }

  it('db-outage-breach: acknowledged after 9 min 30 s against 5 min, resolved in 1 h 38 min against 4 h', async () => {
    const { response, resolution } = await load('db-outage-breach', 'cloud-operations');
    expect(response).to.include({
      elapsedMs: min(9.5),
      targetMs: min(5),
      breached: true,
      running: false,
      overByMs: min(4.5),
    });
    expect(response?.dueMs).to.equal(t('2026-03-06T02:19:00Z'));
    expect(resolution).to.include({ elapsedMs: h(1) + min(38), targetMs: h(4), breached: false, running: false });
    expect(resolution?.dueMs).to.equal(t('2026-03-06T06:14:00Z'));
  });

  it('vendor-wait-paused: 9 h 48 min of business time against 18 h, the vendor wait excluded', async () => {
    const { response, resolution } = await load('vendor-wait-paused', 'enterprise-service-desk');
    expect(response).to.include({ elapsedMs: min(8), targetMs: h(2), breached: false, hours: 'business' });
    expect(resolution).to.include({ elapsedMs: h(9) + min(48), targetMs: h(18), breached: false, running: false });
    expect(resolution?.pausedIntervals).to.deep.equal([
      [t('2026-04-21T15:45:00-04:00'), t('2026-04-23T11:05:00-04:00')],
    ]);
    // 6 h 33 min on Tuesday, 5 h 55 min on Thursday, 5 h 32 min on Friday.
    expect(resolution?.dueMs).to.equal(t('2026-04-24T13:32:00-04:00'));
  });

  it('weekend-business-hours: 6 h of business time from Friday to Monday against 8 h', async () => {
    const { response, resolution } = await load('weekend-business-hours', 'managed-service-provider');
    expect(response).to.include({ elapsedMs: min(25), targetMs: h(1), breached: false, hours: 'business' });
    expect(resolution).to.include({ elapsedMs: h(6), targetMs: h(8), breached: false, running: false });
    expect(resolution?.dueMs).to.equal(t('2026-03-16T14:40:00Z'));
  });

  it('reopened: 14 h 05 min of business time to the second resolution against 18 h', async () => {
    const { response, resolution } = await load('reopened', 'classic-it-incident');
    expect(response).to.include({ elapsedMs: min(7), targetMs: h(2), breached: false });
    expect(resolution).to.include({ elapsedMs: h(14) + min(5), targetMs: h(18), breached: false, running: false });
    expect(resolution?.stopMs).to.equal(t('2026-05-13T14:10:00+01:00'));
    expect(resolution?.dueMs).to.equal(t('2026-05-14T09:05:00+01:00'));
  });
});
