import { expect } from '@open-wc/testing';
import { HOUR_MS, MINUTE_MS } from '../../src/model/duration.js';
import { timestampMs } from '../../src/model/time.js';
import type { IncidentRecord } from '../../src/model/types.js';
import { clone } from '../helpers/docs.js';
import { all, examplePairs, loadPair, mount, root, screenX, text } from './mount.js';

const markers = (el: Parameters<typeof all>[0]) => all<SVGGElement>(el, '[part~="event"]');
const glyphX = (marker: Element) => screenX(marker.querySelector('.glyph')!);
const timeOrder = (record: IncidentRecord) =>
  record.events.map((e, i) => ({ ...e, i, ms: timestampMs(e.at)! })).sort((a, b) => a.ms - b.ms || a.i - b.i);

describe('<incident-timeline> drawing', () => {
  for (const [name, sopName] of examplePairs) {
    it(`draws every event of ${name} once, in time order from left to right`, async () => {
      const { incident, sop } = await loadPair(name, sopName);
      const el = await mount(incident, sop);
      const drawn = markers(el);
      expect(drawn.map((m) => m.dataset.type)).to.deep.equal(timeOrder(incident).map((e) => e.type));
      const xs = drawn.map(glyphX);
      const ms = timeOrder(incident).map((e) => e.ms);
      for (let i = 1; i < xs.length; i++) {
        if (ms[i]! > ms[i - 1]!) expect(xs[i], `event ${i}`).to.be.greaterThan(xs[i - 1]!);
      }
    });
  }

  it('draws shuffled events in time order, each keeping its index in the record', async () => {
    const { incident, sop } = await loadPair('db-outage-breach', 'cloud-operations');
    const shuffled = clone(incident);
    shuffled.events = [...incident.events].reverse();
    shuffled.events.push(shuffled.events.splice(3, 1)[0]!);
    const el = await mount(shuffled, sop);
    const drawn = markers(el);
    expect(drawn.map((m) => m.dataset.at)).to.deep.equal(incident.events.map((e) => e.at));
    const xs = drawn.map(glyphX);
    for (let i = 1; i < xs.length; i++) expect(xs[i]).to.be.greaterThan(xs[i - 1]!);
    const first = drawn[0]!;
    expect(shuffled.events[Number(first.dataset.index)]!.type).to.equal('detected');
  });

  it('marks the missed response target of db-outage-breach with how late it was', async () => {
    const { incident, sop } = await loadPair('db-outage-breach', 'cloud-operations');
    const el = await mount(incident, sop);
    const breaches = all(el, '[part~="breach"]');
    expect(breaches.length).to.equal(1);
    expect(breaches[0]!.dataset.clock).to.equal('response');
    expect(Number(breaches[0]!.dataset.overMs)).to.equal(4.5 * MINUTE_MS);
    expect(text(breaches[0])).to.equal('4 min 30 s late');
    expect(breaches[0]!.getAttribute('aria-label')).to.equal('Response target missed by 4 min 30 s');
  });

  for (const [name, sopName] of examplePairs.slice(1)) {
    it(`shows no breach for ${name}, whose targets were met`, async () => {
      const { incident, sop } = await loadPair(name, sopName);
      const el = await mount(incident, sop);
      expect(all(el, '[part~="breach"]').length).to.equal(0);
    });
  }

  it('exposes the clocks of each example incident', async () => {
    const expected: Record<string, [number, number, number, number]> = {
      'db-outage-breach': [9.5 * MINUTE_MS, 5 * MINUTE_MS, HOUR_MS + 38 * MINUTE_MS, 4 * HOUR_MS],
      'vendor-wait-paused': [8 * MINUTE_MS, 2 * HOUR_MS, 9 * HOUR_MS + 48 * MINUTE_MS, 18 * HOUR_MS],
      'weekend-business-hours': [25 * MINUTE_MS, HOUR_MS, 6 * HOUR_MS, 8 * HOUR_MS],
      reopened: [7 * MINUTE_MS, 2 * HOUR_MS, 14 * HOUR_MS + 5 * MINUTE_MS, 18 * HOUR_MS],
    };
    for (const [name, sopName] of examplePairs) {
      const { incident, sop } = await loadPair(name, sopName);
      const el = await mount(incident, sop);
      const { response, resolution } = el.clocks;
      const [respElapsed, respTarget, resElapsed, resTarget] = expected[name]!;
      expect(response, name).to.include({ elapsedMs: respElapsed, targetMs: respTarget, running: false });
      expect(resolution, name).to.include({
        elapsedMs: resElapsed,
        targetMs: resTarget,
        running: false,
        breached: false,
      });
      expect(response!.breached, name).to.equal(name === 'db-outage-breach');
    }
  });

  it('draws target lines, clock bars, paused intervals and time outside business hours', async () => {
    const { incident, sop } = await loadPair('vendor-wait-paused', 'enterprise-service-desk');
    const el = await mount(incident, sop);
    expect(all(el, '[part~="target"]').map((t) => t.dataset.clock)).to.deep.equal(['response', 'resolution']);
    expect(all(el, '[part~="target"][data-clock="resolution"]')[0]!.dataset.at).to.equal('2026-04-24T17:32:00.000Z');
    expect(all(el, '[part~="clock"]').length).to.equal(2);
    expect(all(el, '[part~="pause"]').length).to.equal(1);
    expect(all(el, '[part~="off-hours"]').length).to.be.greaterThan(2);
    expect(all(el, '.bar-paused').length).to.be.greaterThan(0);
    expect(text(root(el).querySelector('.legend'))).to.include('Outside business hours');
  });

  it('does not stripe out-of-hours time for a 24x7 priority', async () => {
    const { incident, sop } = await loadPair('db-outage-breach', 'cloud-operations');
    const el = await mount(incident, sop);
    expect(all(el, '[part~="off-hours"]').length).to.equal(0);
  });

  it('labels the axis in the time zone of the business hours, and in UTC without an SOP', async () => {
    const { incident, sop } = await loadPair('vendor-wait-paused', 'enterprise-service-desk');
    const el = await mount(incident, sop);
    expect(text(root(el).querySelector('[part="header"]'))).to.include('Times in America/New_York (EDT)');
    expect(all(el, '[part~="tick"]').length).to.be.greaterThan(3);
    const bare = await mount(incident, undefined);
    expect(text(root(bare).querySelector('[part="header"]'))).to.include('Times in UTC');
    expect(text(root(bare).querySelector('.event-list time'))).to.include('13:12');
  });

  it('lists the events in an ordered list with their time, type, label, who and SOP step', async () => {
    const { incident, sop } = await loadPair('db-outage-breach', 'cloud-operations');
    const el = await mount(incident, sop);
    const items = all(el, 'ol[part="event-list"] > [part~="event-item"]');
    expect(items.length).to.equal(incident.events.length);
    expect(items.map((i) => i.dataset.type)).to.deep.equal(timeOrder(incident).map((e) => e.type));
    const ack = text(items[4]);
    expect(ack).to.include('Acknowledged');
    expect(ack).to.include('Secondary on-call acknowledged');
    expect(ack).to.include('Priya Nair, On-call engineer');
    expect(ack).to.include('Step: Triage and confirm impact');
    expect(ack).to.include('T+9 min 30 s');
    // The list uses its own part names: counting [part~="event"] counts drawn markers only.
    expect(all(el, '[part~="event"]').length).to.equal(incident.events.length);
  });

  it('summarises the time to acknowledge, mitigate and resolve against the targets', async () => {
    const { incident, sop } = await loadPair('db-outage-breach', 'cloud-operations');
    const el = await mount(incident, sop);
    const item = (clock: string) => text(root(el).querySelector(`[part~="summary-item"][data-clock="${clock}"]`));
    expect(item('response')).to.equal('Time to acknowledge 9 min 30 s Target 5 min (24×7) Missed by 4 min 30 s');
    expect(item('mitigation')).to.equal('Time to mitigate 58 min No target in the procedure');
    expect(item('resolution')).to.equal('Time to resolve 1 h 38 min Target 4 h (24×7) Met · 2 h 22 min to spare');
    const header = text(root(el).querySelector('[part="header"]'));
    expect(header).to.include('INC-2026-0306');
    expect(header).to.include('SEV1');
    expect(header).to.include('Closed');
  });

  it('says when a clock counts business hours', async () => {
    const { incident, sop } = await loadPair('weekend-business-hours', 'managed-service-provider');
    const el = await mount(incident, sop);
    const resolve = text(root(el).querySelector('[part~="summary-item"][data-clock="resolution"]'));
    expect(resolve).to.equal('Time to resolve 6 h Target 8 h of business hours Met · 2 h to spare');
  });

  it('shows the list instead of the chart on narrow widths, with the breach on the summary', async () => {
    const { incident, sop } = await loadPair('db-outage-breach', 'cloud-operations');
    const el = await mount(incident, sop, { width: 400 });
    expect(root(el).querySelector('svg.chart')).to.equal(null);
    const list = root(el).querySelector<HTMLElement>('[part="event-list"]')!;
    expect(list.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(all(el, '[part~="event-item"]').length).to.equal(incident.events.length);
    const breaches = all(el, '[part~="breach"]');
    expect(breaches.length).to.equal(1);
    expect(text(breaches[0])).to.include('Missed by 4 min 30 s');
  });

  for (const [name, sopName] of examplePairs) {
    it(`is accessible with ${name}`, async () => {
      const { incident, sop } = await loadPair(name, sopName);
      const el = await mount(incident, sop);
      await expect(el).to.be.accessible();
    });
  }

  it('is accessible on a narrow width', async () => {
    const { incident, sop } = await loadPair('reopened', 'classic-it-incident');
    const el = await mount(incident, sop, { width: 380 });
    await expect(el).to.be.accessible();
  });
});
