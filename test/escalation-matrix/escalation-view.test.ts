import { expect, fixture, html } from '@open-wc/testing';
import { defineEscalationMatrix, EscalationMatrix } from '../../src/escalation-matrix.js';
import type { SopDocument } from '../../src/model/types.js';
import { clone, sampleSop } from '../helpers/docs.js';
import { loadExample } from '../helpers/examples.js';
import { cellOf, cells, mount, root, text } from './mount.js';

function richSop(): SopDocument {
  const doc = sampleSop();
  doc.roles!.push({
    id: 'manager',
    name: 'Duty manager',
    contacts: [{ name: 'Pat Lee', channel: 'sms', address: '+44 7700 900123' }],
  });
  doc.roles![1]!.contacts = [{ name: 'Primary', channel: 'page', address: 'ops-primary' }];
  doc.escalation!.policies[0]!.repeat = 2;
  doc.escalation!.policies[0]!.steps.push(
    {
      after: 'PT30M',
      role: 'manager',
      channels: ['phone', 'bridge'],
      condition: 'unresolved',
      note: 'Open the bridge.',
    },
    { after: 'P1DT2H', role: 'manager', channels: ['email'], condition: 'unresolved' },
  );
  doc.escalation!.policies.push({ priority: 'p2', steps: [{ after: 'PT0M', role: 'desk', channels: ['email'] }] });
  return doc;
}

