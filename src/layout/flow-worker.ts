/*
 * Lays out large documents off the main thread. The page posts `{ id, document, options }` (the validated
 * document, not the model: it is normalised again here) and gets `{ id, layout }` or `{ id, error }` back. The
 * worker says `{ ready: true }` once its modules have loaded, so the page can tell a working worker from one a
 * Content-Security-Policy or a missing file stopped.
 */
import { normalizeSop } from '../model/normalize.js';
import type { SopDocument } from '../model/types.js';
import { layoutFlow } from './flow.js';
import type { FlowDirection, MeasureText } from './flow-types.js';

export interface FlowWorkerRequest {
  id: number;
  document: SopDocument;
  options: { direction: FlowDirection; fontFamily: string; maxSteps?: number };
}

export type FlowWorkerResponse =
  { ready: true } | { id: number; layout: ReturnType<typeof layoutFlow> } | { id: number; error: string };

interface WorkerScope {
  postMessage(message: FlowWorkerResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FlowWorkerRequest>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;

/** Canvas text measurement, as on the main thread (same font strings, so the same widths). */
function offscreenMeasurer(): MeasureText {
  const context = new OffscreenCanvas(1, 1).getContext('2d');
  const cache = new Map<string, number>();
  return (text, font) => {
    const css = `${font.weight} ${font.size}px ${font.family}`;
    const key = `${css}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      if (!context) return text.length * font.size * 0.55;
      context.font = css;
      width = context.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}
const measureText = offscreenMeasurer();

scope.addEventListener('message', (event) => {
  const { id, document, options } = event.data;
  try {
    const layout = layoutFlow(normalizeSop(document), { ...options, measureText });
    scope.postMessage({ id, layout });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});

scope.postMessage({ ready: true });
