import { expect } from '@open-wc/testing';
import {
  flowLayoutStats,
  layoutFlow,
  layoutFlowCached,
  type FlowDirection,
  type MeasureText,
} from '../../src/layout/flow.js';
import { wrapText } from '../../src/layout/flow-text.js';
import { normalizeSop } from '../../src/model/normalize.js';
import { checkSop } from '../../src/model/parse.js';
import type { SopDocument } from '../../src/model/types.js';
import { clone, sampleSop } from '../helpers/docs.js';
import { exampleSops, loadExample } from '../helpers/examples.js';
import { flowInvariantProblems } from './flow-invariants.js';
import { generateSop } from './generated-sop.js';

/** Every character is 0.6 em wide: deterministic and independent of fonts. */
const measure: MeasureText = (text, font) => text.length * font.size * 0.6;
const directions: FlowDirection[] = ['horizontal', 'vertical'];

function modelOf(doc: SopDocument) {
  const { document, diagnostics } = checkSop(doc);
  expect(
    diagnostics.filter((d) => d.severity === 'error'),
    JSON.stringify(diagnostics),
  ).to.deep.equal([]);
  return normalizeSop(document!);
}

describe('layoutFlow on the bundled examples', () => {
  for (const name of exampleSops) {
    for (const direction of directions) {
      it(`lays out ${name} ${direction}ly with every invariant holding`, async () => {
        const doc = (await loadExample(name)) as SopDocument;
        const model = modelOf(doc);
        const layout = layoutFlow(model, { direction, measureText: measure });
        expect(layout.diagnostics).to.deep.equal([]);
        expect(layout.steps).to.have.length(model.steps.length);
        expect(layout.flows).to.have.length(model.flows.length);
        expect(layout.lanes.map((l) => l.id)).to.deep.equal(model.roles.map((r) => r.id));
        expect(layout.phases.map((p) => p.id)).to.deep.equal(model.phases.map((p) => p.id));
        expect(flowInvariantProblems(layout)).to.deep.equal([]);
      });
    }
  }

  it('draws lanes as rows when horizontal and as columns when vertical', async () => {
    const model = modelOf((await loadExample(exampleSops[0])) as SopDocument);
    const h = layoutFlow(model, { direction: 'horizontal', measureText: measure });
    const v = layoutFlow(model, { direction: 'vertical', measureText: measure });
    expect(h.lanes[1]!.y).to.be.greaterThan(h.lanes[0]!.y);
    expect(h.lanes[1]!.x).to.equal(h.lanes[0]!.x);
    expect(v.lanes[1]!.x).to.be.greaterThan(v.lanes[0]!.x);
    expect(v.lanes[1]!.y).to.equal(v.lanes[0]!.y);
    expect(h.phases[1]!.x).to.be.greaterThan(h.phases[0]!.x);
    expect(v.phases[1]!.y).to.be.greaterThan(v.phases[0]!.y);
  });

  it('keeps lanes and phase bands in document order and contiguous', async () => {
    const model = modelOf((await loadExample('regulated-organisation.sop.json')) as SopDocument);
    const layout = layoutFlow(model, { direction: 'horizontal', measureText: measure });
    layout.lanes.slice(1).forEach((lane, i) => {
      const before = layout.lanes[i]!;
      expect(lane.y).to.be.closeTo(before.y + before.height, 0.01);
    });
    layout.phases.slice(1).forEach((phase, i) => {
      const before = layout.phases[i]!;
      expect(phase.x).to.be.closeTo(before.x + before.width, 0.01);
    });
  });
});

