import type { SopModel } from '../model/normalize.js';
import type { Grid } from './flow-grid.js';
import { arrowHead, roundedPath, simplify } from './flow-path.js';
import type { SymPoint, SymRoute, Tracks, URef, VRef } from './flow-route.js';
import { footprintAxes, placeStep, type FlowFonts, type SizedStep } from './flow-shapes.js';
import { round, wrapText, type WrappedText } from './flow-text.js';
import type {
  BandGeometry,
  Box,
  FlowDirection,
  FlowGeometry,
  FlowLabelGeometry,
  MeasureText,
  Point,
  StepGeometry,
  TextBlock,
} from './flow-types.js';

const TRACK = 10;
const HEADER = 156;
const HEADER_LINE = 16;
const FLOW_LINE = 15;
const LABEL_MAX_WIDTH = 124;

interface Inputs {
  model: SopModel;
  grid: Grid;
  routes: SymRoute[];
  tracks: Tracks;
  sized: Map<string, SizedStep>;
  direction: FlowDirection;
  fonts: FlowFonts;
  measure: MeasureText;
}

export interface Placed {
  width: number;
  height: number;
  body: Box;
  lanes: BandGeometry[];
  phases: BandGeometry[];
  steps: StepGeometry[];
  flows: FlowGeometry[];
}

function textBlock(
  wrapped: WrappedText,
  text: string,
  x: number,
  y: number,
  lineHeight: number,
  font: TextBlock['font'],
) {
  return {
    text,
    lines: wrapped.lines,
    truncated: wrapped.truncated,
    x: round(x),
    y: round(y),
    lineHeight,
    anchor: 'middle' as const,
    font,
  };
}

