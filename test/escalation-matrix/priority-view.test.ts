import { expect } from '@open-wc/testing';
import { sampleSop } from '../helpers/docs.js';
import { loadExample } from '../helpers/examples.js';
import { cells, mount, root, text } from './mount.js';

describe('<escalation-matrix view="priority">', () => {
  it('draws impact levels down and urgency levels across in a table with headers', async () => {
    const el = await mount(await loadExample('classic-it-incident.sop.json'), { view: 'priority' });
    const table = root(el).querySelector('table')!;
    expect(text(table.querySelector('caption'))).to.equal(
      'IT incident management procedure: how impact and urgency set the priority',
    );
    const across = Array.from(table.querySelectorAll('thead th[scope="col"]')).map((th) =>
      text(th.querySelector('.level-name')),
    );
    expect(across.slice(1)).to.deep.equal(['High', 'Medium', 'Low']);
    const down = Array.from(table.querySelectorAll('tbody th[scope="row"]')).map((th) =>
      th.getAttribute('data-impact'),
    );
    expect(down).to.deep.equal(['high', 'medium', 'low']);
    const grid = cells(el).map(
      (c) => `${c.dataset.impact}×${c.dataset.urgency}=${text(c.querySelector('.priority-name'))}`,
    );
    expect(grid).to.deep.equal([
      'high×high=P1 Critical',
      'high×medium=P2 High',
      'high×low=P3 Medium',
      'medium×high=P2 High',
      'medium×medium=P3 Medium',
      'medium×low=P4 Low',
      'low×high=P3 Medium',
      'low×medium=P4 Low',
      'low×low=P4 Low',
    ]);
  });

  it("colours each cell by its priority's tone through a class, never an inline style", async () => {
    const el = await mount(sampleSop(), { view: 'priority' });
    const [p1, p2] = cells(el);
    expect(p1!.classList.contains('tone-critical')).to.equal(true);
    expect(p2!.classList.contains('tone-medium')).to.equal(true);
    expect(root(el).querySelector('[style]')).to.equal(null);
    const critical = getComputedStyle(p1!).borderTopColor;
    el.style.setProperty('--sop-tone-critical', 'rgb(1, 2, 3)');
    expect(getComputedStyle(p1!).borderTopColor).to.equal('rgb(1, 2, 3)');
    expect(critical).to.not.equal('rgb(1, 2, 3)');
  });

  it("shows the priority's targets on hover or focus, and describes the cell with them", async () => {
    const el = await mount(sampleSop(), { view: 'priority' });
    const cell = cells(el)[0]!;
    const tip = root(el).getElementById(cell.getAttribute('aria-describedby')!)!;
    expect(text(tip)).to.equal('Response 15 min · Resolution 4 h · 24×7');
    expect(getComputedStyle(tip).visibility).to.equal('hidden');
    cell.focus();
    expect(getComputedStyle(tip).visibility).to.equal('visible');
    const p2 = root(el).getElementById(cells(el)[1]!.getAttribute('aria-describedby')!)!;
    expect(text(p2)).to.equal('Response 4 h · Resolution 2 d · Business hours');
  });

  it('marks the cells of the highlighted priority', async () => {
    const el = await mount(sampleSop(), { view: 'priority', priority: 'p2' });
    const lit = Array.from(root(el).querySelectorAll<HTMLElement>('[part~="highlighted"]'));
    expect(lit.map((c) => `${c.dataset.impact}×${c.dataset.urgency}`)).to.deep.equal([
      'high×low',
      'low×high',
      'low×low',
    ]);
    expect(lit.every((c) => c.getAttribute('part')!.split(' ').includes('cell'))).to.equal(true);
  });

  it('says plainly when the document has no priority matrix, and still lists the priorities', async () => {
    const doc = sampleSop();
    delete doc.priorityMatrix;
    const el = await mount(doc, { view: 'priority' });
    expect(root(el).querySelector('table')).to.equal(null);
    expect(cells(el).length).to.equal(0);
    expect(text(root(el).querySelector('[part~="notice"]'))).to.contain('no priority matrix');
    expect(text(root(el).querySelector('[part~="legend"]')))
      .to.contain('Critical')
      .and.contain('Response 15 min');
    await expect(el).to.be.accessible();
  });

  it('switches between the two views', async () => {
    const el = await mount(sampleSop());
    expect(cells(el)[0]!.dataset.role).to.equal('desk');
    el.view = 'priority';
    await el.updateComplete;
    expect(el.getAttribute('view')).to.equal('priority');
    expect(cells(el)[0]!.dataset.impact).to.equal('high');
    el.setAttribute('view', 'escalation');
    await el.updateComplete;
    expect(cells(el)[0]!.dataset.role).to.equal('desk');
  });

  it('is accessible', async () => {
    const el = await mount(await loadExample('enterprise-service-desk.sop.json'), { view: 'priority', priority: 'p1' });
    await expect(el).to.be.accessible();
  });
});