describe('layoutFlow on generated documents', () => {
  for (let seed = 1; seed <= 24; seed++) {
    const steps = 8 + seed * 4;
    it(`keeps the invariants on generated graph #${seed} (${steps} steps, loops)`, () => {
      const model = modelOf(generateSop({ steps, seed, loops: true, roles: 1 + (seed % 6), phases: 1 + (seed % 5) }));
      for (const direction of directions) {
        const layout = layoutFlow(model, { direction, measureText: measure });
        expect(layout.diagnostics).to.deep.equal([]);
        expect(flowInvariantProblems(layout), `${direction}`).to.deep.equal([]);
      }
    });
  }

  it('lays out a document without roles or phases as one lane and one band, drawing neither', () => {
    const doc = generateSop({ steps: 12, seed: 3 });
    delete doc.roles;
    delete doc.phases;
    for (const s of doc.steps) {
      delete s.role;
      delete s.phase;
    }
    const layout = layoutFlow(modelOf(doc), { measureText: measure });
    expect(layout.lanes).to.deep.equal([]);
    expect(layout.phases).to.deep.equal([]);
    expect(flowInvariantProblems(layout)).to.deep.equal([]);
  });

  it('gives a phase without steps an empty band of its own', () => {
    const doc = sampleSop();
    doc.phases = [doc.phases![0]!, { id: 'empty', name: 'Nothing happens here' }, doc.phases![1]!];
    const layout = layoutFlow(modelOf(doc), { measureText: measure });
    const [a, empty, b] = layout.phases;
    expect(empty!.width).to.be.greaterThan(0);
    expect(empty!.x).to.be.closeTo(a!.x + a!.width, 0.01);
    expect(b!.x).to.be.closeTo(empty!.x + empty!.width, 0.01);
    expect(layout.steps.every((s) => s.phase !== 1)).to.equal(true);
  });
});

describe('layoutFlow routing', () => {
  it('routes a flow back to an earlier step as a loop that leaves and enters from the side', () => {
    const doc = sampleSop();
    doc.flows!.push({ from: 'fix', to: 'triage', kind: 'loop', label: 'Not fixed' });
    const layout = layoutFlow(modelOf(doc), { measureText: measure });
    const loop = layout.flows.find((f) => f.label?.label.text === 'Not fixed')!;
    expect(loop.backward).to.equal(true);
    const from = layout.steps.find((s) => s.id === 'fix')!;
    const to = layout.steps.find((s) => s.id === 'triage')!;
    const first = loop.points[0]!;
    const last = loop.points[loop.points.length - 1]!;
    expect(first.x).to.be.closeTo(from.cx, 0.01);
    expect(last.x).to.be.closeTo(to.cx, 0.01);
    expect(loop.points.length).to.be.greaterThan(3);
    expect(flowInvariantProblems(layout)).to.deep.equal([]);
  });

  it('routes a flow from a step to itself around the step', () => {
    const doc = sampleSop();
    doc.flows!.push({ from: 'fix', to: 'fix', kind: 'loop', label: 'Retry' });
    const layout = layoutFlow(modelOf(doc), { measureText: measure });
    const self = layout.flows.find((f) => f.from === 'fix' && f.to === 'fix')!;
    expect(self.backward).to.equal(true);
    expect(self.points.length).to.be.greaterThan(3);
    expect(flowInvariantProblems(layout)).to.deep.equal([]);
  });

  it('draws flows as orthogonal paths with rounded corners and an arrowhead at the target', () => {
    const layout = layoutFlow(modelOf(sampleSop()), { measureText: measure });
    const bent = layout.flows.find((f) => f.points.length > 2)!;
    expect(bent.d).to.match(/^M[\d.,-]+(L[\d.,-]+Q[\d., -]+)+L[\d.,-]+$/);
    const tip = bent.points[bent.points.length - 1]!;
    expect(bent.arrow.startsWith(`M${tip.x},${tip.y}`)).to.equal(true);
  });
});

describe('layoutFlow text', () => {
  it('wraps long labels and truncates with an ellipsis, keeping the full text', () => {
    const doc = sampleSop();
    const long = 'Gather every log line from every server in every region and then read them all very carefully twice';
    doc.steps[3]!.label = long;
    const layout = layoutFlow(modelOf(doc), { measureText: measure });
    const step = layout.steps.find((s) => s.id === 'fix')!;
    expect(step.label.text).to.equal(long);
    expect(step.label.truncated).to.equal(true);
    expect(step.label.lines.length).to.be.at.most(3);
    expect(step.label.lines[step.label.lines.length - 1]!.endsWith('…')).to.equal(true);
    const font = step.label.font;
    for (const line of step.label.lines) expect(measure(line, font)).to.be.at.most(step.width);
  });

  it('breaks a word longer than a line', () => {
    const font = { family: 'x', size: 10, weight: 400 };
    const wrapped = wrapText('Supercalifragilisticexpialidocious', 60, 5, font, measure);
    expect(wrapped.lines.join('')).to.equal('Supercalifragilisticexpialidocious');
    for (const line of wrapped.lines) expect(measure(line, font)).to.be.at.most(60);
  });
});

