import { expect } from '@open-wc/testing';
import { sampleSop } from '../helpers/docs.js';
import { loadExample } from '../helpers/examples.js';
import { cellOf, mount, root, text } from './mount.js';

const parts = (el: Element) => (el.getAttribute('part') ?? '').split(' ');

describe('<escalation-matrix> priority and elapsed', () => {
  it('marks a cell engaged exactly at its step\'s "after"', async () => {
    const el = await mount(sampleSop(), { priority: 'p1', elapsed: 'PT15M' });
    expect(parts(cellOf(el, 'p1', 'desk'))).to.include('engaged');
    expect(parts(cellOf(el, 'p1', 'oncall'))).to.include('engaged');
    expect(text(cellOf(el, 'p1', 'oncall'))).to.contain('Engaged');
    expect(root(el).querySelectorAll('[part~="engaged"]').length).to.equal(2);
  });

  it('does not mark it one second earlier, and says who is next and in how long', async () => {
    const el = await mount(sampleSop(), { priority: 'p1', elapsed: 'PT14M59S' });
    expect(parts(cellOf(el, 'p1', 'desk'))).to.include('engaged');
    const oncall = cellOf(el, 'p1', 'oncall');
    expect(parts(oncall)).to.not.include('engaged');
    expect(parts(oncall)).to.include('next');
    expect(text(oncall.querySelector('.next-badge'))).to.equal('Next, in 1 s');
    expect(text(root(el).querySelector('tr[data-priority="p1"] [part~="progress"]'))).to.equal(
      'At 14 min 59 s: 1 of 2 steps engaged. Next: On-call engineer in 1 s (after 15 min).',
    );
    expect(text(root(el).querySelector('[role="status"]'))).to.contain('Critical. At 14 min 59 s');
  });

  it('updates the marks when elapsed changes', async () => {
    const el = await mount(sampleSop(), { priority: 'p1', elapsed: 'PT0M' });
    expect(root(el).querySelectorAll('[part~="engaged"]').length).to.equal(1);
    el.elapsed = 'PT1H';
    await el.updateComplete;
    expect(root(el).querySelectorAll('[part~="engaged"]').length).to.equal(2);
    expect(text(root(el).querySelector('[part~="progress"]'))).to.equal('At 1 h: all 2 steps engaged.');
    el.removeAttribute('elapsed');
    await el.updateComplete;
    expect(root(el).querySelectorAll('[part~="engaged"]').length).to.equal(0);
    expect(root(el).querySelector('[part~="progress"]')).to.equal(null);
  });

  it('highlights the row of the priority', async () => {
    const el = await mount(await loadExample('classic-it-incident.sop.json'), { priority: 'p2' });
    const lit = root(el).querySelectorAll('[part~="highlighted"]');
    expect(lit.length).to.equal(1);
    expect(lit[0]!.getAttribute('data-priority')).to.equal('p2');
    expect(lit[0]!.getAttribute('aria-current')).to.equal('true');
    el.priority = 'p4';
    await el.updateComplete;
    expect(root(el).querySelector('[part~="highlighted"]')!.getAttribute('data-priority')).to.equal('p4');
  });

  it('marks only the highlighted row, or every row when no priority is set', async () => {
    const doc = await loadExample('classic-it-incident.sop.json');
    const one = await mount(doc, { priority: 'p2', elapsed: 'PT20M' });
    const engaged = (el: Element) =>
      Array.from(el.shadowRoot!.querySelectorAll('[part~="engaged"]')).map(
        (c) => `${c.getAttribute('data-priority')}/${c.getAttribute('data-role')}`,
      );
    expect(engaged(one)).to.deep.equal(['p2/service-desk', 'p2/l2-support']);
    const all = await mount(doc, { elapsed: 'PT20M' });
    expect(engaged(all)).to.deep.equal([
      'p1/service-desk',
      'p1/l3-engineering',
      'p1/incident-manager',
      'p2/service-desk',
      'p2/l2-support',
      'p3/service-desk',
      'p4/service-desk',
    ]);
  });

  it('explains an elapsed that is not a duration instead of throwing, and marks nothing', async () => {
    const el = await mount(sampleSop(), { priority: 'p1', elapsed: '20 minutes' });
    const notice = root(el).querySelector('[part~="notice"]');
    expect(text(notice)).to.contain('"20 minutes" is not a duration').and.contain('PT20M');
    expect(root(el).querySelectorAll('[part~="engaged"]').length).to.equal(0);
    expect(root(el).querySelectorAll('[part~="cell"]').length).to.equal(4);
  });

  it('treats empty priority and elapsed attributes as unset', async () => {
    const el = await mount(sampleSop());
    el.setAttribute('priority', '');
    el.setAttribute('elapsed', '');
    await el.updateComplete;
    expect(root(el).querySelectorAll('[part~="notice"], [part~="highlighted"], [part~="engaged"]').length).to.equal(0);
  });

  it('explains a priority the document does not define', async () => {
    const el = await mount(sampleSop(), { priority: 'p9', elapsed: 'PT1H' });
    expect(text(root(el).querySelector('[part~="notice"]')))
      .to.contain('"p9" is not one of')
      .and.contain('"p1", "p2"');
    expect(root(el).querySelectorAll('[part~="highlighted"], [part~="engaged"]').length).to.equal(0);
  });

  it('counts delays of a business-hours priority in working time', async () => {
    const doc = sampleSop();
    doc.escalation!.policies.push({
      priority: 'p2',
      steps: [
        { after: 'PT0M', role: 'desk' },
        { after: 'P1D', role: 'oncall' },
      ],
    });
    // 08:00–17:00: one working day is 9 hours.
    const el = await mount(doc, { priority: 'p2', elapsed: 'PT9H' });
    expect(parts(cellOf(el, 'p2', 'oncall'))).to.include('engaged');
    el.elapsed = 'PT8H59M';
    await el.updateComplete;
    expect(parts(cellOf(el, 'p2', 'oncall'))).to.not.include('engaged');
    expect(text(cellOf(el, 'p2', 'oncall').querySelector('.next-badge'))).to.equal('Next, in 1 min');
  });
});
