import { expect, oneEvent } from '@open-wc/testing';
import type { IncidentTimeline } from '../../src/incident-timeline.js';
import { clone } from '../helpers/docs.js';
import { all, loadPair, mount, press, root, screenX, settle, text } from './mount.js';

const markers = (el: IncidentTimeline) => all<SVGGElement>(el, '[part~="event"]');
const focused = (el: IncidentTimeline) => root(el).activeElement as HTMLElement | SVGElement | null;
const button = (el: IncidentTimeline, name: string) => root(el).querySelector<HTMLButtonElement>(`[part="${name}"]`)!;

async function dbOutage(width?: number): Promise<IncidentTimeline> {
  const { incident, sop } = await loadPair('db-outage-breach', 'cloud-operations');
  return mount(incident, sop, width ? { width } : {});
}

describe('<incident-timeline> interaction', () => {
  it('fires sop-event-select with the index, type and time on click, bubbling out of the shadow root', async () => {
    const el = await dbOutage();
    const marker = markers(el)[4]!;
    setTimeout(() => marker.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    const event = await oneEvent(el.parentElement!, 'sop-event-select');
    expect(event.detail).to.deep.equal({ index: 4, type: 'acknowledged', at: '2026-03-06T02:23:30Z' });
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(marker.getAttribute('part')).to.equal('event selected');
    expect(text(root(el).querySelector('[part="detail"]'))).to.include('Secondary on-call acknowledged');
    expect(text(root(el).querySelector('[part="detail"]'))).to.include('Triage and confirm impact');
  });

  it('gives the index in the record as written, not in time order', async () => {
    const { incident, sop } = await loadPair('db-outage-breach', 'cloud-operations');
    const reversed = clone(incident);
    reversed.events.reverse();
    const el = await mount(reversed, sop);
    setTimeout(() => markers(el)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    const event = await oneEvent(el, 'sop-event-select');
    expect(event.detail).to.deep.equal({
      index: reversed.events.length - 1,
      type: 'detected',
      at: '2026-03-06T02:14:00Z',
    });
  });

  it('fires sop-event-select on Enter and on Space', async () => {
    const el = await dbOutage();
    const marker = markers(el)[0]!;
    marker.focus();
    setTimeout(() => press(marker, 'Enter'));
    expect((await oneEvent(el, 'sop-event-select')).detail.type).to.equal('detected');
    setTimeout(() => press(marker, ' '));
    expect((await oneEvent(el, 'sop-event-select')).detail.index).to.equal(0);
  });

  it('makes one marker tabbable and moves it with the arrow keys, Home and End', async () => {
    const el = await dbOutage();
    const tabbable = () => markers(el).filter((m) => m.getAttribute('tabindex') === '0');
    expect(tabbable().length).to.equal(1);
    tabbable()[0]!.focus();
    expect(focused(el)?.dataset.type).to.equal('detected');
    press(focused(el)!, 'ArrowRight');
    await settle(el);
    expect(focused(el)?.dataset.type).to.equal('logged');
    press(focused(el)!, 'ArrowDown');
    await settle(el);
    expect(focused(el)?.dataset.type).to.equal('escalated');
    press(focused(el)!, 'ArrowLeft');
    await settle(el);
    expect(focused(el)?.dataset.type).to.equal('logged');
    press(focused(el)!, 'End');
    await settle(el);
    expect(focused(el)?.dataset.type).to.equal('closed');
    expect(tabbable().map((m) => m.dataset.type)).to.deep.equal(['closed']);
    press(focused(el)!, 'Home');
    await settle(el);
    expect(focused(el)?.dataset.type).to.equal('detected');
  });

  it('pans to an event that the keyboard reaches outside the view', async () => {
    const el = await dbOutage();
    const last = () => markers(el).at(-1)!;
    const plot = root(el).querySelector('.axis-line')!.getBoundingClientRect();
    expect(screenX(last().querySelector('.glyph')!)).to.be.greaterThan(plot.right);
    markers(el)[0]!.focus();
    press(focused(el)!, 'End');
    await settle(el);
    const x = screenX(last().querySelector('.glyph')!);
    expect(x).to.be.within(plot.left, plot.right);
  });

  it('moves through the list with the arrow keys and selects with its buttons', async () => {
    const el = await dbOutage();
    const buttons = all<HTMLButtonElement>(el, '[part="event-button"]');
    expect(buttons.filter((b) => b.tabIndex === 0).length).to.equal(1);
    buttons[0]!.focus();
    press(buttons[0]!, 'ArrowDown');
    await settle(el);
    expect(focused(el)?.getAttribute('data-order')).to.equal('1');
    setTimeout(() => (focused(el) as HTMLButtonElement).click());
    expect((await oneEvent(el, 'sop-event-select')).detail).to.deep.equal({
      index: 1,
      type: 'logged',
      at: '2026-03-06T02:14:20Z',
    });
  });

  it('zooms the time axis with the buttons and shows everything with "Show all"', async () => {
    const el = await dbOutage();
    const spread = () => {
      const m = markers(el);
      return screenX(m[4]!.querySelector('.glyph')!) - screenX(m[0]!.querySelector('.glyph')!);
    };
    const before = spread();
    button(el, 'zoom-in').click();
    await settle(el);
    expect(spread()).to.be.closeTo(before * 1.6, 1);
    button(el, 'zoom-out').click();
    await settle(el);
    expect(spread()).to.be.closeTo(before, 1);
    expect(text(root(el).querySelector('.offscreen'))).to.include('2 later events outside this view');
    button(el, 'zoom-all').click();
    await settle(el);
    expect(root(el).querySelector('.offscreen')).to.equal(null);
    expect(spread()).to.be.lessThan(before);
    button(el, 'zoom-reset').click();
    await settle(el);
    expect(spread()).to.be.closeTo(before, 1);
  });

  it('zooms with + and − from the keyboard while a marker has focus', async () => {
    const el = await dbOutage();
    const ticks = () => all(el, '[part~="tick"]').map((t) => t.textContent);
    const before = ticks();
    markers(el)[0]!.focus();
    press(markers(el)[0]!, '+');
    await settle(el);
    expect(ticks()).to.not.deep.equal(before);
    press(focused(el)!, '0');
    await settle(el);
    expect(ticks()).to.deep.equal(before);
  });
});
