import { expect } from '@open-wc/testing';
import { checkSop } from '../../src/model/parse.js';
import { normalizeSop, type SopModel } from '../../src/model/normalize.js';
import type { SopDocument } from '../../src/model/types.js';
import {
  engagementLabel,
  escalationRoles,
  layoutEscalation,
  layoutPriorityGrid,
  type EscalationLayout,
} from '../../src/layout/matrix.js';
import { clone, sampleSop } from '../helpers/docs.js';
import { exampleSops, loadExample } from '../helpers/examples.js';

function model(doc: SopDocument): SopModel {
  const { document, diagnostics } = checkSop(doc);
  expect(document, JSON.stringify(diagnostics, null, 1)).to.not.equal(undefined);
  return normalizeSop(document!);
}

/** A procedure with tiers out of document order, a role engaged twice and a business-hours priority. */
function tieredSop(): SopDocument {
  const doc = sampleSop();
  doc.roles = [
    { id: 'manager', name: 'Duty manager', contacts: [{ name: 'Pat', channel: 'phone' }] },
    { id: 'l2', name: 'L2 support', tier: 2, contacts: [{ name: 'L2 queue', channel: 'email' }] },
    { id: 'desk', name: 'Service desk', tier: 1, contacts: [{ name: 'Desk', channel: 'phone' }] },
    { id: 'l3', name: 'L3 engineering', tier: 2, contacts: [{ name: 'Eng', channel: 'page' }] },
    { id: 'unused', name: 'Not in any policy', tier: 1 },
  ];
  doc.steps = doc.steps.map((s) => ({ ...s, role: s.role === 'oncall' ? 'l2' : 'desk' }));
  doc.escalation = {
    policies: [
      {
        priority: 'p1',
        repeat: 2,
        steps: [
          { after: 'PT30M', role: 'manager', channels: ['phone', 'sms'], note: 'Brief the manager.' },
          { after: 'PT0M', role: 'desk', channels: ['phone', 'chat'] },
          { after: 'PT15M', role: 'l2', channels: ['page'], condition: 'unacknowledged' },
          { after: 'P1DT2H', role: 'manager', channels: ['bridge'], condition: 'unresolved' },
          { after: 'PT15M', role: 'l3', channels: ['page'] },
        ],
      },
      {
        priority: 'p2',
        steps: [
          { after: 'PT0M', role: 'desk' },
          { after: 'P1D', role: 'l2', condition: 'unresolved' },
        ],
      },
    ],
  };
  return doc;
}

