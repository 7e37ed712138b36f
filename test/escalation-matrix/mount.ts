import { fixtureSync, html } from '@open-wc/testing';
import '../../src/escalation-matrix.js';
import type { EscalationMatrix } from '../../src/escalation-matrix.js';

export interface MountOptions {
  view?: 'escalation' | 'priority';
  priority?: string;
  elapsed?: string;
  /** Width of the containing block in px. */
  width?: number;
}

/**
 * Mounts `<escalation-matrix>` (in a wrapper `<div>`) with a document and attributes, and waits for it to render.
 * Waits on the element's own update, not on an animation frame, which never comes in a background tab.
 */
export async function mount(sop: unknown, options: MountOptions = {}): Promise<EscalationMatrix> {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div><escalation-matrix .sop=${sop}></escalation-matrix></div>`);
  if (options.width) wrapper.style.width = `${options.width}px`;
  const el = wrapper.querySelector('escalation-matrix')!;
  if (options.view) el.view = options.view;
  if (options.priority) el.priority = options.priority;
  if (options.elapsed) el.elapsed = options.elapsed;
  await el.updateComplete;
  return el;
}

/** The shadow root of an element. */
export function root(el: EscalationMatrix): ShadowRoot {
  return el.shadowRoot!;
}

/** Text as people read it: whitespace collapsed. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The drawn cells. */
export function cells(el: EscalationMatrix): HTMLElement[] {
  return Array.from(root(el).querySelectorAll<HTMLElement>('[part~="cell"]'));
}

/** The cell of a priority and a role (escalation view). */
export function cellOf(el: EscalationMatrix, priority: string, role: string): HTMLElement {
  const cell = root(el).querySelector<HTMLElement>(`[part~="cell"][data-priority="${priority}"][data-role="${role}"]`);
  if (!cell) throw new Error(`no cell ${priority} × ${role}`);
  return cell;
}

/** Presses a key on an element the way a keyboard does (keydown, bubbling and composed). */
export function press(target: Element, key: string, init: KeyboardEventInit = {}): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init }));
}
