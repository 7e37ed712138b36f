import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { flowLayoutStats } from '../../src/layout/flow.js';
import type { SopDiagram } from '../../src/sop-diagram.js';
import { sampleSop } from '../helpers/docs.js';
import { drawn, focusedStep, mount, parts, root, stepEl, text } from './mount.js';

async function press(el: SopDiagram, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

const flowEl = (el: SopDiagram, from: string, to: string) =>
  root(el).querySelector<SVGGElement>(`[part~="flow"][data-from="${from}"][data-to="${to}"]`)!;

describe('<sop-diagram> keyboard', () => {
  it('is reached with Tab, walks the flows with the arrows, selects with Enter and clears with Escape', async () => {
    // fixtureSync: with a plain <div> root, fixture() would wait for an animation frame.
    const wrapper = fixtureSync(html`<div><button id="before">before</button><sop-diagram></sop-diagram></div>`);
    const el = wrapper.querySelector('sop-diagram')!;
    el.sop = sampleSop();
    await drawn(el);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    for (let i = 0; i < 10 && !focusedStep(el); i++) await press(el, 'Tab');
    expect(focusedStep(el)).to.equal('start');
    expect(steps(el).filter((s) => s.getAttribute('tabindex') === '0')).to.have.length(1);

    await press(el, 'ArrowRight');
    expect(focusedStep(el)).to.equal('triage');
    await press(el, 'ArrowRight');
    expect(focusedStep(el)).to.equal('page');
    await press(el, 'ArrowDown');
    expect(focusedStep(el)).to.equal('fix');
    await press(el, 'ArrowUp');
    expect(focusedStep(el)).to.equal('page');
    await press(el, 'ArrowLeft');
    expect(focusedStep(el)).to.equal('triage');

    const selected = oneEvent(el, 'sop-step-select');
    await press(el, 'Enter');
    expect((await selected).detail).to.deep.equal({ stepId: 'triage' });
    expect(el.getAttribute('selected')).to.equal('triage');
    expect(parts(stepEl(el, 'triage'))).to.include('selected');
    expect(text(root(el).querySelector('[part~="detail-title"]'))).to.equal('Major?');

    await press(el, 'Escape');
    expect(el.hasAttribute('selected')).to.equal(false);
    expect(root(el).querySelector('[part~="detail"]')).to.equal(null);
    expect(root(el).querySelector('[part~="selected"]')).to.equal(null);
  });

  it('moves along the flow with the down arrow when vertical', async () => {
    const el = await mount(sampleSop(), { direction: 'vertical' });
    stepEl(el, 'start').focus();
    await press(el, 'ArrowDown');
    expect(focusedStep(el)).to.equal('triage');
    await press(el, 'ArrowUp');
    expect(focusedStep(el)).to.equal('start');
    await press(el, 'End');
    expect(focusedStep(el)).to.equal('done');
    await press(el, 'Home');
    expect(focusedStep(el)).to.equal('start');
  });

  it('draws a visible focus ring on the focused step', async () => {
    const el = await mount(sampleSop());
    stepEl(el, 'start').focus();
    await press(el, 'ArrowRight');
    const ring = stepEl(el, 'triage').querySelector('.focus-ring')!;
    expect(getComputedStyle(ring).stroke).to.not.equal('transparent');
    expect(getComputedStyle(ring).stroke).to.not.equal('rgba(0, 0, 0, 0)');
  });
});

function steps(el: SopDiagram): SVGGElement[] {
  return Array.from(root(el).querySelectorAll<SVGGElement>('[part~="step"]'));
}

describe('<sop-diagram> pointer and selection', () => {
  it('selects a step on click and fires sop-step-select', async () => {
    const el = await mount(sampleSop());
    const event = oneEvent(el, 'sop-step-select');
    stepEl(el, 'fix').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect((await event).detail.stepId).to.equal('fix');
    await el.updateComplete;
    expect(el.selected).to.equal('fix');
  });

  it('highlights the flows in and out of the hovered step', async () => {
    const el = await mount(sampleSop());
    stepEl(el, 'triage').dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    const related = Array.from(root(el).querySelectorAll('.flow.related')).map(
      (f) => `${f.getAttribute('data-from')}>${f.getAttribute('data-to')}`,
    );
    expect(related.sort()).to.deep.equal(['start>triage', 'triage>fix', 'triage>page']);
  });

  it('shows the details of the selected step with safe links only', async () => {
    const doc = sampleSop();
    const fix = doc.steps[3]!;
    fix.description = 'Restore the service.';
    fix.checklist = ['Check the dashboards', 'Update the ticket'];
    fix.raci = { responsible: 'oncall', accountable: 'desk', informed: ['Customers'] };
    fix.links = [
      { label: 'Runbook', href: 'https://runbooks.example.com/fix' },
      { label: 'Mail the team', href: 'mailto:team@example.com' },
      { label: 'Sneaky', href: 'javascript:alert(1)' },
    ];
    const el = await mount(doc, { selected: 'fix' });
    const panel = root(el).querySelector('[part~="detail"]')!;
    expect(text(panel)).to.contain('Restore the service.');
    expect(text(panel)).to.contain('Check the dashboards');
    expect(text(panel)).to.contain('On-call engineer');
    expect(text(panel)).to.contain('1 h');
    const links = Array.from(panel.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://runbooks.example.com/fix',
      'mailto:team@example.com',
    ]);
    for (const a of links) {
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(a.getAttribute('target')).to.equal('_blank');
    }
    expect(text(panel.querySelector('[part~="unsafe-link"]'))).to.contain('Sneaky');
    expect(panel.querySelector('a[href^="javascript"]')).to.equal(null);
  });
});

