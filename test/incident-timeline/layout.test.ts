import { expect } from '@open-wc/testing';
import { zoneFormatter } from '../../src/components/incident-timeline/format.js';
import { layoutTimeline, plotRange, timelineExtent, type TimelineLayoutInput } from '../../src/layout/timeline.js';
import { workingIntervals } from '../../src/model/calendar.js';
import { computeClocks } from '../../src/model/clocks.js';
import { normalizeIncident, normalizeSop } from '../../src/model/normalize.js';
import { timestampMs } from '../../src/model/time.js';
import type { IncidentRecord } from '../../src/model/types.js';
import { clone, sampleIncident, sampleSop } from '../helpers/docs.js';
import { examplePairs, loadPair } from './mount.js';

const measure = (text: string) => text.length * 7;
const t = (s: string) => timestampMs(s)!;

async function input(name: string, sopName: string, width = 1000): Promise<TimelineLayoutInput> {
  const pair = await loadPair(name, sopName);
  const incident = normalizeIncident(pair.incident);
  const sop = normalizeSop(pair.sop);
  const clocks = computeClocks(incident, sop, t('2030-01-01T00:00:00Z'));
  const domain = timelineExtent(incident, clocks).focus;
  const timeZone = sop.businessHours?.timeZone ?? 'UTC';
  return { incident, sop, clocks, domain, width, timeZone, formatTime: zoneFormatter(timeZone), measureText: measure };
}

