// Registration under other tag names. The tests share one page and one custom element registry, so they run in
// order: the page first defines an `<incident-timeline>` of its own, and only then loads the library. Nothing here
// imports an element entry statically (that would define the default tags before the page's own element).
import { expect, waitUntil } from '@open-wc/testing';
import { defineElement, defineSopElements, EscalationMatrix, IncidentTimeline, SopDiagram } from '../src/index.js';
import { loadExample } from './helpers/examples.js';

/** The host page's own element that happens to use one of our tag names. */
class AppTimeline extends HTMLElement {
  connectedCallback(): void {
    this.textContent = `the app's own timeline: ${this.getAttribute('label') ?? ''}`;
  }
}
customElements.define('incident-timeline', AppTimeline);

const placed: Element[] = [];
afterEach(() => placed.splice(0).forEach((el) => el.remove()));

function place<T extends HTMLElement>(tag: string, props: Record<string, unknown> = {}): T {
  const el = document.createElement(tag) as T;
  Object.assign(el, props);
  document.body.append(el);
  placed.push(el);
  return el;
}

async function drawn(el: Element, part: string): Promise<number> {
  const count = () => el.shadowRoot?.querySelectorAll(`[part~="${part}"]`).length ?? 0;
  await waitUntil(() => count() > 0, `<${el.localName}> drew no [part~="${part}"]`, { timeout: 10000 });
  return count();
}

/** Runs `action` with console.warn captured. */
async function warningsDuring(action: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    await action();
  } finally {
    console.warn = original;
  }
  return warnings;
}

let sop: unknown;
let cloud: unknown;
let incident: unknown;
before(async () => {
  [sop, cloud, incident] = await Promise.all([
    loadExample('classic-it-incident.sop.json'),
    loadExample('cloud-operations.sop.json'),
    loadExample('incidents/db-outage-breach.incident.json'),
  ]);
});

describe('registering the elements under other tag names', () => {
  it('leaves a page’s own <incident-timeline> alone, warns once, and works under another name', async () => {
    let entry: typeof import('../src/incident-timeline.js') | undefined;
    const warnings = await warningsDuring(async () => {
      entry = await import('../src/incident-timeline.js');
    });
    expect(customElements.get('incident-timeline')).to.equal(AppTimeline);
    const theirs = document.createElement('incident-timeline');
    theirs.setAttribute('label', 'still here');
    document.body.append(theirs);
    placed.push(theirs);
    expect(theirs).to.be.instanceOf(AppTimeline);
    expect(theirs.textContent).to.equal("the app's own timeline: still here");
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<incident-timeline> is already defined').and.contain('another name');

    const ctor = entry!.defineIncidentTimeline('acme-incident-timeline');
    expect(customElements.get('acme-incident-timeline')).to.equal(ctor);
    const ours = place<IncidentTimeline>('acme-incident-timeline', {
      incident,
      sop: cloud,
      now: '2026-03-02T12:00:00Z',
    });
    expect(ours).to.be.instanceOf(IncidentTimeline);
    expect(await drawn(ours, 'event')).to.be.greaterThan(3);
    expect(await drawn(ours, 'breach')).to.be.greaterThan(0);
    expect(theirs.shadowRoot).to.equal(null);
  });

  it('defineSopElements registers all three under the names given', async () => {
    defineSopElements({
      sopDiagram: 'acme-sop-diagram',
      escalationMatrix: 'acme-escalation-matrix',
      incidentTimeline: 'acme-timeline',
    });
    const diagram = place<SopDiagram>('acme-sop-diagram', { sop, priority: 'p1' });
    const matrix = place<EscalationMatrix>('acme-escalation-matrix', { sop, elapsed: 'PT20M', priority: 'p1' });
    const timeline = place<IncidentTimeline>('acme-timeline', { incident, sop: cloud, now: '2026-03-02T12:00:00Z' });
    expect(diagram).to.be.instanceOf(SopDiagram);
    expect(matrix).to.be.instanceOf(EscalationMatrix);
    expect(timeline).to.be.instanceOf(IncidentTimeline);
    expect(await drawn(diagram, 'step')).to.equal(32);
    expect(await drawn(matrix, 'cell')).to.be.greaterThan(0);
    expect(await drawn(matrix, 'engaged')).to.be.greaterThan(0);
    expect(await drawn(timeline, 'event')).to.be.greaterThan(3);
    expect(diagram.getAttribute('priority')).to.equal('p1');
  });

  it('each element entry exports a define function that takes another tag, beside the default one', async () => {
    const { defineSopDiagram } = await import('../src/sop-diagram.js');
    const { defineEscalationMatrix } = await import('../src/escalation-matrix.js');
    // The classes were registered under acme-… first, so the default tags get a subclass each.
    expect(customElements.get('sop-diagram')?.prototype).to.be.instanceOf(SopDiagram);
    expect(customElements.get('escalation-matrix')?.prototype).to.be.instanceOf(EscalationMatrix);
    defineSopDiagram('my-diagram');
    defineEscalationMatrix('my-matrix');
    const byDefault = place<SopDiagram>('sop-diagram', { sop });
    const renamed = place<SopDiagram>('my-diagram', { sop, direction: 'vertical' });
    const matrix = place<EscalationMatrix>('my-matrix', { sop, view: 'priority' });
    expect(await drawn(byDefault, 'step')).to.equal(32);
    expect(await drawn(renamed, 'step')).to.equal(32);
    expect(renamed.getAttribute('direction')).to.equal('vertical');
    expect(await drawn(matrix, 'cell')).to.be.greaterThan(0);
  });

  it('defining again, under the same or a taken name, is a no-op that returns what is registered', async () => {
    const { defineSopDiagram } = await import('../src/sop-diagram.js');
    const { defineIncidentTimeline } = await import('../src/incident-timeline.js');
    const first = customElements.get('my-diagram');
    const names = {
      sopDiagram: 'acme-sop-diagram',
      escalationMatrix: 'acme-escalation-matrix',
      incidentTimeline: 'acme-timeline',
    };
    const before = Object.values(names).map((tag) => customElements.get(tag));
    const warnings = await warningsDuring(() => {
      expect(defineSopDiagram('my-diagram')).to.equal(first);
      expect(defineSopDiagram()).to.equal(customElements.get('sop-diagram'));
      expect(defineElement('sop-diagram', SopDiagram)).to.equal(customElements.get('sop-diagram'));
      defineSopElements(names);
      defineSopElements(names);
      expect(defineIncidentTimeline()).to.equal(AppTimeline);
    });
    expect(Object.values(names).map((tag) => customElements.get(tag))).to.deep.equal(before);
    expect(customElements.get('incident-timeline')).to.equal(AppTimeline);
    expect(warnings, 'the clash was already reported once').to.deep.equal([]);
  });
});
