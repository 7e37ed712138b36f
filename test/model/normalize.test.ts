import { expect } from '@open-wc/testing';
import { applyLens } from '../../src/model/lens.js';
import { normalizeSop } from '../../src/model/normalize.js';
import { HOUR_MS } from '../../src/model/duration.js';
import { clone, sampleSop } from '../helpers/docs.js';

describe('normalizeSop', () => {
  it('fills defaults, resolves indexes and builds lookups without touching the input', () => {
    const doc = sampleSop();
    const before = JSON.stringify(doc);
    const model = normalizeSop(doc);
    expect(JSON.stringify(doc)).to.equal(before);
    expect(model.stepById.get('fix')?.roleIndex).to.equal(1);
    expect(model.stepById.get('fix')?.phaseIndex).to.equal(1);
    expect(model.flows.map((f) => f.id)).to.deep.equal(['flow-0', 'flow-1', 'flow-2', 'flow-3', 'flow-4']);
    expect(model.flows[0]!.kind).to.equal('normal');
    expect(model.outgoing.get('triage')?.map((f) => f.to)).to.deep.equal(['page', 'fix']);
    expect(model.starts).to.deep.equal(['start']);
    expect(model.priorityById.get('p1')?.hours).to.equal('24x7');
    // P2D in business hours of 08:00–17:00 is 18 working hours.
    expect(model.priorityById.get('p2')?.resolutionMs).to.equal(18 * HOUR_MS);
    expect(model.policyByPriority.get('p1')?.steps.map((s) => [s.afterMs, s.condition])).to.deep.equal([
      [0, 'always'],
      [15 * 60_000, 'always'],
    ]);
  });

  it('sorts escalation steps by delay', () => {
    const doc = clone(sampleSop());
    doc.escalation!.policies[0]!.steps.reverse();
    expect(normalizeSop(doc).policies[0]!.steps.map((s) => s.role)).to.deep.equal(['desk', 'oncall']);
  });

  it('orders escalation steps of a business-hours priority in working time, as the matrix shows them', () => {
    const doc = clone(sampleSop());
    doc.businessHours = { ...doc.businessHours!, start: '09:00', end: '18:00' };
    doc.escalation!.policies = [
      {
        priority: 'p2',
        steps: [
          { after: 'PT10H', role: 'desk' },
          { after: 'P1D', role: 'oncall' },
        ],
      },
    ];
    const steps = normalizeSop(doc).policyByPriority.get('p2')!.steps;
    // One working day is 9 working hours: it comes before 10 working hours.
    expect(steps.map((s) => [s.role, s.afterMs])).to.deep.equal([
      ['oncall', 9 * HOUR_MS],
      ['desk', 10 * HOUR_MS],
    ]);
  });

  it('draws a step without a phase in the phase of the step before it', () => {
    const doc = clone(sampleSop());
    delete doc.steps[4]!.phase;
    expect(normalizeSop(doc).stepById.get('done')?.phaseIndex).to.equal(1);
  });
});

describe('applyLens', () => {
  const model = normalizeSop(sampleSop());

  it('lights everything with no lens', () => {
    const r = applyLens(model, {});
    expect(r.steps.size).to.equal(5);
    expect(r.flows.size).to.equal(5);
  });

  it('lights exactly the P1 path under a P1 lens', () => {
    const r = applyLens(model, { priority: 'p1' });
    expect([...r.steps].sort()).to.deep.equal(['done', 'fix', 'page', 'start', 'triage']);
    expect(r.flows.has('flow-2')).to.equal(false);
  });

  it('dims the P1-only branch and its step under a P2 lens', () => {
    const r = applyLens(model, { priority: 'p2' });
    expect(r.steps.has('page')).to.equal(false);
    expect(r.flows.has('flow-1')).to.equal(false);
    expect(r.flows.has('flow-3')).to.equal(false);
    expect(r.steps.has('fix')).to.equal(true);
  });

  it('dims what is reachable only through a dimmed step', () => {
    const doc = clone(sampleSop());
    doc.flows = doc.flows!.filter((f) => !(f.from === 'triage' && f.to === 'fix'));
    const r = applyLens(normalizeSop(doc), { priority: 'p2' });
    expect([...r.steps].sort()).to.deep.equal(['start', 'triage']);
  });
});