describe('<escalation-matrix> escalation view', () => {
  it('registers on import, reflects its attributes and can be defined under another tag', async () => {
    expect(customElements.get('escalation-matrix')).to.equal(EscalationMatrix);
    const el = await mount(sampleSop(), { priority: 'p1', elapsed: 'PT5M' });
    expect(el.getAttribute('view')).to.equal('escalation');
    expect(el.getAttribute('priority')).to.equal('p1');
    expect(el.getAttribute('elapsed')).to.equal('PT5M');
    expect(defineEscalationMatrix('other-escalation-matrix')).to.not.equal(undefined);
    expect(defineEscalationMatrix('other-escalation-matrix')).to.equal(customElements.get('other-escalation-matrix'));
    const other = await fixture<EscalationMatrix>(
      html`<other-escalation-matrix .sop=${sampleSop()}></other-escalation-matrix>`,
    );
    expect(other.shadowRoot!.querySelectorAll('[part~="cell"]').length).to.equal(4);
  });

  it('draws a real table with a caption and column and row headers with scope', async () => {
    const el = await mount(sampleSop());
    const table = root(el).querySelector('table')!;
    expect(text(table.querySelector('caption'))).to.equal('Sample procedure: who is engaged when');
    const cols = Array.from(table.querySelectorAll('thead tr.role-row th')).map((th) => [
      th.getAttribute('scope'),
      text(th),
    ]);
    expect(cols).to.deep.equal([
      ['col', 'Priority'],
      ['col', 'Targets'],
      ['col', 'Service desk Tier 1'],
      ['col', 'On-call engineer Tier 2'],
    ]);
    const rows = Array.from(table.querySelectorAll('tbody th')).map((th) => [
      th.getAttribute('scope'),
      text(th.querySelector('.priority-name')),
    ]);
    expect(rows).to.deep.equal([
      ['row', 'Critical'],
      ['row', 'Normal'],
    ]);
  });

  it('puts priorities down, most urgent first, and roles across by tier then document order', async () => {
    const el = await mount(await loadExample('cloud-operations.sop.json'));
    const rows = Array.from(root(el).querySelectorAll('tbody [part~="row"]')).map((tr) =>
      tr.getAttribute('data-priority'),
    );
    expect(rows).to.deep.equal(['p1', 'p2', 'p3', 'p4', 'p5']);
    const roles = Array.from(root(el).querySelectorAll('[part~="column-header"]')).map((th) =>
      th.getAttribute('data-role'),
    );
    // on-call (tier 1), service team (2), incident commander (3), leadership (4), then monitoring and comms (no tier).
    expect(roles).to.deep.equal([
      'on-call-engineer',
      'service-team',
      'incident-commander',
      'engineering-leadership',
      'monitoring',
      'comms-lead',
    ]);
    expect(cells(el).length).to.equal(5 * 6);
    expect(cells(el).every((c) => c.dataset.priority && c.dataset.role)).to.equal(true);
  });

  it('shows in each cell when the role is engaged, its channels with icon and word, condition and note', async () => {
    const el = await mount(richSop());
    expect(text(cellOf(el, 'p1', 'desk').querySelector('.when'))).to.equal('at once');
    const oncall = cellOf(el, 'p1', 'oncall');
    expect(text(oncall.querySelector('.when'))).to.equal('after 15 min');
    const channel = oncall.querySelector('.channel')!;
    expect(text(channel)).to.equal('Page');
    expect(channel.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    const manager = cellOf(el, 'p1', 'manager');
    expect(Array.from(manager.querySelectorAll('.when')).map(text)).to.deep.equal(['after 30 min', 'after 1 d 2 h']);
    expect(text(manager)).to.contain('if unresolved').and.contain('Phone').and.contain('Bridge').and.contain('Email');
    expect(text(manager)).to.contain('Open the bridge.');
    expect(text(cellOf(el, 'p2', 'oncall').querySelector('.none'))).to.equal('—Not engaged');
  });

  it("shows each row's targets, hours and repeat", async () => {
    const el = await mount(richSop());
    const [p1, p2] = Array.from(root(el).querySelectorAll('[part~="targets"]'));
    const pairs = Array.from(p1!.querySelectorAll('dl div')).map(
      (d) => `${text(d.querySelector('dt'))}: ${text(d.querySelector('dd'))}`,
    );
    expect(pairs).to.deep.equal(['Response: 15 min', 'Resolution: 4 h']);
    expect(text(p1)).to.contain('24×7').and.contain('Repeats 2× while unacknowledged');
    expect(text(p2)).to.contain('Business hours').and.contain('Runs once (no repeat)');
  });

  it('shows the contacts of a role on demand, through a disclosure button', async () => {
    const el = await mount(richSop());
    const cell = root(el).querySelector<HTMLElement>('[part~="contacts"][data-role="manager"]')!;
    const button = cell.querySelector('button')!;
    const list = cell.querySelector<HTMLElement>('.contacts')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal(list.id);
    expect(getComputedStyle(list).display).to.equal('none');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(list).display).to.not.equal('none');
    expect(text(list)).to.contain('Pat Lee').and.contain('SMS').and.contain('+44 7700 900123');
    button.click();
    await el.updateComplete;
    expect(getComputedStyle(list).display).to.equal('none');
  });

  it('shows consistency hints: no policy, no contacts, and a step later than the response target', async () => {
    const doc = clone(sampleSop());
    doc.escalation!.policies[0]!.steps.push({ after: 'PT20M', role: 'desk', condition: 'unacknowledged' });
    const el = await mount(doc);
    expect(text(root(el).querySelector('tr[data-priority="p2"] [part~="targets"]'))).to.contain('No escalation policy');
    expect(text(root(el).querySelector('[part~="contacts"][data-role="oncall"]'))).to.contain('No contacts listed');
    expect(text(cellOf(el, 'p1', 'desk'))).to.contain('Later than the 15 min response target');
    const hints = root(el).querySelector('[part~="warnings"]')!;
    expect(text(hints.querySelector('h3'))).to.equal('3 consistency hints');
    expect(Array.from(hints.querySelectorAll('li')).map((li) => li.dataset.code)).to.deep.equal([
      'MATRIX_LATE_ENGAGEMENT',
      'MATRIX_NO_POLICY',
      'MATRIX_NO_CONTACTS',
    ]);
    expect(text(hints)).to.contain('/escalation/policies/0/steps/2/after');
  });

  it('renders text from the document as text, never as markup', async () => {
    const doc = sampleSop();
    doc.roles![0]!.name = '<img src=x onerror="window.__pwned=1">';
    doc.priorities![0]!.name = '<b>bold</b>';
    const el = await mount(doc);
    expect(root(el).querySelector('img, b')).to.equal(null);
    expect(text(root(el).querySelector('[part~="column-header"]'))).to.contain('<img src=x');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('says plainly when there are no escalation policies or no priorities', async () => {
    const doc = sampleSop();
    delete doc.escalation;
    const el = await mount(doc);
    expect(text(root(el).querySelector('[part~="notice"]'))).to.contain('no escalation policies');
    expect(root(el).querySelectorAll('tbody tr').length).to.equal(2);
    expect(cells(el).length).to.equal(0);

    const bare: SopDocument = {
      format: 'sop/v1',
      id: 'bare',
      title: 'Bare',
      steps: [{ id: 'start', type: 'start', label: 'Start' }],
    };
    const empty = await mount(bare);
    expect(text(root(empty).querySelector('[part~="notice"]'))).to.contain('defines no priorities');
  });

  it('is accessible', async () => {
    const el = await mount(richSop(), { priority: 'p1', elapsed: 'PT20M' });
    await expect(el).to.be.accessible();
  });
});
