import '../../src/incident-timeline.js';
import type { IncidentTimeline } from '../../src/incident-timeline.js';
import type { IncidentRecord, SopDocument } from '../../src/model/types.js';
import { loadExample } from '../helpers/examples.js';

export interface MountOptions {
  now?: string;
  /** Width of the containing block in px. */
  width?: number;
}

/**
 * Waits until the element has rendered, without timers or animation frames: test pages may run in
 * background tabs, where frames do not come and timers are slowed down.
 */
export async function settle(el: IncidentTimeline): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await Promise.resolve();
  }
}

const wrappers: HTMLElement[] = [];

/** A container in the document, removed after the test. */
export function container(width?: number): HTMLDivElement {
  const wrapper = document.createElement('div');
  if (width) wrapper.style.width = `${width}px`;
  document.body.append(wrapper);
  wrappers.push(wrapper);
  return wrapper;
}

afterEach(() => {
  for (const wrapper of wrappers.splice(0)) wrapper.remove();
});

/** Mounts `<incident-timeline>` with an incident and an SOP set as properties. */
export async function mount(incident: unknown, sop?: unknown, options: MountOptions = {}): Promise<IncidentTimeline> {
  const wrapper = container(options.width);
  const el = document.createElement('incident-timeline');
  if (options.now) el.now = options.now;
  el.incident = incident;
  el.sop = sop;
  wrapper.append(el);
  await settle(el);
  return el;
}

/** The example incidents with the SOP each one follows. */
export const examplePairs = [
  ['db-outage-breach', 'cloud-operations'],
  ['vendor-wait-paused', 'enterprise-service-desk'],
  ['weekend-business-hours', 'managed-service-provider'],
  ['reopened', 'classic-it-incident'],
] as const;

export async function loadPair(name: string, sopName: string): Promise<{ incident: IncidentRecord; sop: SopDocument }> {
  const [incident, sop] = await Promise.all([
    loadExample(`incidents/${name}.incident.json`),
    loadExample(`${sopName}.sop.json`),
  ]);
  return { incident: incident as IncidentRecord, sop: sop as SopDocument };
}

export function root(el: IncidentTimeline): ShadowRoot {
  return el.shadowRoot!;
}

export function all<T extends Element = HTMLElement>(el: IncidentTimeline, selector: string): T[] {
  return Array.from(root(el).querySelectorAll<T>(selector));
}

/** Text as people read it: whitespace collapsed. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The x of a drawn marker, from its bounding box on screen. */
export function screenX(node: Element): number {
  const box = node.getBoundingClientRect();
  return box.left + box.width / 2;
}

/** Presses a key on an element the way a keyboard does (keydown, bubbling and composed). */
export function press(target: Element, key: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
}
