import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import type { EscalationMatrix } from '../../src/escalation-matrix.js';
import { sampleSop } from '../helpers/docs.js';
import { loadExample } from '../helpers/examples.js';
import { cellOf, cells, mount, press, root } from './mount.js';

const focused = (el: EscalationMatrix) => root(el).activeElement as HTMLElement | null;
const at = (el: EscalationMatrix) => {
  const f = focused(el);
  if (!f) return 'none';
  return f.dataset.impact ? `${f.dataset.impact}/${f.dataset.urgency}` : `${f.dataset.priority}/${f.dataset.role}`;
};

describe('<escalation-matrix> keyboard and selection', () => {
  it('fires sop-cell-select with the priority and role on click, bubbling out of the shadow root', async () => {
    const el = await mount(sampleSop());
    const wrapper = el.parentElement!;
    setTimeout(() => cellOf(el, 'p1', 'oncall').click());
    const event = await oneEvent(wrapper, 'sop-cell-select');
    expect(event.detail).to.deep.equal({ priority: 'p1', role: 'oncall' });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('fires sop-cell-select on Enter and on Space', async () => {
    const el = await mount(sampleSop());
    const cell = cellOf(el, 'p2', 'desk');
    cell.focus();
    setTimeout(() => press(cell, 'Enter'));
    expect((await oneEvent(el, 'sop-cell-select')).detail).to.deep.equal({ priority: 'p2', role: 'desk' });
    setTimeout(() => press(cell, ' '));
    expect((await oneEvent(el, 'sop-cell-select')).detail).to.deep.equal({ priority: 'p2', role: 'desk' });
  });

  it('makes exactly one cell tabbable and moves it with the arrow keys, Home and End', async () => {
    const el = await mount(await loadExample('classic-it-incident.sop.json'));
    const tabbable = () => cells(el).filter((c) => c.tabIndex === 0);
    expect(tabbable().length).to.equal(1);
    tabbable()[0]!.focus();
    expect(at(el)).to.equal('p1/service-desk');
    press(focused(el)!, 'ArrowRight');
    await el.updateComplete;
    expect(at(el)).to.equal('p1/l2-support');
    press(focused(el)!, 'ArrowDown');
    await el.updateComplete;
    expect(at(el)).to.equal('p2/l2-support');
    press(focused(el)!, 'End');
    await el.updateComplete;
    expect(at(el)).to.equal('p2/management');
    press(focused(el)!, 'ArrowRight');
    await el.updateComplete;
    expect(at(el)).to.equal('p2/management');
    press(focused(el)!, 'End', { ctrlKey: true });
    await el.updateComplete;
    expect(at(el)).to.equal('p4/management');
    press(focused(el)!, 'Home', { ctrlKey: true });
    await el.updateComplete;
    expect(at(el)).to.equal('p1/service-desk');
    press(focused(el)!, 'ArrowUp');
    press(focused(el)!, 'ArrowLeft');
    await el.updateComplete;
    expect(at(el)).to.equal('p1/service-desk');
    expect(tabbable().length).to.equal(1);
  });

  it('moves the tabbable cell to a clicked cell', async () => {
    const el = await mount(sampleSop());
    cellOf(el, 'p2', 'oncall').click();
    await el.updateComplete;
    expect(cellOf(el, 'p2', 'oncall').tabIndex).to.equal(0);
    expect(cellOf(el, 'p1', 'desk').tabIndex).to.equal(-1);
  });

  it('mirrors left and right on a right-to-left page', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div dir="rtl"></div>`);
    const el = document.createElement('escalation-matrix');
    el.sop = sampleSop();
    wrapper.append(el);
    await el.updateComplete;
    cellOf(el, 'p1', 'desk').focus();
    press(cellOf(el, 'p1', 'desk'), 'ArrowLeft');
    await el.updateComplete;
    expect(at(el)).to.equal('p1/oncall');
  });

  it('moves between grid cells with the arrow keys in the priority view and selects with Enter', async () => {
    const el = await mount(sampleSop(), { view: 'priority' });
    const first = cells(el).find((c) => c.tabIndex === 0)!;
    expect(`${first.dataset.impact}/${first.dataset.urgency}`).to.equal('high/high');
    first.focus();
    press(first, 'ArrowRight');
    await el.updateComplete;
    expect(at(el)).to.equal('high/low');
    press(focused(el)!, 'ArrowDown');
    await el.updateComplete;
    expect(at(el)).to.equal('low/low');
    setTimeout(() => press(focused(el)!, 'Enter'));
    const event = await oneEvent(el, 'sop-cell-select');
    expect(event.detail).to.deep.equal({ priority: 'p2', impact: 'low', urgency: 'low' });
  });

  it('fires nothing for a grid cell the matrix leaves empty', async () => {
    const doc = sampleSop();
    delete doc.priorityMatrix!.cells.low!.low;
    const el = await mount(doc, { view: 'priority' });
    let fired = 0;
    el.addEventListener('sop-cell-select', () => fired++);
    const empty = root(el).querySelector<HTMLElement>('[data-impact="low"][data-urgency="low"]')!;
    empty.click();
    press(empty, 'Enter');
    expect(fired).to.equal(0);
    expect(empty.textContent).to.contain('Not set');
  });
});