describe('layoutEscalation', () => {
  it('has one row per priority, most urgent first, with its targets in words', () => {
    const layout = layoutEscalation(model(sampleSop()));
    expect(layout.rows.map((r) => r.id)).to.deep.equal(['p1', 'p2']);
    expect(layout.rows[0]!.targets).to.deep.equal({ response: '15 min', resolution: '4 h', updates: undefined });
    expect(layout.rows[1]!.targets.resolution).to.equal('2 d');
  });

  it('orders columns by tier, then document order, roles without a tier last, and only roles in policies', () => {
    const m = model(tieredSop());
    expect(escalationRoles(m).map((r) => r.id)).to.deep.equal(['desk', 'l2', 'l3', 'manager']);
    const layout = layoutEscalation(m);
    expect(layout.columns.map((c) => c.id)).to.deep.equal(['desk', 'l2', 'l3', 'manager']);
    for (const row of layout.rows) expect(row.cells.map((c) => c.role)).to.deep.equal(['desk', 'l2', 'l3', 'manager']);
  });

  it('fills each cell with its engagements in time order: when, channels, condition and note', () => {
    const row = layoutEscalation(model(tieredSop())).rows[0]!;
    const [desk, l2, , manager] = row.cells;
    expect(desk!.engagements.map((e) => [e.label, e.channels, e.conditionLabel])).to.deep.equal([
      ['at once', ['phone', 'chat'], undefined],
    ]);
    expect(l2!.engagements[0]!.label).to.equal('after 15 min');
    expect(l2!.engagements[0]!.conditionLabel).to.equal('if unacknowledged');
    expect(manager!.engagements.map((e) => e.label)).to.deep.equal(['after 30 min', 'after 1 d 2 h']);
    expect(manager!.engagements[0]!.note).to.equal('Brief the manager.');
    expect(manager!.engagements[1]!.conditionLabel).to.equal('if unresolved');
    expect(manager!.engagements.map((e) => e.index)).to.deep.equal([0, 3]);
    expect(row.repeat).to.equal(2);
  });

  it('labels delays for people', () => {
    expect(engagementLabel('PT0M', 0)).to.equal('at once');
    expect(engagementLabel('PT15M', 900_000)).to.equal('after 15 min');
    expect(engagementLabel('P1DT2H', 93_600_000)).to.equal('after 1 d 2 h');
  });

  it('marks a step engaged exactly at its "after", and not one second before', () => {
    const m = model(sampleSop());
    const at = layoutEscalation(m, { elapsed: 'PT15M' }).rows[0]!;
    expect(at.cells.map((c) => c.engaged)).to.deep.equal([true, true]);
    expect(at.progress).to.deep.include({ reached: 2, total: 2, next: undefined });

    const before = layoutEscalation(m, { elapsed: 'PT14M59S' }).rows[0]!;
    expect(before.cells.map((c) => c.engaged)).to.deep.equal([true, false]);
    expect(before.cells.map((c) => c.next)).to.deep.equal([false, true]);
    expect(before.progress!.next).to.deep.include({
      inMs: 1000,
      inLabel: '1 s',
      label: 'after 15 min',
      roles: ['oncall'],
    });
  });

  it('marks nothing without elapsed, and at zero only the steps "at once"', () => {
    const m = model(sampleSop());
    const none = layoutEscalation(m).rows[0]!;
    expect(none.cells.some((c) => c.engaged)).to.equal(false);
    expect(none.progress).to.equal(undefined);
    const zero = layoutEscalation(m, { elapsed: 'PT0S' }).rows[0]!;
    expect(zero.cells.map((c) => c.engaged)).to.deep.equal([true, false]);
  });

  it('names every role of the next step when several share its delay', () => {
    const row = layoutEscalation(model(tieredSop()), { elapsed: 'PT10M' }).rows[0]!;
    expect(row.progress!.next).to.deep.include({ inLabel: '5 min', roles: ['l2', 'l3'] });
    expect(row.cells.filter((c) => c.next).map((c) => c.role)).to.deep.equal(['l2', 'l3']);
  });

  it('applies elapsed to the highlighted priority only when one is given', () => {
    const m = model(tieredSop());
    const all = layoutEscalation(m, { elapsed: 'PT1M' });
    expect(all.rows.map((r) => r.cells[0]!.engaged)).to.deep.equal([true, true]);
    const one = layoutEscalation(m, { elapsed: 'PT1M', priority: 'p2' });
    expect(one.rows.map((r) => r.cells[0]!.engaged)).to.deep.equal([false, true]);
    expect(one.rows[0]!.progress).to.equal(undefined);
  });

  it('reads delays and elapsed on the priority clock: a day of a business-hours priority is one working day', () => {
    const m = model(tieredSop());
    // 08:00–17:00: P1D is 9 working hours.
    expect(layoutEscalation(m, { elapsed: 'PT9H', priority: 'p2' }).rows[1]!.cells[1]!.engaged).to.equal(true);
    expect(layoutEscalation(m, { elapsed: 'PT8H59M59S', priority: 'p2' }).rows[1]!.cells[1]!.engaged).to.equal(false);
    expect(layoutEscalation(m, { elapsed: 'PT9H', priority: 'p1' }).rows[0]!.cells[3]!.engaged).to.equal(true);
  });

  it('says when every step is reached, and keeps the repeat count', () => {
    const row = layoutEscalation(model(tieredSop()), { elapsed: 'P2D' }).rows[0]!;
    expect(row.progress).to.deep.include({ reached: 5, total: 5, next: undefined });
    expect(row.repeat).to.equal(2);
  });

  it('ignores an elapsed that is not a duration and says so', () => {
    const layout = layoutEscalation(model(sampleSop()), { elapsed: '20 minutes' });
    expect(layout.elapsedInvalid).to.equal(true);
    expect(layout.rows.every((r) => r.progress === undefined && r.cells.every((c) => !c.engaged))).to.equal(true);
    expect(layoutEscalation(model(sampleSop()), { elapsed: 'PT20M' }).elapsedInvalid).to.equal(false);
  });

  it('warns about a priority with no policy and a role with no contacts, with JSON Pointers', () => {
    const layout = layoutEscalation(model(sampleSop()));
    const codes = layout.warnings.map((w) => [w.code, w.path, w.priority ?? w.role]);
    expect(codes).to.deep.equal([
      ['MATRIX_NO_POLICY', '/priorities/1', 'p2'],
      ['MATRIX_NO_CONTACTS', '/roles/1', 'oncall'],
    ]);
    expect(layout.rows[1]!.hasPolicy).to.equal(false);
    expect(layout.rows[1]!.warnings[0]!.message).to.contain('Normal').and.contain('"p2"');
    expect(layout.columns[1]!.warnings[0]!.message).to.contain('On-call engineer');
  });

  it('warns when a first engagement or an escalation for want of acknowledgement comes after the response target', () => {
    const doc = clone(sampleSop());
    doc.roles![1]!.contacts = [{ name: 'Pager', channel: 'page' }];
    doc.escalation = {
      policies: [
        {
          priority: 'p1',
          steps: [
            { after: 'PT20M', role: 'desk' },
            { after: 'PT30M', role: 'oncall', condition: 'unacknowledged' },
            { after: 'PT1H', role: 'oncall', condition: 'unresolved' },
          ],
        },
        {
          priority: 'p2',
          steps: [
            { after: 'PT0M', role: 'desk' },
            { after: 'PT4H', role: 'oncall', condition: 'unacknowledged' },
          ],
        },
      ],
    };
    const layout = layoutEscalation(model(doc));
    expect(layout.warnings.map((w) => [w.code, w.path])).to.deep.equal([
      ['MATRIX_LATE_ENGAGEMENT', '/escalation/policies/0/steps/0/after'],
      ['MATRIX_LATE_ENGAGEMENT', '/escalation/policies/0/steps/1/after'],
    ]);
    expect(layout.warnings[0]!.message).to.contain('after 20 min').and.contain('15 min response target');
    const oncall = layout.rows[0]!.cells[1]!.engagements;
    expect(oncall.map((e) => e.late)).to.deep.equal([true, false]);
  });

  it('keeps the document positions of steps for warning paths when normalisation reorders them', () => {
    const doc = tieredSop();
    doc.escalation!.policies[0]!.steps[2]!.after = 'PT45M';
    const late = layoutEscalation(model(doc)).warnings.filter((w) => w.code === 'MATRIX_LATE_ENGAGEMENT');
    expect(late.map((w) => w.path)).to.deep.equal(['/escalation/policies/0/steps/2/after']);
  });

  it('lays out a procedure without escalation as rows with no columns, each warned about', () => {
    const doc = sampleSop();
    delete doc.escalation;
    const layout = layoutEscalation(model(doc));
    expect(layout.columns).to.deep.equal([]);
    expect(layout.rows.map((r) => r.warnings.map((w) => w.code))).to.deep.equal([
      ['MATRIX_NO_POLICY'],
      ['MATRIX_NO_POLICY'],
    ]);
  });

  it('places marks, targets and elapsed on a 0–1 strip', () => {
    const strip = layoutEscalation(model(sampleSop()), { elapsed: 'PT10M' }).rows[0]!.strip;
    expect(strip.marks.map((m) => m.x)[0]).to.equal(0);
    expect(strip.resolution).to.equal(1);
    for (const x of [...strip.marks.map((m) => m.x), strip.response!, strip.elapsed!]) {
      expect(x).to.be.within(0, 1);
    }
    expect(strip.elapsed!).to.be.below(strip.response!);
  });

  it('is deterministic and does not mutate the model', () => {
    const m = model(tieredSop());
    const before = JSON.stringify(m.document) + JSON.stringify(m.policies);
    const a = layoutEscalation(m, { elapsed: 'PT20M', priority: 'p1' });
    const b = layoutEscalation(m, { elapsed: 'PT20M', priority: 'p1' });
    expect(JSON.stringify(a)).to.equal(JSON.stringify(b));
    expect(JSON.stringify(m.document) + JSON.stringify(m.policies)).to.equal(before);
  });
});

