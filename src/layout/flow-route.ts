import type { FlowModel, SopModel } from '../model/normalize.js';
import { corridorOrdinal, linesBetween, slotOrdinal, type Cell, type Grid } from './flow-grid.js';

/*
 * Flows are routed on the grid before anything has a size: every corner is named by what it sits on (a
 * column centre, a gap between columns, a corridor between slots, a slot's centre line, a step's port), so
 * that routes can share gaps and corridors on separate tracks, and the gaps and corridors can then be made as
 * wide as their tracks and labels need. Coordinates come later (`flow.ts`).
 *
 * Axes: `u` runs along the flow, `v` across it. A step's ports are the middles of its sides: `u-` where flows
 * come in, `u+` where they leave, `v-` and `v+` the sides facing the neighbouring lanes.
 */

export type USide = 'u-' | 'u+';
export type VSide = 'v-' | 'v+';
export type URef =
  { t: 'gap'; g: number; track: number } | { t: 'col'; c: number } | { t: 'port'; id: string; side: USide };
export type VRef =
  | { t: 'corr'; lane: number; k: number; track: number }
  | { t: 'slot'; lane: number; slot: number }
  | { t: 'port'; id: string; side: VSide };
export interface SymPoint {
  u: URef;
  v: VRef;
}

/** Where a flow's label goes: across gap `g`, on segment `segment` (main-wise, or across the gap). */
export interface LabelSpot {
  g: number;
  segment: number;
}

export interface SymRoute {
  flow: FlowModel;
  points: SymPoint[];
  backward: boolean;
  label?: LabelSpot;
}

export interface Tracks {
  /** Tracks used in each gap (index = gap, 0 … columns). */
  gaps: number[];
  /** Tracks used in each corridor, keyed `lane:k`. */
  corridors: Map<string, number>;
}

interface Reservation {
  lo: number;
  hi: number;
  owner: string;
}

export function uOrdinal(grid: Grid, ref: URef): number {
  if (ref.t === 'gap') return 2 * ref.g;
  if (ref.t === 'col') return 2 * ref.c + 1;
  const c = grid.cells.get(ref.id)?.col ?? 0;
  return 2 * c + (ref.side === 'u-' ? 0.5 : 1.5);
}

export function vOrdinal(grid: Grid, ref: VRef): number {
  if (ref.t === 'corr') return corridorOrdinal(grid, ref.lane, ref.k);
  if (ref.t === 'slot') return slotOrdinal(grid, ref.lane, ref.slot);
  const cell = grid.cells.get(ref.id);
  const o = cell ? slotOrdinal(grid, cell.lane, cell.slot) : 0;
  return o + (ref.side === 'v-' ? -0.5 : 0.5);
}

class Router {
  private readonly reserved = new Map<number, Reservation[]>();

  constructor(private readonly grid: Grid) {}

  private portU(id: string, side: USide, cell: Cell): SymPoint {
    return { u: { t: 'port', id, side }, v: { t: 'slot', lane: cell.lane, slot: cell.slot } };
  }

  private portV(id: string, side: VSide, cell: Cell): SymPoint {
    return { u: { t: 'col', c: cell.col }, v: { t: 'port', id, side } };
  }

  private clearLine(lane: number, slot: number, from: number, to: number): boolean {
    for (let c = from; c <= to; c++) if (this.grid.isOccupied(c, lane, slot)) return false;
    return true;
  }

  private clearColumn(col: number, a: Cell, b: Cell, includeB: boolean): boolean {
    for (const line of linesBetween(this.grid, a, b)) {
      if (this.grid.isOccupied(col, line.lane, line.slot)) return false;
    }
    return !includeB || !this.grid.isOccupied(col, b.lane, b.slot);
  }

  private reserve(col: number, a: Cell, b: Cell, owner: string, commit: boolean): boolean {
    const oa = slotOrdinal(this.grid, a.lane, a.slot);
    const ob = slotOrdinal(this.grid, b.lane, b.slot);
    const lo = Math.min(oa, ob);
    const hi = Math.max(oa, ob);
    const list = this.reserved.get(col) ?? [];
    if (list.some((r) => r.owner !== owner && r.lo <= hi && lo <= r.hi)) return false;
    if (commit) {
      list.push({ lo, hi, owner });
      this.reserved.set(col, list);
    }
    return true;
  }

  private toward(a: Cell, b: Cell): VSide {
    return slotOrdinal(this.grid, b.lane, b.slot) < slotOrdinal(this.grid, a.lane, a.slot) ? 'v-' : 'v+';
  }

