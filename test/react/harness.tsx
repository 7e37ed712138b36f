// The page of `test/node/react.test.mjs`. It is bundled twice with esbuild, once with `react`/`react-dom` aliased to
// React 18 and once with React 19, and run in Chromium. Each scenario mounts the wrappers of `sop-elements/react`
// (or, for `directTags`, the bare tags), acts like a user and returns what it saw; the Node test asserts on it.
import { createElement, StrictMode, useEffect, version, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import {
  EscalationMatrix,
  IncidentTimeline,
  SopDiagram,
  type SopCellSelectEvent,
  type SopEventSelectEvent,
  type SopInvalidEvent,
  type SopRenderEvent,
  type SopStepSelectEvent,
} from '../../src/react/index.js';
import classic from '../../examples/classic-it-incident.sop.json';
import cloud from '../../examples/cloud-operations.sop.json';
import incident from '../../examples/incidents/db-outage-breach.incident.json';
import type { SopDocument } from '../../src/model/types.js';

const sop = classic as unknown as SopDocument;
const invalidSop = { format: 'sop/v1', id: 'broken', title: 'Broken', steps: [{ id: 'a', type: 'nope' }] };
const NOW = '2026-03-02T12:00:00Z';

interface Mounted {
  container: HTMLDivElement;
  root: Root;
}

const mounted: Mounted[] = [];

function mount(node: ReactNode): Mounted {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  flushSync(() => root.render(node));
  const result = { container, root };
  mounted.push(result);
  return result;
}

function unmountAll(): void {
  for (const { container, root } of mounted.splice(0)) {
    root.unmount();
    container.remove();
  }
}

async function waitFor<T>(probe: () => T | undefined | false | null | 0, what: string, timeout = 10000): Promise<T> {
  const deadline = performance.now() + timeout;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const parts = (el: Element | null, part: string): Element[] =>
  Array.from(el?.shadowRoot?.querySelectorAll(`[part~="${part}"]`) ?? []);

function click(target: Element): void {
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
}

async function rendered(el: Element | null, part: string): Promise<Element[]> {
  return waitFor(() => {
    const found = parts(el, part);
    return found.length > 0 && found;
  }, `[part~="${part}"] in <${el?.localName}>`);
}

/** The same element mounted without React, as the reference for what the wrapper must render. */
async function reference(tag: string, props: Record<string, unknown>, part: string): Promise<number> {
  const el = document.createElement(tag);
  Object.assign(el, props);
  document.body.append(el);
  const count = (await rendered(el, part)).length;
  el.remove();
  return count;
}

function only<T extends Element>(container: Element, selector: string): T {
  const found = container.querySelectorAll<T>(selector);
  if (found.length !== 1) throw new Error(`${found.length} × ${selector}`);
  return found[0]!;
}

const scenarios = {
  /** Objects reach the element as properties, strings as reflected attributes. */
  async properties() {
    const { container } = mount(
      <>
        <SopDiagram sop={sop} priority="p1" direction="vertical" />
        <EscalationMatrix sop={sop} view="priority" priority="p1" elapsed="PT20M" />
        <IncidentTimeline incident={incident} sop={cloud} now={NOW} />
      </>,
    );
    const diagram = only<HTMLElementTagNameMap['sop-diagram']>(container, 'sop-diagram');
    const matrix = only<HTMLElementTagNameMap['escalation-matrix']>(container, 'escalation-matrix');
    const timeline = only<HTMLElementTagNameMap['incident-timeline']>(container, 'incident-timeline');
    const steps = (await rendered(diagram, 'step')).length;
    const cells = (await rendered(matrix, 'cell')).length;
    const events = (await rendered(timeline, 'event')).length;
    const facts = {
      diagramSopIsTheObject: diagram.sop === sop,
      matrixSopIsTheObject: matrix.sop === sop,
      timelineIncidentIsTheObject: timeline.incident === incident,
      objectAttributes: ['sop', 'incident'].filter((name) => container.querySelector(`[${name}]`)),
      priority: diagram.getAttribute('priority'),
      direction: diagram.getAttribute('direction'),
      view: matrix.getAttribute('view'),
      elapsed: matrix.getAttribute('elapsed'),
      now: timeline.getAttribute('now'),
      steps,
      expectedSteps: await reference('sop-diagram', { sop, priority: 'p1', direction: 'vertical' }, 'step'),
      cells,
      expectedCells: await reference('escalation-matrix', { sop, view: 'priority' }, 'cell'),
      events,
      expectedEvents: await reference('incident-timeline', { incident, sop: cloud, now: NOW }, 'event'),
    };
    unmountAll();
    return facts;
  },

  /** Each typed callback gets the element's event with its detail. */
  async events() {
    const seen: Record<string, unknown[]> = { step: [], render: [], cell: [], event: [], invalid: [] };
    const record = (key: string, detail: unknown, isCustom: boolean) => seen[key]!.push({ detail, isCustom });
    const { container } = mount(
      <>
        <SopDiagram
          sop={sop}
          onSopStepSelect={(e: SopStepSelectEvent) => record('step', e.detail, e instanceof CustomEvent)}
          onSopRender={(e: SopRenderEvent) => record('render', typeof e.detail.durationMs, true)}
        />
        <EscalationMatrix sop={sop} onSopCellSelect={(e: SopCellSelectEvent) => record('cell', e.detail, true)} />
        <IncidentTimeline
          incident={incident}
          sop={cloud}
          now={NOW}
          onSopEventSelect={(e: SopEventSelectEvent) => record('event', e.detail, true)}
        />
        <SopDiagram
          className="invalid"
          sop={invalidSop as never}
          onSopInvalid={(e: SopInvalidEvent) => record('invalid', `diagram:${e.detail.diagnostics.length > 0}`, true)}
        />
        <EscalationMatrix
          className="invalid"
          sop={invalidSop}
          onSopInvalid={(e: SopInvalidEvent) => record('invalid', `matrix:${e.detail.diagnostics.length > 0}`, true)}
        />
        <IncidentTimeline
          className="invalid"
          incident={{ format: 'incident/v1' }}
          sop={cloud}
          onSopInvalid={(e: SopInvalidEvent) => record('invalid', `timeline:${e.detail.diagnostics.length > 0}`, true)}
        />
      </>,
    );
    const diagram = container.querySelector('sop-diagram:not(.invalid)');
    const matrix = container.querySelector('escalation-matrix:not(.invalid)');
    const timeline = container.querySelector('incident-timeline:not(.invalid)');
    const step = (await rendered(diagram, 'step'))[1]!;
    click(step);
    const cell = (await rendered(matrix, 'cell'))[0]!;
    click(cell);
    const marker = (await rendered(timeline, 'event'))[1]!;
    click(marker);
    await waitFor(() => seen.invalid!.length >= 3 && seen.render!.length > 0, 'sop-invalid ×3 and sop-render');
    const facts = {
      seen,
      clickedStep: (step as HTMLElement | SVGElement).dataset.id,
      clickedCell: { priority: (cell as HTMLElement).dataset.priority, role: (cell as HTMLElement).dataset.role },
      clickedEvent: {
        index: Number((marker as SVGElement).dataset.index),
        type: (marker as SVGElement).dataset.type,
      },
    };
    unmountAll();
    return facts;
  },

  /** StrictMode mounts, unmounts and mounts again: one working element, one callback per event. */
  async strictMode() {
    let calls = 0;
    let renders = 0;
    const effects = { mounts: 0, unmounts: 0 };
    /** Proves StrictMode really ran effects twice (development builds only). */
    const Probe = () => {
      useEffect(() => {
        effects.mounts++;
        return () => void effects.unmounts++;
      }, []);
      return null;
    };
    const { container } = mount(
      <StrictMode>
        <Probe />
        <SopDiagram sop={sop} priority="p2" onSopStepSelect={() => calls++} onSopRender={() => renders++} />
        <EscalationMatrix sop={sop} priority="p1" />
        <IncidentTimeline incident={incident} sop={cloud} now={NOW} />
      </StrictMode>,
    );
    const diagram = only<HTMLElementTagNameMap['sop-diagram']>(container, 'sop-diagram');
    const steps = await rendered(diagram, 'step');
    await waitFor(() => renders > 0, 'sop-render');
    click(steps[0]!);
    click(steps[2]!);
    const facts = {
      diagrams: container.querySelectorAll('sop-diagram').length,
      matrices: container.querySelectorAll('escalation-matrix').length,
      timelines: container.querySelectorAll('incident-timeline').length,
      connected: diagram.isConnected,
      sopIsTheObject: diagram.sop === sop,
      priority: diagram.getAttribute('priority'),
      steps: steps.length,
      cells: (await rendered(container.querySelector('escalation-matrix'), 'cell')).length,
      events: (await rendered(container.querySelector('incident-timeline'), 'event')).length,
      selectCalls: calls,
      selected: diagram.selected,
      renders,
      effects: { ...effects },
    };
    unmountAll();
    return facts;
  },

  /** New props update the same element; a new callback replaces the old one; unmounting removes the element. */
  async rerender() {
    const calls: string[] = [];
    const view = (priority: string, label: string, doc: SopDocument) => (
      <SopDiagram sop={doc} priority={priority} onSopStepSelect={(e) => calls.push(`${label}:${e.detail.stepId}`)} />
    );
    const { container, root } = mount(view('p1', 'first', sop));
    const before = only<HTMLElementTagNameMap['sop-diagram']>(container, 'sop-diagram');
    await rendered(before, 'step');
    const renamed = { ...sop, title: 'Renamed procedure' };
    flushSync(() => root.render(view('p3', 'second', renamed)));
    const after = only<HTMLElementTagNameMap['sop-diagram']>(container, 'sop-diagram');
    await after.updateComplete;
    click((await rendered(after, 'step'))[0]!);
    const facts = {
      sameElement: before === after,
      priority: after.getAttribute('priority'),
      sopIsTheNewObject: after.sop === renamed,
      title: after.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim(),
      calls,
    };
    root.unmount();
    const left = container.childElementCount;
    unmountAll();
    return { ...facts, elementsLeftAfterUnmount: left };
  },

  /** The bare tags, no wrapper: React 19 sets properties and listens to `on<event-name>`; React 18 does neither. */
  async directTags() {
    const calls: string[] = [];
    const { container } = mount(
      createElement('sop-diagram', {
        sop,
        priority: 'p1',
        'onsop-step-select': (e: SopStepSelectEvent) => calls.push(e.detail.stepId),
      }),
    );
    const diagram = only<HTMLElementTagNameMap['sop-diagram']>(container, 'sop-diagram');
    await diagram.updateComplete;
    const steps = parts(diagram, 'step');
    if (steps[0]) click(steps[0]);
    const facts = {
      sopIsTheObject: diagram.sop === sop,
      sopAttribute: diagram.getAttribute('sop'),
      priority: diagram.getAttribute('priority'),
      steps: steps.length,
      calls,
    };
    unmountAll();
    return facts;
  },
};

declare global {
  interface Window {
    harness: { react: string; scenarios: typeof scenarios };
  }
}

window.harness = { react: version, scenarios };
