import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { layoutWorkerConfig, type SopDiagram } from '../../src/sop-diagram.js';
import { flowLayoutStats } from '../../src/layout/flow.js';
import { sampleSop } from '../helpers/docs.js';
import { loadExample } from '../helpers/examples.js';
import { generateSop } from '../layout/generated-sop.js';
import { drawn, mount, root, steps, text } from './mount.js';

describe('<sop-diagram> accessibility', () => {
  it('has no serious axe violations', async () => {
    const el = await mount(await loadExample('classic-it-incident.sop.json'), {
      priority: 'p1',
      selected: 'log-incident',
    });
    await expect(el).to.be.accessible();
  });

  it('has no serious axe violations when vertical, and in the error state', async () => {
    const el = await mount(sampleSop(), { direction: 'vertical' });
    await expect(el).to.be.accessible();
    const bad = await fixture<SopDiagram>(html`<sop-diagram src="/examples/missing.sop.json"></sop-diagram>`);
    await new Promise((r) => setTimeout(r, 200));
    await bad.updateComplete;
    await expect(bad).to.be.accessible();
  });

  it('titles and describes the SVG', async () => {
    const el = await mount(sampleSop());
    const svg = root(el).querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('group');
    expect(text(root(el).getElementById(svg.getAttribute('aria-labelledby')!))).to.equal('Sample procedure');
    expect(text(root(el).getElementById(svg.getAttribute('aria-describedby')!))).to.contain('5 steps in 2 lanes');
  });

  it('names every step with its label, type, owner and SLA', async () => {
    const el = await mount(sampleSop());
    const fix = root(el).querySelector('[data-id="fix"]')!;
    expect(fix.getAttribute('role')).to.equal('button');
    expect(fix.getAttribute('aria-label')).to.equal('Fix it, task, owner On-call engineer, SLA 1 h');
  });

  it('lists the steps in flow order with owner, type, SLA and where each branch goes', async () => {
    const el = await mount(sampleSop(), { priority: 'p2' });
    const items = Array.from(root(el).querySelectorAll('[part~="outline-item"]')).map(text);
    expect(items).to.have.length(5);
    expect(items[0]).to.equal(
      'Step 1: Alert raised. Start, owner Service desk, phase Detection. Then go to step 2: Major?',
    );
    expect(items[1]).to.contain('Decision, owner Service desk');
    expect(items[1]).to.contain('If P1 (priority is Critical), go to step 3: Page on-call.');
    expect(items[1]).to.contain('If Other (priority is Normal), go to step 4: Fix it.');
    expect(items[2]).to.contain('Does not apply to Normal.');
    expect(items[3]).to.contain('SLA 1 h');
    expect(items[4]).to.contain('The procedure ends here.');
    const outline = root(el).querySelector('[part~="outline"]')!;
    expect(outline.classList.contains('visually-hidden')).to.equal(true);
  });
});

describe('<sop-diagram> export', () => {
  it('returns a standalone SVG document with the drawing, styles inlined and fonts named', async () => {
    const el = await mount(await loadExample('cloud-operations.sop.json'));
    const source = el.toSVG();
    expect(source.startsWith('<?xml')).to.equal(true);
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const svg = doc.documentElement;
    expect(svg.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect(Number(svg.getAttribute('width'))).to.be.closeTo(el.layout!.width, 1);
    expect(svg.getAttribute('font-family')).to.be.a('string').and.not.equal('');
    expect(svg.querySelector('title')!.textContent).to.equal('Cloud operations incident response');
    expect(svg.querySelectorAll('[data-id]').length).to.be.greaterThan(30);
    const shape = svg.querySelector('path[d][fill]')!;
    expect(shape.getAttribute('fill')).to.match(/^rgb/);
    expect(svg.querySelector('style')).to.equal(null);
    expect(svg.querySelector('[class]')).to.equal(null);
    expect(source).to.not.contain('<!--');
  });

  it('returns a PNG blob', async () => {
    const el = await mount(sampleSop());
    const png = await el.toPNG();
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).to.equal(Math.round(el.layout!.width * 2));
  });
});

describe('<sop-diagram> large documents', () => {
  it('lays out a 200-step document in the worker and draws it', async function () {
    this.timeout(30000);
    const previous = layoutWorkerConfig.url;
    layoutWorkerConfig.url = new URL('../../src/layout/flow-worker.ts', import.meta.url);
    try {
      const runs = flowLayoutStats.runs;
      const el = await fixture<SopDiagram>(
        html`<sop-diagram .sop=${generateSop({ steps: 200, seed: 4, loops: true })}></sop-diagram>`,
      );
      expect(text(root(el).querySelector('[part~="status"]'))).to.contain('Laying out 200 steps');
      await drawn(el);
      expect(steps(el)).to.have.length(200);
      expect(flowLayoutStats.runs, 'laid out off the main thread').to.equal(runs);
    } finally {
      layoutWorkerConfig.url = previous;
    }
  });

  it('lays out on the main thread when the worker cannot be loaded', async function () {
    this.timeout(30000);
    const previous = layoutWorkerConfig.url;
    layoutWorkerConfig.url = '/no/such/flow-worker.js';
    try {
      const runs = flowLayoutStats.runs;
      const el = await fixture<SopDiagram>(
        html`<sop-diagram .sop=${generateSop({ steps: 180, seed: 6, loops: true })}></sop-diagram>`,
      );
      await drawn(el);
      expect(steps(el)).to.have.length(180);
      expect(flowLayoutStats.runs, 'laid out on the main thread').to.equal(runs + 1);
    } finally {
      layoutWorkerConfig.url = previous;
    }
  });

  it('lays out on the main thread a chain too deep for the worker stack', async function () {
    this.timeout(60000);
    const previous = layoutWorkerConfig.url;
    layoutWorkerConfig.url = new URL('../../src/layout/flow-worker.ts', import.meta.url);
    try {
      const el = await fixture<SopDiagram>(
        html`<sop-diagram .sop=${generateSop({ steps: 1200, seed: 6, chain: true })}></sop-diagram>`,
      );
      await waitUntil(() => steps(el).length > 0, 'not drawn', { timeout: 50000 });
      expect(steps(el)).to.have.length(1200);
      expect(root(el).querySelector('[part~="error"]')).to.equal(null);
    } finally {
      layoutWorkerConfig.url = previous;
    }
  });
});
