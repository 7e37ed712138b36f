import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/sop-diagram.js';
import type { SopDiagram } from '../../src/sop-diagram.js';
import type { SopDocument } from '../../src/model/types.js';

export interface MountOptions {
  direction?: 'horizontal' | 'vertical';
  priority?: string;
  category?: string;
  selected?: string;
}

/** Mounts `<sop-diagram>` with `doc` and waits until its steps are drawn. */
export async function mount(doc: unknown, options: MountOptions = {}): Promise<SopDiagram> {
  const el = await fixture<SopDiagram>(
    html`<sop-diagram
      .sop=${doc as SopDocument}
      direction=${options.direction ?? 'horizontal'}
      priority=${options.priority ?? ''}
      category=${options.category ?? ''}
      selected=${options.selected ?? ''}
    ></sop-diagram>`,
  );
  await drawn(el);
  return el;
}

/** Waits until the element shows its steps. */
export async function drawn(el: SopDiagram): Promise<void> {
  await waitUntil(() => steps(el).length > 0, 'the diagram was not drawn', { timeout: 10000 });
  for (let i = 0; i < 5 && !(await el.updateComplete); i++);
}

export function root(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

export function steps(el: Element): SVGGElement[] {
  return Array.from(el.shadowRoot?.querySelectorAll<SVGGElement>('[part~="step"]') ?? []);
}

export function stepEl(el: Element, id: string): SVGGElement {
  const found = steps(el).find((s) => s.dataset.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

export function parts(el: Element | null | undefined): string[] {
  return (el?.getAttribute('part') ?? '').split(/\s+/).filter(Boolean);
}

export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The step whose shadow-DOM focus is current. */
export function focusedStep(el: Element): string | undefined {
  const active = el.shadowRoot?.activeElement as SVGGElement | null | undefined;
  return active?.dataset.id;
}