describe('layoutFlow purity', () => {
  it('gives the same layout for the same document', async () => {
    const doc = (await loadExample('cloud-operations.sop.json')) as SopDocument;
    const a = layoutFlow(modelOf(clone(doc)), { measureText: measure });
    const b = layoutFlow(modelOf(clone(doc)), { measureText: measure });
    expect(JSON.stringify({ ...a, durationMs: 0 })).to.equal(JSON.stringify({ ...b, durationMs: 0 }));
  });

  it('does not mutate the document or the model', async () => {
    const doc = (await loadExample('managed-service-provider.sop.json')) as SopDocument;
    const before = JSON.stringify(doc);
    const model = modelOf(doc);
    const modelBefore = JSON.stringify({
      steps: model.steps,
      flows: model.flows,
      roles: model.roles,
      phases: model.phases,
    });
    layoutFlow(model, { direction: 'vertical', measureText: measure });
    expect(JSON.stringify(doc)).to.equal(before);
    expect(
      JSON.stringify({ steps: model.steps, flows: model.flows, roles: model.roles, phases: model.phases }),
    ).to.equal(modelBefore);
  });

  it('caches by structure: an equal document reuses the layout, a changed label does not', () => {
    const doc = sampleSop();
    const first = layoutFlowCached(modelOf(clone(doc)), { measureText: measure });
    const runs = flowLayoutStats.runs;
    expect(layoutFlowCached(modelOf(clone(doc)), { measureText: measure })).to.equal(first);
    expect(flowLayoutStats.runs).to.equal(runs);
    const changed = clone(doc);
    changed.steps[0]!.label = 'Alarm raised';
    expect(layoutFlowCached(modelOf(changed), { measureText: measure })).to.not.equal(first);
    expect(flowLayoutStats.runs).to.equal(runs + 1);
  });
});

describe('layoutFlow size guard', () => {
  it('answers a document over the limit with SOP_TOO_LARGE instead of a layout', () => {
    const model = modelOf(generateSop({ steps: 60, seed: 2 }));
    const layout = layoutFlow(model, { measureText: measure, maxSteps: 50 });
    expect(layout.steps).to.deep.equal([]);
    expect(layout.diagnostics.map((d) => d.code)).to.deep.equal(['SOP_TOO_LARGE']);
    expect(layout.diagnostics[0]!.message).to.contain('60 steps');
  });

  it('refuses 2,500 chained steps by default without touching Dagre', () => {
    const model = modelOf(generateSop({ steps: 2500, seed: 5, chain: true }));
    const started = performance.now();
    const layout = layoutFlow(model, { measureText: measure });
    expect(layout.diagnostics.map((d) => d.code)).to.deep.equal(['SOP_TOO_LARGE']);
    expect(performance.now() - started).to.be.below(1000);
  });

  it('lays out a 1,500-step chain (the default limit) without overflowing the stack', function () {
    this.timeout(60000);
    const model = modelOf(generateSop({ steps: 1500, seed: 5, chain: true }));
    const layout = layoutFlow(model, { measureText: measure });
    expect(layout.diagnostics).to.deep.equal([]);
    expect(layout.steps).to.have.length(1500);
  });

  it('turns a stack overflow inside Dagre into a diagnostic, never an exception', function () {
    this.timeout(60000);
    const model = modelOf(generateSop({ steps: 6000, seed: 5, chain: true }));
    const layout = layoutFlow(model, { measureText: measure, maxSteps: 100000 });
    expect(layout.diagnostics.map((d) => d.code)).to.deep.equal(['SOP_TOO_LARGE']);
  });
});
