import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { SopInvalidDetail } from '../../src/components/shared/events.js';
import type { SopDiagram } from '../../src/sop-diagram.js';
import { clone, sampleSop } from '../helpers/docs.js';
import { drawn, mount, root, steps, text } from './mount.js';
import { generateSop } from '../layout/generated-sop.js';

const errorPanel = (el: SopDiagram) => root(el).querySelector('[part~="error"]');

describe('<sop-diagram> data sources', () => {
  it('loads the document from src', async () => {
    const el = await fixture<SopDiagram>(
      html`<sop-diagram src="/examples/classic-it-incident.sop.json"></sop-diagram>`,
    );
    await drawn(el);
    expect(steps(el)).to.have.length(32);
    expect(text(root(el).querySelector('[part~="title"]'))).to.equal('IT incident management procedure');
  });

  it('says it is loading while src is fetched, never showing a blank box', async () => {
    const el = await fixture<SopDiagram>(html`<sop-diagram src="/examples/cloud-operations.sop.json"></sop-diagram>`);
    expect(text(root(el).querySelector('[part~="loading"]'))).to.contain('Loading');
    await drawn(el);
    expect(root(el).querySelector('[part~="loading"]')).to.equal(null);
  });

  it('shows an HTTP error for a missing file and fires sop-invalid', async () => {
    const el = document.createElement('sop-diagram');
    const invalid = oneEvent<CustomEvent<SopInvalidDetail>>(el, 'sop-invalid');
    el.src = '/examples/does-not-exist.sop.json';
    await fixture(el);
    const { detail } = await invalid;
    expect(detail.diagnostics.map((d) => d.code)).to.deep.equal(['SOP_HTTP_STATUS']);
    await el.updateComplete;
    expect(text(errorPanel(el))).to.contain('404');
  });

  it('shows a JSON error with its line for a broken file', async () => {
    const el = document.createElement('sop-diagram');
    const invalid = oneEvent<CustomEvent<SopInvalidDetail>>(el, 'sop-invalid');
    el.src = 'data:application/json,{"format": "sop/v1",,}';
    await fixture(el);
    expect((await invalid).detail.diagnostics[0]!.code).to.equal('SOP_JSON_SYNTAX');
    await el.updateComplete;
    expect(text(errorPanel(el))).to.contain('line 1');
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const json = JSON.stringify(sampleSop());
    const el = await fixture<SopDiagram>(
      html`<sop-diagram
        ><script type="application/json">
          ${json}
        </script></sop-diagram
      >`,
    );
    await drawn(el);
    expect(steps(el).map((s) => s.dataset.id)).to.deep.equal(['start', 'triage', 'page', 'fix', 'done']);
  });

  it('tells how to give it a document when it has none', async () => {
    const el = await fixture<SopDiagram>(html`<sop-diagram></sop-diagram>`);
    expect(text(root(el).querySelector('[part~="empty"]'))).to.contain('No procedure to show');
  });
});

describe('<sop-diagram> invalid documents', () => {
  it('lists every diagnostic with its path, fires sop-invalid, and renders nothing from the document as markup', async () => {
    const doc = sampleSop() as unknown as { steps: { role: string; label: string }[] };
    doc.steps[1]!.role = 'nobody';
    doc.steps[2]!.label = '<img src=x onerror=alert(1)>';
    doc.steps[3]!.role = 'ghost';
    const el = document.createElement('sop-diagram');
    const invalid = oneEvent<CustomEvent<SopInvalidDetail>>(el, 'sop-invalid');
    el.sop = doc as never;
    await fixture(el);
    const { detail } = await invalid;
    expect(detail.diagnostics.filter((d) => d.code === 'SOP_UNKNOWN_ROLE')).to.have.length(2);
    await el.updateComplete;
    const panel = errorPanel(el)!;
    expect(text(panel)).to.contain('/steps/1/role');
    expect(text(panel)).to.contain('/steps/3/role');
    expect(root(el).querySelector('img')).to.equal(null);
  });

  it('keeps the last good drawing (dimmed) under the panel, and a later valid document replaces the panel', async () => {
    const el = await mount(sampleSop());
    const bad = clone(sampleSop()) as unknown as { steps: { role: string }[] };
    bad.steps[0]!.role = 'nobody';
    const invalid = oneEvent<CustomEvent<SopInvalidDetail>>(el, 'sop-invalid');
    el.sop = bad as never;
    await invalid;
    await el.updateComplete;
    expect(errorPanel(el)).to.not.equal(null);
    expect(root(el).querySelector('.viewport.stale')).to.not.equal(null);
    expect(steps(el)).to.have.length(5);

    const good = sampleSop();
    good.steps[0]!.label = 'Alarm';
    el.sop = good;
    await el.updateComplete;
    expect(errorPanel(el)).to.equal(null);
    expect(root(el).querySelector('.viewport.stale')).to.equal(null);
    expect(text(root(el).querySelector('[data-id="start"] text'))).to.equal('Alarm');
  });

  it('ends on the last of rapid successive documents', async () => {
    const el = await mount(sampleSop());
    for (let i = 1; i <= 6; i++) {
      const doc = sampleSop();
      doc.title = `Version ${i}`;
      doc.steps[0]!.label = `Start ${i}`;
      el.sop = doc;
      if (i % 2) await Promise.resolve();
    }
    el.src = '/examples/classic-it-incident.sop.json';
    const last = sampleSop();
    last.title = 'Final';
    el.sop = last;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 300));
    await el.updateComplete;
    expect(text(root(el).querySelector('[part~="title"]'))).to.equal('Final');
    expect(text(root(el).querySelector('[data-id="start"] text'))).to.equal('Alert raised');
  });

  it('ends on the last of rapid src changes', async () => {
    const el = await fixture<SopDiagram>(
      html`<sop-diagram src="/examples/classic-it-incident.sop.json"></sop-diagram>`,
    );
    el.src = '/examples/cloud-operations.sop.json';
    el.src = '/examples/regulated-organisation.sop.json';
    await waitUntil(() => text(root(el).querySelector('[part~="title"]')).length > 0, 'never drawn', {
      timeout: 10000,
    });
    await new Promise((r) => setTimeout(r, 300));
    const doc = (await (await fetch('/examples/regulated-organisation.sop.json')).json()) as { title: string };
    expect(text(root(el).querySelector('[part~="title"]'))).to.equal(doc.title);
  });

  it('shows SOP_TOO_LARGE for a document beyond the layout limit, without freezing or throwing', async function () {
    this.timeout(30000);
    const el = document.createElement('sop-diagram');
    const invalid = oneEvent<CustomEvent<SopInvalidDetail>>(el, 'sop-invalid');
    el.sop = generateSop({ steps: 1600, seed: 9, chain: true });
    await fixture(el);
    expect((await invalid).detail.diagnostics.map((d) => d.code)).to.deep.equal(['SOP_TOO_LARGE']);
    await el.updateComplete;
    expect(text(errorPanel(el))).to.contain('1600 steps');
    expect(steps(el)).to.have.length(0);
  });
});