/** Turns the grid, the routes and their tracks into coordinates: the whole drawing. */
export function placeAll(input: Inputs): Placed {
  const { model, grid, routes, tracks, sized, direction, fonts, measure } = input;
  const horizontal = direction === 'horizontal';
  const xy = (u: number, v: number): Point =>
    horizontal ? { x: round(u), y: round(v) } : { x: round(v), y: round(u) };
  const box = (u: number, v: number, main: number, cross: number): Box => {
    const p = xy(u, v);
    return horizontal
      ? { x: p.x, y: p.y, width: round(main), height: round(cross) }
      : { x: p.x, y: p.y, width: round(cross), height: round(main) };
  };

  const labels = new Map<string, WrappedText>();
  const labelNeed = new Array<number>(grid.columns + 1).fill(0);
  for (const route of routes) {
    if (!route.flow.label) continue;
    const wrapped = wrapText(route.flow.label, LABEL_MAX_WIDTH, 2, fonts.flow, measure);
    labels.set(route.flow.id, wrapped);
    const main = horizontal ? wrapped.width + 12 : wrapped.lines.length * FLOW_LINE + 6;
    if (route.label) labelNeed[route.label.g] = Math.max(labelNeed[route.label.g] ?? 0, main + 28);
  }

  // Along the flow: gap 0, column 0, gap 1, …, column C − 1, gap C.
  const colMain = new Array<number>(grid.columns).fill(0);
  const laneCross = new Array<number>(grid.lanes).fill(56);
  for (const step of model.steps) {
    const cell = grid.cells.get(step.id);
    const s = sized.get(step.id);
    if (!cell || !s) continue;
    const { main, cross } = footprintAxes(s, direction);
    colMain[cell.col] = Math.max(colMain[cell.col] ?? 0, main);
    laneCross[cell.lane] = Math.max(laneCross[cell.lane] ?? 0, cross);
  }
  for (let c = 0; c < grid.columns; c++) if (!colMain[c]) colMain[c] = horizontal ? 120 : 64;
  const boundary = (g: number) => g > 0 && g < grid.columns && grid.colPhase[g - 1] !== grid.colPhase[g];
  const gapSize: number[] = [];
  const uAxis: { gap: number[]; col: number[] } = { gap: [], col: [] };
  let u = 0;
  for (let g = 0; g <= grid.columns; g++) {
    const t = tracks.gaps[g] ?? 0;
    const edge = g === 0 || g === grid.columns;
    const min = edge ? 24 : (horizontal ? 44 : 36) + (boundary(g) ? 16 : 0);
    const size = Math.max(min, (t + 1) * TRACK + (boundary(g) ? TRACK : 0) + 8, labelNeed[g] ?? 0);
    gapSize.push(size);
    uAxis.gap.push(u);
    u += size;
    if (g < grid.columns) {
      uAxis.col.push(u);
      u += colMain[g] ?? 0;
    }
  }
  const totalU = u;
  const gapCentre = (g: number): number => (uAxis.gap[g] ?? 0) + (gapSize[g] ?? 0) / 2;

  // Across the flow, lane by lane: corridor 0, slot 0, corridor 1, …, corridor S.
  const drawLanes = model.roles.length > 0;
  const drawPhases = model.phases.length > 0;
  const laneNames = model.roles.map((r) => wrapText(r.name, HEADER - 28, 3, fonts.header, measure));
  const corr: number[][] = [];
  const slotStart: number[][] = [];
  const laneStart: number[] = [];
  const laneSize: number[] = [];
  let v = 0;
  for (let l = 0; l < grid.lanes; l++) {
    const slots = grid.slots[l] ?? 1;
    const sizes: number[] = [];
    for (let k = 0; k <= slots; k++) {
      const t = tracks.corridors.get(`${l}:${k}`) ?? 0;
      sizes.push(Math.max(k === 0 || k === slots ? 18 : 16, (t + 1) * TRACK + 4));
    }
    let size = sizes.reduce((a, b) => a + b, 0) + slots * (laneCross[l] ?? 0);
    const need = !drawLanes ? 0 : horizontal ? (laneNames[l]?.lines.length ?? 1) * HEADER_LINE + 24 : HEADER - 16;
    if (size < need) {
      const extra = need - size;
      sizes[0]! += extra / 2;
      sizes[slots]! += extra / 2;
      size = need;
    }
    laneStart.push(v);
    laneSize.push(size);
    const starts: number[] = [];
    const corrStarts: number[] = [];
    let w = v;
    for (let k = 0; k <= slots; k++) {
      corrStarts.push(w);
      w += sizes[k] ?? 0;
      if (k < slots) {
        starts.push(w);
        w += laneCross[l] ?? 0;
      }
    }
    corr.push(corrStarts.map((s, k) => s + (sizes[k] ?? 0) / 2));
    slotStart.push(starts);
    v += size;
  }
  const totalV = v;

  // Headers: lane headers before the lanes along the flow axis, phase headers before the body across it.
  const laneHeaders = model.roles.map((r, l) =>
    horizontal ? laneNames[l]! : wrapText(r.name, Math.max(40, (laneSize[l] ?? 0) - 20), 3, fonts.header, measure),
  );
  const phaseCols = model.phases.map((_, p) => {
    const own = grid.colPhase.map((q, c) => (q === p ? c : -1)).filter((c) => c >= 0);
    return { first: own[0] ?? 0, last: own[own.length - 1] ?? 0 };
  });
  const bandU = (p: number): [number, number] => {
    const { first, last } = phaseCols[p]!;
    const start = p === 0 ? 0 : gapCentre(first);
    const end = p === model.phases.length - 1 ? totalU : gapCentre(last + 1);
    return [start, end];
  };
  const phaseHeaders = model.phases.map((ph, p) => {
    const [s, e] = bandU(p);
    return horizontal
      ? wrapText(ph.name, Math.max(40, e - s - 24), 2, fonts.header, measure)
      : wrapText(
          ph.name,
          HEADER - 28,
          Math.max(1, Math.min(4, Math.floor((e - s - 12) / HEADER_LINE))),
          fonts.header,
          measure,
        );
  });
  const maxLines = (list: WrappedText[]) => list.reduce((m, w) => Math.max(m, w.lines.length), 1);
  const uOffset = drawLanes ? (horizontal ? HEADER : maxLines(laneHeaders) * HEADER_LINE + 18) : 0;
  const vOffset = drawPhases ? (horizontal ? maxLines(phaseHeaders) * HEADER_LINE + 18 : HEADER) : 0;

  const steps: StepGeometry[] = [];
  const stepById = new Map<string, StepGeometry>();
  for (const step of model.steps) {
    const cell = grid.cells.get(step.id);
    const s = sized.get(step.id);
    if (!cell || !s) continue;
    const cu = uOffset + (uAxis.col[cell.col] ?? 0) + (colMain[cell.col] ?? 0) / 2;
    const cv = vOffset + (slotStart[cell.lane]?.[cell.slot] ?? 0) + (laneCross[cell.lane] ?? 0) / 2;
    const c = xy(cu, cv);
    const geometry = placeStep(
      s,
      c.x,
      c.y,
      { lane: cell.lane, phase: grid.colPhase[cell.col] ?? 0, column: cell.col, slot: cell.slot },
      direction,
      fonts,
    );
    steps.push(geometry);
    stepById.set(step.id, geometry);
  }

  const gapTrack = (g: number, track: number): number => {
    const t = tracks.gaps[g] ?? 1;
    return uOffset + gapCentre(g) + (track - (t - 1) / 2) * TRACK + (boundary(g) ? TRACK / 2 : 0);
  };
  const uOf = (ref: URef): number => {
    if (ref.t === 'gap') return gapTrack(ref.g, ref.track);
    if (ref.t === 'col') return uOffset + (uAxis.col[ref.c] ?? 0) + (colMain[ref.c] ?? 0) / 2;
    const s = stepById.get(ref.id)!;
    const [lo, hi] = horizontal ? [s.x, s.x + s.width] : [s.y, s.y + s.height];
    return ref.side === 'u-' ? lo : hi;
  };
  const vOf = (ref: VRef): number => {
    if (ref.t === 'corr') {
      const t = tracks.corridors.get(`${ref.lane}:${ref.k}`) ?? 1;
      return vOffset + (corr[ref.lane]?.[ref.k] ?? 0) + (ref.track - (t - 1) / 2) * TRACK;
    }
    if (ref.t === 'slot') return vOffset + (slotStart[ref.lane]?.[ref.slot] ?? 0) + (laneCross[ref.lane] ?? 0) / 2;
    const s = stepById.get(ref.id)!;
    const [lo, hi] = horizontal ? [s.y, s.y + s.height] : [s.x, s.x + s.width];
    return ref.side === 'v-' ? lo : hi;
  };
  const uv = (p: SymPoint) => ({ u: uOf(p.u), v: vOf(p.v) });

  const bodyV: [number, number] = [vOffset, vOffset + totalV];
  const placedLabels: Box[] = [];
  const overlaps = (a: Box, b: Box) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const flows: FlowGeometry[] = routes.map((route) => {
    const raw = route.points.map(uv);
    const points = simplify(raw.map((p) => xy(p.u, p.v)));
    let label: FlowLabelGeometry | undefined;
    const wrapped = labels.get(route.flow.id);
    if (wrapped && route.flow.label) {
      const w = wrapped.width + 12;
      const h = wrapped.lines.length * FLOW_LINE + 6;
      const [main, cross] = horizontal ? [w, h] : [h, w];
      let cu = uOffset + gapCentre(route.label?.g ?? 0);
      let cv = raw[0]?.v ?? 0;
      const spot = route.label;
      if (spot) {
        const a = raw[spot.segment]!;
        const b = raw[spot.segment + 1]!;
        const along = b.v - a.v;
        cv = Math.abs(a.u - b.u) < 0.01 ? a.v + Math.sign(along) * Math.min(Math.abs(along) / 2, cross / 2 + 10) : a.v;
      } else {
        const mid = raw[Math.floor(raw.length / 2)]!;
        cu = mid.u;
        cv = mid.v;
      }
      let candidate = box(cu - main / 2, cv - cross / 2, main, cross);
      for (let attempt = 1; attempt < 12 && placedLabels.some((b) => overlaps(b, candidate)); attempt++) {
        const shift = Math.ceil(attempt / 2) * (cross + 4) * (attempt % 2 ? 1 : -1);
        const v0 = Math.min(Math.max(cv + shift - cross / 2, bodyV[0]), bodyV[1] - cross);
        candidate = box(cu - main / 2, v0, main, cross);
      }
      placedLabels.push(candidate);
      label = {
        ...candidate,
        label: textBlock(
          wrapped,
          route.flow.label,
          candidate.x + candidate.width / 2,
          candidate.y + 3 + fonts.flow.size * 0.85,
          FLOW_LINE,
          fonts.flow,
        ),
      };
    }
    return {
      id: route.flow.id,
      index: route.flow.index,
      from: route.flow.from,
      to: route.flow.to,
      kind: route.flow.kind,
      backward: route.backward,
      points,
      d: roundedPath(points),
      arrow: arrowHead(points),
      label,
    };
  });

  const lanes: BandGeometry[] = model.roles.map((role, l) => {
    const head = box(0, vOffset + (laneStart[l] ?? 0), uOffset, laneSize[l] ?? 0);
    const block = laneHeaders[l]!;
    return {
      id: role.id,
      name: role.name,
      index: l,
      ...box(uOffset, vOffset + (laneStart[l] ?? 0), totalU, laneSize[l] ?? 0),
      header: {
        ...head,
        label: textBlock(
          block,
          role.name,
          head.x + head.width / 2,
          head.y + head.height / 2 - ((block.lines.length - 1) * HEADER_LINE) / 2 + fonts.header.size * 0.35,
          HEADER_LINE,
          fonts.header,
        ),
      },
    };
  });
  const phases: BandGeometry[] = model.phases.map((phase, p) => {
    const [s, e] = bandU(p);
    const head = box(uOffset + s, 0, e - s, vOffset);
    const block = phaseHeaders[p]!;
    return {
      id: phase.id,
      name: phase.name,
      index: p,
      ...box(uOffset + s, vOffset, e - s, totalV),
      header: {
        ...head,
        label: {
          ...textBlock(
            block,
            phase.name,
            horizontal ? head.x + 12 : head.x + head.width / 2,
            head.y + head.height / 2 - ((block.lines.length - 1) * HEADER_LINE) / 2 + fonts.header.size * 0.35,
            HEADER_LINE,
            fonts.header,
          ),
          anchor: horizontal ? ('start' as const) : ('middle' as const),
        },
      },
    };
  });
  const end = xy(uOffset + totalU, vOffset + totalV);
  return {
    width: round(end.x),
    height: round(end.y),
    body: box(uOffset, vOffset, totalU, totalV),
    lanes,
    phases,
    steps,
    flows,
  };
}
