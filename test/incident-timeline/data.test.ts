import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { IncidentTimeline } from '../../src/incident-timeline.js';
import type { SopInvalidDetail } from '../../src/components/shared/events.js';
import { MINUTE_MS } from '../../src/model/duration.js';
import type { IncidentRecord } from '../../src/model/types.js';
import { clone, sampleIncident, sampleSop } from '../helpers/docs.js';
import { all, container, loadPair, mount, root, settle, text } from './mount.js';

/** Mounts with a listener for `sop-invalid` in place before the first render. */
async function mountListening(
  incident: unknown,
  sop: unknown,
): Promise<{ el: IncidentTimeline; invalid: SopInvalidDetail[] }> {
  const wrapper = container();
  const el = document.createElement('incident-timeline');
  const invalid: SopInvalidDetail[] = [];
  wrapper.addEventListener('sop-invalid', (e) => invalid.push((e as CustomEvent<SopInvalidDetail>).detail));
  el.incident = incident;
  el.sop = sop;
  wrapper.append(el);
  await settle(el);
  return { el, invalid };
}

function withEvent(change: (record: IncidentRecord) => void): IncidentRecord {
  const record = clone(sampleIncident());
  change(record);
  return record;
}

const panel = (el: IncidentTimeline) => root(el).querySelector('[part~="error"]');

describe('<incident-timeline> bad input', () => {
  const cases: [string, IncidentRecord, string, string][] = [
    [
      'a timestamp without a zone',
      withEvent((r) => (r.events[1]!.at = '2026-03-06T10:20:00')),
      'INCIDENT_NO_ZONE',
      '/events/1/at',
    ],
    [
      'an unknown event type',
      withEvent((r) => ((r.events[1] as { type: string }).type = 'fixed')),
      'INCIDENT_UNKNOWN_EVENT_TYPE',
      '/events/1/type',
    ],
    [
      'a resolution before the detection',
      withEvent((r) => (r.events[2]!.at = '2026-03-06T09:00:00Z')),
      'INCIDENT_RESOLVED_BEFORE_DETECTED',
      '/events/2/at',
    ],
    [
      'a priority the SOP does not know',
      withEvent((r) => (r.priority = 'p9')),
      'INCIDENT_UNKNOWN_PRIORITY',
      '/priority',
    ],
  ];
  for (const [what, record, code, path] of cases) {
    it(`shows ${what} in the error panel with its path, and fires sop-invalid`, async () => {
      const { el, invalid } = await mountListening(record, sampleSop());
      const shown = panel(el);
      expect(shown, 'error panel').to.not.equal(null);
      const diagnostic = invalid[0]?.diagnostics.find((d) => d.code === code);
      expect(diagnostic, code).to.not.equal(undefined);
      expect(diagnostic!.path).to.equal(path);
      expect(text(shown)).to.include(path);
      expect(text(shown)).to.include(diagnostic!.message.replace(/\s+/g, ' '));
      expect(invalid.length).to.equal(1);
      expect(el.clocks).to.deep.equal({});
      expect(all(el, '[part~="event"]').length).to.equal(0);
      await expect(el).to.be.accessible();
    });
  }

  it('accepts events out of order, draws them in order and notes it without an error', async () => {
    const record = withEvent((r) => r.events.reverse());
    const { el, invalid } = await mountListening(record, sampleSop());
    expect(panel(el)).to.equal(null);
    expect(invalid.length).to.equal(0);
    expect(all(el, '[part~="event"]').map((m) => m.dataset.type)).to.deep.equal([
      'detected',
      'acknowledged',
      'resolved',
    ]);
    expect(text(root(el).querySelector('[part="warnings"]'))).to.include('earlier than the event listed before it');
    expect(el.clocks.response?.elapsedMs).to.equal(20 * MINUTE_MS);
  });

  it('reports a broken SOP and JSON syntax errors without throwing', async () => {
    const sop = clone(sampleSop()) as unknown as { steps: unknown };
    sop.steps = 'none';
    const { el, invalid } = await mountListening(sampleIncident(), sop);
    expect(text(panel(el))).to.include('In the SOP document');
    expect(invalid[0]!.diagnostics.some((d) => d.code.startsWith('SOP_'))).to.equal(true);
    const broken = await mountListening('{ "format": "incident/v1", ', undefined);
    expect(broken.invalid[0]!.diagnostics[0]!.code).to.equal('INCIDENT_JSON_SYNTAX');
    expect(panel(broken.el)).to.not.equal(null);
  });

  it('keeps the last good drawing, dimmed and inert, under the error panel', async () => {
    const el = await mount(sampleIncident(), sampleSop());
    el.incident = withEvent((r) => (r.events[0]!.at = 'yesterday'));
    await settle(el);
    expect(panel(el)).to.not.equal(null);
    const body = root(el).querySelector<HTMLElement>('.body')!;
    expect(body.classList.contains('stale')).to.equal(true);
    expect(body.inert).to.equal(true);
    expect(all(el, '[part~="event"]').length).to.equal(3);
    el.incident = sampleIncident();
    await settle(el);
    expect(panel(el)).to.equal(null);
    expect(el.clocks.response?.elapsedMs).to.equal(20 * MINUTE_MS);
  });

  it('says what to do when there is no incident', async () => {
    const el = await mount(undefined, undefined);
    expect(text(root(el).querySelector('.state'))).to.include('No incident to show');
    expect(el.clocks).to.deep.equal({});
  });
});