describe('<sop-diagram> lens', () => {
  it('dims what does not apply to the priority without laying out again', async () => {
    const el = await mount(sampleSop());
    const layout = el.layout;
    const runs = flowLayoutStats.runs;
    expect(root(el).querySelectorAll('[part~="dimmed"]')).to.have.length(0);

    el.priority = 'p2';
    await el.updateComplete;
    expect(parts(stepEl(el, 'page'))).to.include('dimmed');
    expect(parts(stepEl(el, 'fix'))).to.not.include('dimmed');
    expect(parts(flowEl(el, 'triage', 'page'))).to.include('dimmed');
    expect(parts(flowEl(el, 'triage', 'fix'))).to.not.include('dimmed');
    expect(Number(getComputedStyle(stepEl(el, 'page')).opacity)).to.be.below(0.5);
    expect(Number(getComputedStyle(flowEl(el, 'triage', 'page')).opacity)).to.be.below(0.5);
    expect(Number(getComputedStyle(stepEl(el, 'fix')).opacity)).to.equal(1);

    el.priority = 'p1';
    await el.updateComplete;
    expect(parts(stepEl(el, 'page'))).to.not.include('dimmed');
    expect(parts(flowEl(el, 'triage', 'fix'))).to.include('dimmed');

    el.selected = 'fix';
    stepEl(el, 'done').dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    el.removeAttribute('priority');
    await el.updateComplete;
    expect(root(el).querySelectorAll('[part~="dimmed"]')).to.have.length(0);
    expect(el.layout).to.equal(layout);
    expect(flowLayoutStats.runs).to.equal(runs);
  });

  it('lays out again when the direction changes', async () => {
    const el = await mount(sampleSop());
    const layout = el.layout;
    el.direction = 'vertical';
    await el.updateComplete;
    expect(el.layout).to.not.equal(layout);
    expect(el.layout!.direction).to.equal('vertical');
    expect(el.getAttribute('direction')).to.equal('vertical');
  });
});

describe('<sop-diagram> zoom', () => {
  const scale = (el: SopDiagram) => {
    const t = root(el).querySelector('g.scene')!.getAttribute('transform')!;
    return Number(/scale\(([\d.e-]+)\)/.exec(t)![1]);
  };

  it('zooms with the buttons and fits the whole drawing', async () => {
    const el = await mount(sampleSop());
    const before = scale(el);
    root(el).querySelector<HTMLButtonElement>('[part~="zoom-in"]')!.click();
    await el.updateComplete;
    expect(scale(el)).to.be.closeTo(before * 1.25, 0.001);
    root(el).querySelector<HTMLButtonElement>('[part~="zoom-out"]')!.click();
    root(el).querySelector<HTMLButtonElement>('[part~="zoom-out"]')!.click();
    await el.updateComplete;
    expect(scale(el)).to.be.lessThan(before);
    el.fit();
    await el.updateComplete;
    const viewport = root(el).querySelector('.viewport')!.getBoundingClientRect();
    const drawing = root(el).querySelector('g.scene')!.getBoundingClientRect();
    expect(drawing.width).to.be.at.most(viewport.width);
    expect(drawing.height).to.be.at.most(viewport.height);
  });

  it('zooms with the mouse wheel', async () => {
    const el = await mount(sampleSop());
    const before = scale(el);
    const svg = root(el).querySelector('svg.diagram')!;
    const box = svg.getBoundingClientRect();
    svg.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -200,
        clientX: box.x + 50,
        clientY: box.y + 50,
        bubbles: true,
        cancelable: true,
      }),
    );
    await waitUntil(() => scale(el) !== before, 'the wheel did not zoom');
    expect(scale(el)).to.be.greaterThan(before);
  });

  for (const container of ['hidden tab', 'closed details'] as const) {
    it(`fits when first shown inside a ${container}`, async function () {
      // ResizeObserver reports only while the page renders: a test page in a background tab cannot see this.
      if (document.visibilityState === 'hidden') this.skip();
      const wrapper =
        container === 'hidden tab'
          ? fixtureSync(html`<div role="tabpanel" hidden><sop-diagram></sop-diagram></div>`)
          : fixtureSync(
              html`<details>
                <summary>Procedure</summary>
                <sop-diagram></sop-diagram>
              </details>`,
            );
      const el = wrapper.querySelector('sop-diagram')!;
      el.sop = sampleSop();
      await waitUntil(() => el.layout !== undefined);
      await el.updateComplete;
      if (wrapper instanceof HTMLDetailsElement) wrapper.open = true;
      else (wrapper as HTMLElement).hidden = false;
      await waitUntil(() => scale(el) < 1, 'no fit on show');
      const viewport = root(el).querySelector('.viewport')!.getBoundingClientRect();
      const drawing = root(el).querySelector('g.scene')!.getBoundingClientRect();
      expect(drawing.left).to.be.at.least(viewport.left - 1);
      expect(drawing.right).to.be.at.most(viewport.right + 1);
    });
  }
});