describe('layoutTimeline', () => {
  for (const [name, sopName] of examplePairs) {
    it(`places the events of ${name} in time order without overlapping labels`, async () => {
      const layout = layoutTimeline(await input(name, sopName));
      const xs = layout.events.map((m) => m.x);
      for (let i = 1; i < xs.length; i++) expect(xs[i]).to.be.at.least(xs[i - 1]!);
      const rows = new Map<number, [number, number][]>();
      for (const m of layout.events.filter((e) => e.visible && e.showText)) {
        const width = Math.max(measure(m.label), measure(m.meta)) + 13;
        const box: [number, number] = m.side === 'right' ? [m.x - 7, m.x + width] : [m.x - width, m.x + 7];
        for (const other of rows.get(m.row) ?? []) {
          expect(box[0] >= other[1] || box[1] <= other[0], `${m.label} overlaps in row ${m.row}`).to.equal(true);
        }
        rows.set(m.row, [...(rows.get(m.row) ?? []), box]);
      }
      for (const tick of layout.ticks) expect(tick.x).to.be.within(layout.plot.x0, layout.plot.x1);
      expect(layout.height).to.be.greaterThan(layout.eventsTop);
    });
  }

  it('gives the same output for the same input and does not mutate it', async () => {
    const data = await input('vendor-wait-paused', 'enterprise-service-desk');
    const before = JSON.stringify(data.incident);
    expect(JSON.stringify(layoutTimeline(data))).to.equal(JSON.stringify(layoutTimeline(data)));
    expect(JSON.stringify(data.incident)).to.equal(before);
  });

  it('stripes exactly the time outside business hours, for a business-hours priority', async () => {
    const data = await input('weekend-business-hours', 'managed-service-provider');
    const layout = layoutTimeline(data);
    const working = workingIntervals(data.domain[0], data.domain[1], data.sop!.businessHours!);
    const covered = [...working, ...layout.offHours.map((b) => [b.fromMs, b.toMs] as const)].sort(
      (a, b) => a[0] - b[0],
    );
    expect(covered[0]![0]).to.equal(data.domain[0]);
    for (let i = 1; i < covered.length; i++) expect(covered[i]![0]).to.equal(covered[i - 1]![1]);
    expect(covered.at(-1)![1]).to.equal(data.domain[1]);
    // The weekend is one band, from Friday 17:30 to Monday 08:30 London time.
    expect(
      layout.offHours.some((b) => b.fromMs === t('2026-03-13T17:30:00Z') && b.toMs === t('2026-03-16T08:30:00Z')),
    ).to.equal(true);
  });

  it('draws the clock bars thin where the clock does not count, and red past the due time', async () => {
    const vendor = layoutTimeline(await input('vendor-wait-paused', 'enterprise-service-desk'));
    const paused = vendor.lanes.find((l) => l.kind === 'resolution')!;
    expect(paused.segments.map((s) => s.state)).to.deep.equal(['counting', 'paused', 'counting']);
    const weekend = layoutTimeline(await input('weekend-business-hours', 'managed-service-provider'));
    const overWeekend = weekend.lanes.find((l) => l.kind === 'resolution')!;
    expect(overWeekend.segments.map((s) => s.state)).to.deep.equal(['counting', 'off-hours', 'counting']);
    const db = layoutTimeline(await input('db-outage-breach', 'cloud-operations'));
    const response = db.lanes.find((l) => l.kind === 'response')!;
    expect(response.segments.map((s) => s.state)).to.deep.equal(['counting', 'late']);
    expect(db.breaches).to.have.length(1);
    expect(db.breaches[0]).to.include({ kind: 'response', overByMs: 270_000 });
    expect(db.breaches[0]!.x).to.be.closeTo(response.endX, 0.001);
  });

  it('places the target lines at the due times', async () => {
    const data = await input('reopened', 'classic-it-incident');
    const layout = layoutTimeline(data);
    const [x0, x1] = plotRange(data.width);
    const x = (ms: number) => x0 + ((ms - data.domain[0]) / (data.domain[1] - data.domain[0])) * (x1 - x0);
    const resolution = layout.targets.find((l) => l.kind === 'resolution')!;
    expect(resolution.ms).to.equal(t('2026-05-14T09:05:00+01:00'));
    expect(resolution.x).to.be.closeTo(x(resolution.ms), 0.01);
    for (const target of layout.targets) expect(target.labelX).to.be.within(x0, x1);
  });

  it('labels ticks with the local time across a DST change', () => {
    const incident = normalizeIncident(sampleIncident());
    const sop = normalizeSop(sampleSop());
    const clocks = computeClocks(incident, sop, 0);
    const layout = layoutTimeline({
      incident,
      sop,
      clocks,
      domain: [t('2026-03-28T22:00:00Z'), t('2026-03-29T06:00:00Z')],
      width: 1000,
      timeZone: 'Europe/London',
      formatTime: zoneFormatter('Europe/London'),
      measureText: measure,
    });
    const labels = layout.ticks.map((tick) => tick.label);
    expect(labels).to.include('00:00');
    expect(labels).to.include('03:00');
    expect(labels).to.not.include('01:00');
    expect(new Set(labels).size).to.equal(labels.length);
    expect(layout.days.map((d) => d.label)).to.include('Sun, 29 Mar 2026');
  });

  it('frames the incident from detection to its due times, leaving far-off reviews for "show all"', async () => {
    const data = await input('db-outage-breach', 'cloud-operations');
    const { focus, all } = timelineExtent(data.incident, data.clocks);
    expect(focus[0]).to.be.below(t('2026-03-06T02:14:00Z'));
    expect(focus[1]).to.be.above(t('2026-03-06T06:14:00Z'));
    expect(focus[1]).to.be.below(t('2026-03-07T00:00:00Z'));
    expect(all[1]).to.be.above(t('2026-03-11T17:30:00Z'));
    const layout = layoutTimeline(data);
    expect(layout.hiddenAfter).to.equal(2);
  });

  it('draws a now line only while a clock runs', () => {
    const sop = normalizeSop(sampleSop());
    const record: IncidentRecord = clone(sampleIncident());
    record.events = record.events.slice(0, 2);
    const open = normalizeIncident(record);
    const nowMs = t('2026-03-06T11:00:00Z');
    const clocks = computeClocks(open, sop, nowMs);
    const base = { sop, width: 900, timeZone: 'UTC', formatTime: zoneFormatter('UTC'), measureText: measure };
    const layout = layoutTimeline({
      ...base,
      incident: open,
      clocks,
      nowMs,
      domain: timelineExtent(open, clocks, nowMs).focus,
    });
    expect(layout.now?.ms).to.equal(nowMs);
    const closed = normalizeIncident(sampleIncident());
    const done = computeClocks(closed, sop, nowMs);
    expect(layoutTimeline({ ...base, incident: closed, clocks: done, nowMs, domain: [0, nowMs] }).now).to.equal(
      undefined,
    );
  });
});