  private corridor(cell: Cell, side: VSide): VRef {
    return { t: 'corr', lane: cell.lane, k: side === 'v-' ? cell.slot : cell.slot + 1, track: 0 };
  }

  forward(flow: FlowModel, a: Cell, b: Cell, fromDecision: boolean): SymPoint[] {
    const sameLine = a.lane === b.lane && a.slot === b.slot;
    if (sameLine && this.clearLine(a.lane, a.slot, a.col + 1, b.col - 1)) {
      return [this.portU(flow.from, 'u+', a), this.portU(flow.to, 'u-', b)];
    }
    if (!sameLine) {
      const l1 = (commit: boolean): SymPoint[] | undefined => {
        if (!this.clearColumn(a.col, a, b, true) || !this.clearLine(b.lane, b.slot, a.col + 1, b.col - 1)) return;
        if (!this.reserve(a.col, a, b, `from:${flow.from}`, commit)) return;
        return [
          this.portV(flow.from, this.toward(a, b), a),
          { u: { t: 'col', c: a.col }, v: { t: 'slot', lane: b.lane, slot: b.slot } },
          this.portU(flow.to, 'u-', b),
        ];
      };
      const l2 = (commit: boolean): SymPoint[] | undefined => {
        if (!this.clearLine(a.lane, a.slot, a.col + 1, b.col) || !this.clearColumn(b.col, a, b, false)) return;
        if (!this.reserve(b.col, a, b, `to:${flow.to}`, commit)) return;
        return [
          this.portU(flow.from, 'u+', a),
          { u: { t: 'col', c: b.col }, v: { t: 'slot', lane: a.lane, slot: a.slot } },
          this.portV(flow.to, this.toward(b, a), b),
        ];
      };
      for (const attempt of fromDecision ? [l1, l2] : [l2, l1]) {
        if (attempt(false)) return attempt(true)!;
      }
    }
    for (let g = a.col + 1; g <= b.col; g++) {
      if (sameLine) break;
      if (!this.clearLine(a.lane, a.slot, a.col + 1, g - 1) || !this.clearLine(b.lane, b.slot, g, b.col - 1)) continue;
      const gap: URef = { t: 'gap', g, track: 0 };
      return [
        this.portU(flow.from, 'u+', a),
        { u: gap, v: { t: 'slot', lane: a.lane, slot: a.slot } },
        { u: gap, v: { t: 'slot', lane: b.lane, slot: b.slot } },
        this.portU(flow.to, 'u-', b),
      ];
    }
    const corridor = this.corridor(a, this.toward(a, b));
    const first: URef = { t: 'gap', g: a.col + 1, track: 0 };
    const last: URef = { t: 'gap', g: b.col, track: 0 };
    return [
      this.portU(flow.from, 'u+', a),
      { u: first, v: { t: 'slot', lane: a.lane, slot: a.slot } },
      { u: first, v: corridor },
      { u: last, v: corridor },
      { u: last, v: { t: 'slot', lane: b.lane, slot: b.slot } },
      this.portU(flow.to, 'u-', b),
    ];
  }

  backward(flow: FlowModel, a: Cell, b: Cell): SymPoint[] {
    if (flow.from === flow.to) {
      const below = this.corridor(a, 'v+');
      const gap: URef = { t: 'gap', g: a.col, track: 0 };
      return [
        this.portV(flow.from, 'v+', a),
        { u: { t: 'col', c: a.col }, v: below },
        { u: gap, v: below },
        { u: gap, v: { t: 'slot', lane: a.lane, slot: a.slot } },
        this.portU(flow.to, 'u-', a),
      ];
    }
    const sameLine = a.lane === b.lane && a.slot === b.slot;
    const exit = sameLine ? 'v+' : this.toward(a, b);
    const entry: VSide = sameLine ? 'v+' : this.toward(b, a);
    const ca = this.corridor(a, exit);
    const cb = this.corridor(b, entry);
    const same = ca.t === 'corr' && cb.t === 'corr' && ca.lane === cb.lane && ca.k === cb.k;
    if (same) {
      return [
        this.portV(flow.from, exit, a),
        { u: { t: 'col', c: a.col }, v: ca },
        { u: { t: 'col', c: b.col }, v: ca },
        this.portV(flow.to, entry, b),
      ];
    }
    const gap: URef = { t: 'gap', g: b.col + 1, track: 0 };
    return [
      this.portV(flow.from, exit, a),
      { u: { t: 'col', c: a.col }, v: ca },
      { u: gap, v: ca },
      { u: gap, v: cb },
      { u: { t: 'col', c: b.col }, v: cb },
      this.portV(flow.to, entry, b),
    ];
  }
}

