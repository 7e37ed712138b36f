/*
 * What runs inside the benchmark's pages (bundled by bench/run.mjs with esbuild). `bench/sop.html` loads the
 * standalone bundle, `bench/mermaid.html` loads Mermaid from node_modules; both load this script, which puts the
 * measurements on `window.sopBench`. Every figure is in milliseconds of `performance.now()`.
 */
import type { SopDocument } from '../src/model/types.js';
import { caseDocument, toMermaid, type CaseSpec } from './corpus.js';

interface DiagramElement extends HTMLElement {
  sop: SopDocument | undefined;
  priority: string | undefined;
  selected: string | undefined;
  updateComplete: Promise<boolean>;
  layout?: { durationMs: number; steps: unknown[] };
}

interface MermaidApi {
  initialize(config: object): void;
  render(id: string, text: string): Promise<{ svg: string }>;
}

const now = () => performance.now();

/** Long tasks (50 ms and more) seen by the page, to find the longest one inside a measured interval. */
const longTasks: { start: number; end: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
}).observe({ type: 'longtask', buffered: true });

function longestTaskBetween(t0: number, t1: number): number {
  return longTasks.filter((t) => t.end > t0 && t.start < t1).reduce((m, t) => Math.max(m, t.end - t.start), 0);
}

/**
 * Waits for the next frame to be produced: `raf` is when its animation frame callbacks ran (the frame started),
 * `end` when a task queued from there ran, after the frame's style, layout, paint and commit.
 */
function nextFrame(): Promise<{ raf: number; end: number }> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const raf = now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ raf, end: now() });
      channel.port2.postMessage(null);
    }),
  );
}

const host = () => document.getElementById('host')!;

let el: DiagramElement | undefined;
let doc: SopDocument | undefined;
let spec: CaseSpec | undefined;

function waitFor(target: HTMLElement, ok: string, timeoutMs: number): Promise<{ type: string; detail: unknown }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${ok} in ${timeoutMs} ms`)), timeoutMs);
    const done = (event: Event) => {
      clearTimeout(timer);
      target.removeEventListener(ok, done);
      target.removeEventListener('sop-invalid', done);
      resolve({ type: event.type, detail: (event as CustomEvent).detail });
    };
    target.addEventListener(ok, done);
    target.addEventListener('sop-invalid', done);
  });
}

/** Elements (not text nodes) drawn by a case, in the shadow root or the Mermaid container. */
function elementCount(root: ParentNode): number {
  return root.querySelectorAll('*').length;
}

/** First render of our element: a new `<sop-diagram>`, its document set, until the frame that shows it. */
async function sopFirst(caseSpec: CaseSpec, timeoutMs = 60000) {
  spec = caseSpec;
  doc = caseDocument(caseSpec);
  await nextFrame();
  const t0 = now();
  el = document.createElement('sop-diagram') as DiagramElement;
  const drawn = waitFor(el, 'sop-render', timeoutMs);
  el.sop = doc;
  host().append(el);
  const event = await drawn;
  const frame = await nextFrame();
  if (event.type !== 'sop-render') throw new Error(`sop-invalid: ${JSON.stringify(event.detail).slice(0, 300)}`);
  return {
    ms: frame.end - t0,
    renderEventMs: (event.detail as { durationMs: number }).durationMs,
    layoutMs: el.layout?.durationMs ?? NaN,
    longTaskMs: longestTaskBetween(t0, frame.end),
    elements: elementCount(el.shadowRoot!),
    steps: doc.steps.length,
  };
}

/** A change measured as main-thread work: the synchronous update, then the rendering of the next frame. */
async function sopChange(apply: (target: DiagramElement) => void) {
  const target = el!;
  await nextFrame();
  const t0 = now();
  apply(target);
  await target.updateComplete;
  const t1 = now();
  const frame = await nextFrame();
  return { ms: t1 - t0 + (frame.end - frame.raf), updateMs: t1 - t0, longTaskMs: longestTaskBetween(t0, frame.end) };
}

/** One label changes: the element validates, lays out and draws the document again. */
async function sopRelabel(round: number, timeoutMs = 60000) {
  const target = el!;
  const next = structuredClone(doc!);
  const step = next.steps[Math.floor(next.steps.length / 2)]!;
  step.label = `${step.label} (revised ${round})`;
  await nextFrame();
  const t0 = now();
  const drawn = waitFor(target, 'sop-render', timeoutMs);
  target.sop = next;
  const event = await drawn;
  const frame = await nextFrame();
  doc = next;
  return { ms: frame.end - t0, longTaskMs: longestTaskBetween(t0, frame.end), type: event.type };
}

const sopLens = (priority: string | undefined) =>
  sopChange((target) => {
    target.priority = priority;
  });

const sopSelect = (index: number) =>
  sopChange((target) => {
    target.selected = `s${Math.min(doc!.steps.length - 1, index)}`;
  });

/** A document over the size limit: how long until the element says so. */
async function sopTooLarge(steps: number) {
  const big = caseDocument({ steps, lanes: 6, labels: 'short' });
  await nextFrame();
  const t0 = now();
  const target = document.createElement('sop-diagram') as DiagramElement;
  const answered = waitFor(target, 'never', 60000);
  target.sop = big;
  host().append(target);
  const event = await answered;
  const frame = await nextFrame();
  const codes = ((event.detail as { diagnostics?: { code: string }[] }).diagnostics ?? []).map((d) => d.code);
  const panel = target.shadowRoot!.querySelector('[part~="error"]')?.textContent ?? '';
  target.remove();
  return { ms: frame.end - t0, type: event.type, codes, shown: panel.includes('SOP_TOO_LARGE') };
}

/** Mermaid: render the same document as a flowchart with one subgraph per lane, insert it, until it is shown. */
let mermaidRuns = 0;
async function mermaidRender(text: string) {
  const mermaid = (globalThis as unknown as { mermaid: MermaidApi }).mermaid;
  await nextFrame();
  const t0 = now();
  const { svg } = await mermaid.render(`m${++mermaidRuns}`, text);
  host().innerHTML = svg;
  const frame = await nextFrame();
  return { ms: frame.end - t0, longTaskMs: longestTaskBetween(t0, frame.end), elements: elementCount(host()) };
}

async function mermaidFirst(caseSpec: CaseSpec) {
  spec = caseSpec;
  doc = caseDocument(caseSpec);
  const result = await mermaidRender(toMermaid(doc));
  return { ...result, steps: doc.steps.length };
}

async function mermaidRelabel(round: number) {
  const next = structuredClone(doc!);
  const step = next.steps[Math.floor(next.steps.length / 2)]!;
  step.label = `${step.label} (revised ${round})`;
  doc = next;
  return mermaidRender(toMermaid(next));
}

function mermaidInit() {
  (globalThis as unknown as { mermaid: MermaidApi }).mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    maxTextSize: 50_000_000,
    maxEdges: 100_000,
    flowchart: { useMaxWidth: false },
  });
}

/** Where the pan/zoom gestures go: the drawing's box on the page. */
function drawingBox() {
  const svg = el!.shadowRoot!.querySelector('svg.diagram')!;
  const r = svg.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
}

Object.assign(globalThis, {
  sopBench: {
    sopFirst,
    sopRelabel,
    sopLens,
    sopSelect,
    sopTooLarge,
    drawingBox,
    mermaidInit,
    mermaidFirst,
    mermaidRelabel,
    caseSummary: () => ({ spec, steps: doc?.steps.length, flows: doc?.flows?.length }),
  },
});
