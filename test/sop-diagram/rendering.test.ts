import { expect } from '@open-wc/testing';
import type { SopDiagram } from '../../src/sop-diagram.js';
import { sampleSop } from '../helpers/docs.js';
import { exampleSops, loadExample } from '../helpers/examples.js';
import { mount, parts, root, steps, text } from './mount.js';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Rect, b: Rect, eps = 0.5) =>
  a.x >= b.x - eps &&
  a.y >= b.y - eps &&
  a.x + a.width <= b.x + b.width + eps &&
  a.y + a.height <= b.y + b.height + eps;

/** The invariants of the picture, measured on the rendered SVG (getBBox is in drawing units, whatever the zoom). */
function renderedProblems(el: SopDiagram): string[] {
  const problems: string[] = [];
  const shadow = root(el);
  const shapes = steps(el).map((g) => ({
    id: g.dataset.id!,
    shape: g.querySelector<SVGPathElement>('path.shape')!,
    box: g.querySelector<SVGPathElement>('path.shape')!.getBBox(),
  }));
  for (let i = 0; i < shapes.length; i++) {
    for (let j = i + 1; j < shapes.length; j++) {
      if (overlap(shapes[i]!.box, shapes[j]!.box)) problems.push(`${shapes[i]!.id} overlaps ${shapes[j]!.id}`);
    }
  }
  const layout = el.layout!;
  const laneBox = new Map(
    Array.from(shadow.querySelectorAll<SVGGElement>('[part~="lane"]')).map((g) => [
      g.dataset.id,
      g.querySelector<SVGRectElement>('rect.lane-band')!.getBBox(),
    ]),
  );
  const phaseBox = new Map(
    Array.from(shadow.querySelectorAll<SVGGElement>('[part~="phase"]')).map((g) => [
      g.dataset.id,
      g.querySelector<SVGRectElement>('rect.phase-band')!.getBBox(),
    ]),
  );
  for (const s of shapes) {
    const step = el.layout!.steps.find((g) => g.id === s.id)!;
    const lane = layout.lanes[step.lane];
    const phase = layout.phases[step.phase];
    if (lane && !inside(s.box, laneBox.get(lane.id)!)) problems.push(`${s.id} is outside lane ${lane.id}`);
    if (phase && !inside(s.box, phaseBox.get(phase.id)!)) problems.push(`${s.id} is outside phase ${phase.id}`);
  }
  const shapeOf = new Map(shapes.map((s) => [s.id, s.shape] as const));
  // Dashed outlines (wait steps) would make isPointInStroke miss in the gaps: test the solid outline.
  for (const s of shapes) s.shape.style.strokeDasharray = 'none';
  for (const g of Array.from(shadow.querySelectorAll<SVGGElement>('[part~="flow"]'))) {
    const line = g.querySelector<SVGPathElement>('path.flow-line')!;
    const arrow = g.querySelector<SVGPathElement>('path.flow-arrow');
    const start = line.getPointAtLength(0);
    const end = line.getPointAtLength(line.getTotalLength());
    const from = shapeOf.get(g.dataset.from!)!;
    const to = shapeOf.get(g.dataset.to!)!;
    if (!from.isPointInStroke(new DOMPoint(start.x, start.y)))
      problems.push(`${g.dataset.id} does not start on ${g.dataset.from}`);
    if (!to.isPointInStroke(new DOMPoint(end.x, end.y)))
      problems.push(`${g.dataset.id} does not end on ${g.dataset.to}`);
    if (!arrow || !to.isPointInStroke(arrow.getPointAtLength(0)))
      problems.push(`${g.dataset.id} has no arrowhead on ${g.dataset.to}`);
  }
  for (const label of Array.from(shadow.querySelectorAll<SVGGElement>('[part~="flow-label"]'))) {
    const box = label.querySelector<SVGRectElement>('rect')!.getBBox();
    for (const s of shapes) if (overlap(box, s.box)) problems.push(`label of ${label.dataset.for} sits on ${s.id}`);
  }
  return problems;
}

