import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { EscalationMatrix } from '../../src/escalation-matrix.js';
import type { SopInvalidDetail } from '../../src/components/shared/events.js';
import { sampleSop } from '../helpers/docs.js';
import { cells, mount, root, text } from './mount.js';

const examples = new URL('../../examples/', import.meta.url).href;

function place(build: (el: EscalationMatrix) => void): EscalationMatrix {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('escalation-matrix');
  build(el);
  wrapper.append(el);
  return el;
}

describe('<escalation-matrix> data sources and states', () => {
  it('loads the document from src, saying so while it loads', async () => {
    const el = place((e) => (e.src = `${examples}cloud-operations.sop.json`));
    await el.updateComplete;
    expect(text(root(el).querySelector('[role="status"]'))).to.contain('Loading');
    await waitUntil(() => root(el).querySelector('table'), 'the table never rendered');
    expect(cells(el).length).to.equal(30);
    expect(el.getAttribute('src')).to.contain('cloud-operations');
  });

  it('shows an error panel and fires sop-invalid when src answers 404', async () => {
    const el = place((e) => e.setAttribute('src', `${examples}does-not-exist.sop.json`));
    const event = (await oneEvent(el, 'sop-invalid')) as CustomEvent<SopInvalidDetail>;
    expect(event.detail.diagnostics.map((d) => d.code)).to.deep.equal(['SOP_HTTP_STATUS']);
    await el.updateComplete;
    const panel = root(el).querySelector('[part~="error"]')!;
    expect(text(panel)).to.contain('404').and.contain('does-not-exist.sop.json');
    expect(cells(el).length).to.equal(0);
  });

  it('reads inline JSON from a child script', async () => {
    const el = place((e) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(sampleSop());
      e.append(script);
    });
    await el.updateComplete;
    expect(cells(el).length).to.equal(4);
  });

  it('accepts the document as JSON text in the sop property', async () => {
    const el = await mount(JSON.stringify(sampleSop()));
    expect(cells(el).length).to.equal(4);
  });

  it('says there is nothing to show yet rather than drawing a blank box', async () => {
    const el = place(() => undefined);
    await el.updateComplete;
    expect(text(root(el).querySelector('.state'))).to.contain('No SOP document');
  });

  it('lists every diagnostic of an invalid document with its path, and fires sop-invalid', async () => {
    const doc = sampleSop() as unknown as Record<string, unknown>;
    doc.escalation = { policies: [{ priority: 'p7', steps: [{ after: 'soon', role: 'desk' }] }] };
    const el = place(() => undefined);
    await el.updateComplete;
    setTimeout(() => (el.sop = doc));
    const event = (await oneEvent(el, 'sop-invalid')) as CustomEvent<SopInvalidDetail>;
    const paths = event.detail.diagnostics.map((d) => d.path);
    expect(paths).to.include('/escalation/policies/0/priority').and.include('/escalation/policies/0/steps/0/after');
    const panel = root(el).querySelector('[part~="error"]')!;
    for (const p of paths) expect(text(panel)).to.contain(p);
    expect(text(panel)).to.contain('"p7"').and.contain('"soon"');
  });

  it('keeps the last good matrix (stale) under the error panel, and a later valid document replaces both', async () => {
    const el = await mount(sampleSop());
    el.sop = { format: 'sop/v1', id: 'broken' };
    await el.updateComplete;
    expect(root(el).querySelector('[part~="error"]')).to.not.equal(null);
    expect(root(el).querySelector('.body.stale')).to.not.equal(null);
    expect(cells(el).length).to.equal(4);
    const fixed = sampleSop();
    fixed.title = 'Fixed procedure';
    el.sop = fixed;
    await el.updateComplete;
    expect(root(el).querySelector('[part~="error"]')).to.equal(null);
    expect(root(el).querySelector('.stale')).to.equal(null);
    expect(text(root(el).querySelector('caption'))).to.contain('Fixed procedure');
  });

  it('shows the JSON syntax error of bad inline text', async () => {
    const el = await mount('{ "format": "sop/v1", ');
    expect(text(root(el).querySelector('[part~="error"]'))).to.contain('not valid JSON');
  });
});
