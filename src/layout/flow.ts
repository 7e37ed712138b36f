import type { SopModel } from '../model/normalize.js';
import type { Diagnostic } from '../model/types.js';
import { buildGrid } from './flow-grid.js';
import { placeAll } from './flow-place.js';
import { rankSteps } from './flow-rank.js';
import { assignTracks, routeFlows } from './flow-route.js';
import { flowFonts, sizeStep, type SizedStep } from './flow-shapes.js';
import type { FlowDirection, FlowLayout, FlowLayoutOptions, MeasureText } from './flow-types.js';

export * from './flow-types.js';
export { wrapText } from './flow-text.js';

/**
 * The largest document laid out by default. Dagre's ordering grows faster than linearly (about 3.5 s for
 * 1,500 steps in Chromium on the reference machine) and overflows the call stack on chains of ~2,000 steps.
 */
export const MAX_FLOW_STEPS = 1500;

export const DEFAULT_FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";

/** How many layouts have actually been computed (cache hits excluded): lets tests prove a change did not re-lay out. */
export const flowLayoutStats = { runs: 0 };

const now = (): number => globalThis.performance?.now() ?? Date.now();

function emptyLayout(direction: FlowDirection, diagnostics: Diagnostic[], durationMs: number): FlowLayout {
  return {
    direction,
    width: 0,
    height: 0,
    lanes: [],
    phases: [],
    steps: [],
    flows: [],
    body: { x: 0, y: 0, width: 0, height: 0 },
    diagnostics,
    durationMs,
  };
}

/**
 * Lays out an SOP as a swimlane flowchart: lanes (roles) × bands (phases), steps on a grid inside them, flows
 * routed orthogonally between them with rounded corners and labels clear of the steps. Pure: no DOM, the input
 * is not mutated, the same input gives the same output. Never throws: a document that is too large (or that
 * makes the layout fail) gives an empty layout with a diagnostic.
 */
export function layoutFlow(model: SopModel, options: FlowLayoutOptions): FlowLayout {
  const started = now();
  const direction = options.direction ?? 'horizontal';
  const maxSteps = options.maxSteps ?? MAX_FLOW_STEPS;
  flowLayoutStats.runs++;
  if (model.steps.length > maxSteps || model.flows.length > 2 * maxSteps) {
    return emptyLayout(
      direction,
      [
        {
          severity: 'error',
          code: 'SOP_TOO_LARGE',
          path: model.steps.length > maxSteps ? '/steps' : '/flows',
          message:
            `The procedure has ${model.steps.length} steps and ${model.flows.length} flows; a diagram can show at most ` +
            `${maxSteps} steps and ${2 * maxSteps} flows. Split it into smaller procedures and link them with ` +
            `"subprocess" steps.`,
        },
      ],
      now() - started,
    );
  }
  try {
    const fonts = flowFonts(options.fontFamily || DEFAULT_FONT_FAMILY);
    const sized = new Map<string, SizedStep>();
    for (const step of model.steps) sized.set(step.id, sizeStep(step, direction, fonts, options.measureText));
    const ranking = rankSteps(model);
    const grid = buildGrid(model, ranking);
    const routes = routeFlows(model, grid, ranking.backward);
    const tracks = assignTracks(grid, routes);
    const placed = placeAll({ model, grid, routes, tracks, sized, direction, fonts, measure: options.measureText });
    return { direction, ...placed, diagnostics: [], durationMs: now() - started };
  } catch (error) {
    const overflow = error instanceof RangeError;
    return emptyLayout(
      direction,
      [
        {
          severity: 'error',
          code: overflow ? 'SOP_TOO_LARGE' : 'SOP_LAYOUT_FAILED',
          path: '',
          message: overflow
            ? `The procedure is too large or too deeply chained to lay out (${model.steps.length} steps, ` +
              `${model.flows.length} flows). Split it into smaller procedures linked by "subprocess" steps.`
            : `The diagram could not be laid out: ${error instanceof Error ? error.message : String(error)}.`,
        },
      ],
      now() - started,
    );
  }
}

/** The parts of a model that change the picture: ids, order, lanes, bands, labels, types, SLAs and flows. */
export function layoutKey(model: SopModel, options: FlowLayoutOptions): string {
  return JSON.stringify([
    options.direction ?? 'horizontal',
    options.fontFamily ?? '',
    options.maxSteps ?? MAX_FLOW_STEPS,
    model.roles.map((r) => [r.id, r.name]),
    model.phases.map((p) => [p.id, p.name]),
    model.steps.map((s) => [s.id, s.type, s.label, s.roleIndex, s.phaseIndex, s.sla ?? '']),
    model.flows.map((f) => [f.id, f.from, f.to, f.kind, f.label ?? '']),
  ]);
}

const CACHE_SIZE = 24;
const byMeasurer = new WeakMap<MeasureText, Map<string, FlowLayout>>();
const byModel = new WeakMap<SopModel, WeakMap<MeasureText, Map<string, FlowLayout>>>();

/**
 * {@link layoutFlow} behind a cache keyed by the structure of the model (see {@link layoutKey}) and the measurer,
 * so that a reloaded but unchanged document, a lens, a selection or a theme never cost a new layout. Models are
 * treated as immutable (as `normalizeSop` makes them).
 */
export function layoutFlowCached(model: SopModel, options: FlowLayoutOptions): FlowLayout {
  const quickKey = `${options.direction ?? 'horizontal'}|${options.fontFamily ?? ''}|${options.maxSteps ?? ''}`;
  let perModel = byModel.get(model);
  if (!perModel) {
    perModel = new WeakMap();
    byModel.set(model, perModel);
  }
  let quick = perModel.get(options.measureText);
  if (!quick) {
    quick = new Map();
    perModel.set(options.measureText, quick);
  }
  const known = quick.get(quickKey);
  if (known) return known;

  const key = layoutKey(model, options);
  let cache = byMeasurer.get(options.measureText);
  if (!cache) {
    cache = new Map();
    byMeasurer.set(options.measureText, cache);
  }
  const layout = cache.get(key) ?? layoutFlow(model, options);
  cache.delete(key);
  cache.set(key, layout);
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  quick.set(quickKey, layout);
  return layout;
}