/** Chooses where a flow's label goes: the first gap the route crosses, or runs along, counting from its source. */
function labelSpot(grid: Grid, points: SymPoint[]): LabelSpot | undefined {
  for (let i = 0; i + 1 < points.length; i++) {
    const p = points[i]!;
    const q = points[i + 1]!;
    if (p.u.t === 'gap' && q.u === p.u) return { g: p.u.g, segment: i };
    const a = uOrdinal(grid, p.u);
    const b = uOrdinal(grid, q.u);
    if (a === b) continue;
    const crossed: number[] = [];
    for (let o = Math.floor(Math.min(a, b)) + 1; o < Math.max(a, b); o++) if (o % 2 === 0) crossed.push(o / 2);
    const g = a < b ? crossed[0] : crossed[crossed.length - 1];
    if (g !== undefined) return { g, segment: i };
  }
  return undefined;
}

/** Routes every flow on the grid. */
export function routeFlows(model: SopModel, grid: Grid, backward: Set<string>): SymRoute[] {
  const router = new Router(grid);
  const routes: SymRoute[] = [];
  const ordered = [...model.flows].sort((f, g) => {
    const score = (x: FlowModel) => (x.from === x.to || backward.has(x.id) ? 2 : 0) + (x.label ? 0 : 1);
    return score(f) - score(g) || f.index - g.index;
  });
  for (const flow of ordered) {
    const a = grid.cells.get(flow.from);
    const b = grid.cells.get(flow.to);
    if (!a || !b) continue;
    const back = flow.from === flow.to || b.col <= a.col;
    const fromDecision = model.stepById.get(flow.from)?.type === 'decision';
    const points = back ? router.backward(flow, a, b) : router.forward(flow, a, b, fromDecision);
    routes.push({ flow, points, backward: back, label: flow.label ? labelSpot(grid, points) : undefined });
  }
  return routes.sort((r, s) => r.flow.index - s.flow.index);
}

/** Gives every segment that runs inside a gap or a corridor its own track where it overlaps another one. */
export function assignTracks(grid: Grid, routes: SymRoute[]): Tracks {
  const gapSegments = new Map<number, { ref: Extract<URef, { t: 'gap' }>; lo: number; hi: number }[]>();
  const corrSegments = new Map<string, { ref: Extract<VRef, { t: 'corr' }>; lo: number; hi: number }[]>();
  for (const route of routes) {
    const { points } = route;
    for (let i = 0; i + 1 < points.length; i++) {
      const p = points[i]!;
      const q = points[i + 1]!;
      if (p.u.t === 'gap' && p.u === q.u) {
        const a = vOrdinal(grid, p.v);
        const b = vOrdinal(grid, q.v);
        const list = gapSegments.get(p.u.g) ?? [];
        if (!list.some((s) => s.ref === p.u)) list.push({ ref: p.u, lo: Math.min(a, b), hi: Math.max(a, b) });
        gapSegments.set(p.u.g, list);
      }
      if (p.v.t === 'corr' && p.v === q.v) {
        const a = uOrdinal(grid, p.u);
        const b = uOrdinal(grid, q.u);
        const key = `${p.v.lane}:${p.v.k}`;
        const list = corrSegments.get(key) ?? [];
        if (!list.some((s) => s.ref === p.v)) list.push({ ref: p.v, lo: Math.min(a, b), hi: Math.max(a, b) });
        corrSegments.set(key, list);
      }
    }
  }
  const colour = <T extends { track: number }>(segments: { ref: T; lo: number; hi: number }[]): number => {
    segments.sort((s, t) => s.lo - t.lo || s.hi - t.hi);
    const ends: number[] = [];
    for (const s of segments) {
      let track = ends.findIndex((end) => end < s.lo);
      if (track < 0) {
        track = ends.length;
        ends.push(s.hi);
      } else {
        ends[track] = s.hi;
      }
      s.ref.track = track;
    }
    return ends.length;
  };
  const gaps = new Array<number>(grid.columns + 1).fill(0);
  for (const [g, segments] of gapSegments) gaps[g] = colour(segments);
  const corridors = new Map<string, number>();
  for (const [key, segments] of corrSegments) corridors.set(key, colour(segments));
  return { gaps, corridors };
}