describe('<sop-diagram> rendering', () => {
  for (const name of exampleSops) {
    for (const direction of ['horizontal', 'vertical'] as const) {
      it(`draws ${name} ${direction}ly with the invariants holding in the DOM`, async () => {
        const doc = (await loadExample(name)) as {
          steps: unknown[];
          flows: unknown[];
          roles: unknown[];
          phases: unknown[];
        };
        const el = await mount(doc, { direction });
        const shadow = root(el);
        expect(steps(el)).to.have.length(doc.steps.length);
        expect(shadow.querySelectorAll('[part~="flow"]')).to.have.length(doc.flows.length);
        expect(shadow.querySelectorAll('[part~="lane"]')).to.have.length(doc.roles.length);
        expect(shadow.querySelectorAll('[part~="phase"]')).to.have.length(doc.phases.length);
        for (const s of steps(el)) expect(s.dataset.id).to.be.a('string');
        for (const f of Array.from(shadow.querySelectorAll<SVGGElement>('[part~="flow"]'))) {
          expect(f.dataset.from, 'data-from').to.be.a('string');
          expect(f.dataset.to, 'data-to').to.be.a('string');
        }
        expect(renderedProblems(el)).to.deep.equal([]);
      });
    }
  }

  it('gives each step type its own shape, with markers, badges and tooltips', async () => {
    const el = await mount(await loadExample('classic-it-incident.sop.json'));
    const shadow = root(el);
    const d = (type: string) => shadow.querySelector(`[data-type="${type}"] path.shape`)!.getAttribute('d')!;
    expect(d('decision')).to.match(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+Z$/);
    expect(d('start')).to.contain('A');
    expect(shadow.querySelector('[data-type="end"] path.decoration')).to.not.equal(null);
    expect(shadow.querySelector('[data-type="subprocess"] path.decoration')).to.not.equal(null);
    expect(shadow.querySelector('[data-type="escalation"] .marker-escalation')).to.not.equal(null);
    expect(shadow.querySelector('[data-type="wait"] .marker-wait')).to.not.equal(null);
    expect(shadow.querySelector('[data-type="communication"] .marker-communication')).to.not.equal(null);
    const badge = shadow.querySelector('.badge[data-for="log-incident"] .badge-text');
    expect(text(badge)).to.equal('10 min');
    expect(text(shadow.querySelector('[data-id="log-incident"] > title'))).to.equal('Log incident record');
    expect([
      ...new Set(Array.from(shadow.querySelectorAll('[part~="flow"]')).map((f) => f.getAttribute('data-kind'))),
    ]).to.include.members(['normal', 'escalation', 'communication', 'loop']);
  });

  it('keeps the full text of a truncated label in the accessible name and the tooltip', async () => {
    const doc = sampleSop();
    const long =
      'Fix it by restarting every service in the cluster one by one and checking the dashboards after each restart';
    doc.steps[3]!.label = long;
    const el = await mount(doc);
    const step = root(el).querySelector('[data-id="fix"]')!;
    expect(text(step.querySelector('text'))).to.contain('…');
    expect(step.getAttribute('aria-label')).to.contain(long);
    expect(text(step.querySelector(':scope > title'))).to.equal(long);
  });

  it('draws lane and phase headers with the names from the document', async () => {
    const el = await mount(sampleSop());
    const shadow = root(el);
    expect(Array.from(shadow.querySelectorAll('[part~="lane"]')).map((l) => text(l))).to.deep.equal([
      'Service desk',
      'On-call engineer',
    ]);
    expect(Array.from(shadow.querySelectorAll('[part~="phase"]')).map((l) => l.getAttribute('data-id'))).to.deep.equal([
      'detect',
      'resolve',
    ]);
  });

  it('shows a legend of the shapes and flow styles the document uses', async () => {
    const el = await mount(sampleSop());
    const legend = text(root(el).querySelector('[part~="legend"]'));
    expect(legend).to.contain('Decision');
    expect(legend).to.contain('Escalation');
    expect(legend).to.not.contain('Subprocess');
  });

  it('fires sop-render with the time it took', async () => {
    const done = new Promise<CustomEvent<{ durationMs: number }>>((resolve) =>
      document.addEventListener('sop-render', (e) => resolve(e as CustomEvent<{ durationMs: number }>), { once: true }),
    );
    await mount(sampleSop());
    const event = await done;
    expect(event.detail.durationMs).to.be.a('number').and.be.greaterThan(0);
    expect(event.composed).to.equal(true);
  });

  it('uses part names other than step for the text alternative, so [part~="step"] counts steps', async () => {
    const el = await mount(sampleSop());
    expect(steps(el)).to.have.length(5);
    expect(root(el).querySelectorAll('[part~="outline-item"]')).to.have.length(5);
    expect(parts(root(el).querySelector('[part~="outline-item"]'))).to.not.include('step');
  });
});