describe('layoutPriorityGrid', () => {
  it('puts impact levels down and urgency levels across, each cell with its priority', () => {
    const grid = layoutPriorityGrid(model(sampleSop()))!;
    expect(grid.impact.map((l) => l.id)).to.deep.equal(['high', 'low']);
    expect(grid.urgency.map((l) => l.id)).to.deep.equal(['high', 'low']);
    expect(grid.rows.map((r) => r.cells.map((c) => `${c.impact}/${c.urgency}=${c.priority?.id}`))).to.deep.equal([
      ['high/high=p1', 'high/low=p2'],
      ['low/high=p2', 'low/low=p2'],
    ]);
  });

  it('leaves a cell the matrix does not fill empty, and returns nothing without a matrix', () => {
    const doc = sampleSop();
    delete doc.priorityMatrix!.cells.low!.low;
    expect(layoutPriorityGrid(model(doc))!.rows[1]!.cells[1]!.priority).to.equal(undefined);
    delete doc.priorityMatrix;
    expect(layoutPriorityGrid(model(doc))).to.equal(undefined);
  });
});

describe('the matrix of every example', () => {
  for (const name of exampleSops) {
    it(`${name}: every policy step lands in exactly one cell, and the grid is complete`, async () => {
      const m = model((await loadExample(name)) as SopDocument);
      const layout: EscalationLayout = layoutEscalation(m, { elapsed: 'PT20M' });
      const placed = layout.rows.reduce((n, r) => n + r.cells.reduce((k, c) => k + c.engagements.length, 0), 0);
      expect(placed).to.equal(m.policies.reduce((n, p) => n + p.steps.length, 0));
      expect(layout.warnings, JSON.stringify(layout.warnings, null, 1)).to.deep.equal([]);
      const grid = layoutPriorityGrid(m)!;
      expect(grid.rows.every((r) => r.cells.every((c) => c.priority))).to.equal(true);
    });
  }
});