describe('<incident-timeline> sources', () => {
  it('loads the incident from src and the SOP from sop-src', async () => {
    const el = await fixture<IncidentTimeline>(
      html`<incident-timeline
        src="/examples/incidents/db-outage-breach.incident.json"
        sop-src="/examples/cloud-operations.sop.json"
      ></incident-timeline>`,
    );
    expect(text(root(el).querySelector('[role="status"]'))).to.equal('Loading the incident…');
    expect(el.clocks).to.deep.equal({});
    await waitUntil(() => all(el, '[part~="event"]').length > 0, 'never drawn', { timeout: 5000 });
    await settle(el);
    expect(el.clocks.response?.breached).to.equal(true);
    expect(all(el, '[part~="breach"]').length).to.equal(1);
    expect(el.getAttribute('sop-src')).to.equal('/examples/cloud-operations.sop.json');
  });

  it('shows a 404 on src or sop-src in the error panel', async () => {
    const el = await fixture<IncidentTimeline>(
      html`<incident-timeline src="/examples/incidents/missing.incident.json"></incident-timeline>`,
    );
    await waitUntil(() => panel(el), 'no error panel', { timeout: 5000 });
    expect(text(panel(el))).to.include('404');
    expect(text(panel(el))).to.include('INCIDENT_HTTP_STATUS');
    const sopMissing = await fixture<IncidentTimeline>(
      html`<incident-timeline
        src="/examples/incidents/db-outage-breach.incident.json"
        sop-src="/examples/missing.sop.json"
      ></incident-timeline>`,
    );
    await waitUntil(() => panel(sopMissing), 'no error panel', { timeout: 5000 });
    expect(text(panel(sopMissing))).to.include('SOP_HTTP_STATUS');
  });

  it('reads inline JSON: the incident from a script child, the SOP from a script child with data-sop', async () => {
    const { incident, sop } = await loadPair('weekend-business-hours', 'managed-service-provider');
    const el = document.createElement('incident-timeline');
    const incidentScript = document.createElement('script');
    incidentScript.type = 'application/json';
    incidentScript.textContent = JSON.stringify(incident);
    const sopScript = document.createElement('script');
    sopScript.type = 'application/json';
    sopScript.dataset.sop = '';
    sopScript.textContent = JSON.stringify(sop);
    el.append(sopScript, incidentScript);
    container().append(el);
    await settle(el);
    expect(el.clocks.resolution?.elapsedMs).to.equal(6 * 60 * MINUTE_MS);
    expect(el.clocks.resolution?.targetMs).to.equal(8 * 60 * MINUTE_MS);
    expect(all(el, '[part~="event"]').length).to.equal(incident.events.length);
  });
});

describe('<incident-timeline> now', () => {
  const openIncident = async () => {
    const { incident, sop } = await loadPair('db-outage-breach', 'cloud-operations');
    const open = clone(incident);
    open.events = open.events.slice(0, 8);
    return { open, sop };
  };

  it('runs the clocks of an open incident to the now attribute and draws a now line', async () => {
    const { open, sop } = await openIncident();
    const el = await mount(open, sop, { now: '2026-03-06T02:44:00Z' });
    expect(el.getAttribute('now')).to.equal('2026-03-06T02:44:00Z');
    expect(el.clocks.response).to.include({ running: false, breached: true });
    expect(el.clocks.resolution).to.include({ running: true, breached: false, elapsedMs: 30 * MINUTE_MS });
    const now = root(el).querySelector<SVGGElement>('[part="now"]')!;
    expect(now.dataset.at).to.equal('2026-03-06T02:44:00.000Z');
    expect(text(root(el).querySelector('[part="status"]'))).to.equal('Open');
    const resolve = text(root(el).querySelector('[part~="summary-item"][data-clock="resolution"]'));
    expect(resolve).to.equal('Time to resolve 30 min so far Target 4 h (24×7) Running · 3 h 30 min left');
    el.now = '2026-03-06T07:14:00Z';
    await settle(el);
    expect(el.clocks.resolution).to.include({ breached: true, overByMs: HOURS(1) });
    expect(all(el, '[part~="breach"]').map((b) => b.dataset.clock)).to.deep.equal(['response', 'resolution']);
    await expect(el).to.be.accessible();
  });

  it('moves the now line on its own when now is not set', async () => {
    const { open, sop } = await openIncident();
    open.events = open.events.map((e, i) => ({ ...e, at: new Date(Date.now() - (60 - i) * MINUTE_MS).toISOString() }));
    const el = document.createElement('incident-timeline');
    el.nowInterval = 40;
    el.incident = open;
    el.sop = sop;
    container().append(el);
    await settle(el);
    const first = el.clocks.resolution!.elapsedMs;
    const line = () => root(el).querySelector<SVGGElement>('[part="now"]')?.dataset.at;
    const firstLine = line();
    expect(firstLine).to.be.a('string');
    await waitUntil(() => line() !== firstLine, 'the now line did not move', { timeout: 5000 });
    expect(el.clocks.resolution!.elapsedMs).to.be.greaterThan(first);
    expect(text(root(el).querySelector('[part="status"]'))).to.equal('Open');
  });

  it('has no now line once the incident is resolved', async () => {
    const el = await mount(sampleIncident(), sampleSop(), { now: '2026-03-06T13:00:00Z' });
    expect(root(el).querySelector('[part="now"]')).to.equal(null);
  });
});

function HOURS(n: number): number {
  return n * 60 * MINUTE_MS;
}
