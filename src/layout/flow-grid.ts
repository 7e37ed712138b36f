import type { SopModel } from '../model/normalize.js';
import type { Ranking } from './flow-rank.js';

/** A step's cell: column along the flow, lane, and slot across the lane. */
export interface Cell {
  col: number;
  lane: number;
  slot: number;
}

/**
 * The grid the steps sit on. Columns run along the flow (phases own contiguous runs of columns; a phase without
 * steps gets an empty column so that its band is still drawn); each lane has as many slots across it as its
 * busiest column needs. Between columns are gaps, between slots corridors: both stay free of steps, so flows
 * can always be routed through them.
 */
export interface Grid {
  columns: number;
  lanes: number;
  /** Slots per lane (at least 1). */
  slots: number[];
  /** Phase of each column. */
  colPhase: number[];
  cells: Map<string, Cell>;
  /** Ordinal of the first corridor of each lane in the cross sequence corridor, slot, corridor, …, corridor. */
  laneBase: number[];
  isOccupied(col: number, lane: number, slot: number): boolean;
}

/** Position of a slot (odd) or corridor (even) in the cross sequence of the whole diagram. */
export function slotOrdinal(grid: Grid, lane: number, slot: number): number {
  return (grid.laneBase[lane] ?? 0) + 2 * slot + 1;
}

export function corridorOrdinal(grid: Grid, lane: number, corridor: number): number {
  return (grid.laneBase[lane] ?? 0) + 2 * corridor;
}

/** The (lane, slot) lines strictly between two lines, in cross order. */
export function linesBetween(grid: Grid, a: Cell, b: Cell): { lane: number; slot: number }[] {
  const oa = slotOrdinal(grid, a.lane, a.slot);
  const ob = slotOrdinal(grid, b.lane, b.slot);
  const lo = Math.min(oa, ob);
  const hi = Math.max(oa, ob);
  const out: { lane: number; slot: number }[] = [];
  for (let lane = 0; lane < grid.lanes; lane++) {
    for (let slot = 0; slot < (grid.slots[lane] ?? 1); slot++) {
      const o = slotOrdinal(grid, lane, slot);
      if (o > lo && o < hi) out.push({ lane, slot });
    }
  }
  return oa <= ob ? out : out.reverse();
}

export function buildGrid(model: SopModel, ranking: Ranking): Grid {
  const lanes = Math.max(1, model.roles.length);
  const phases = Math.max(1, model.phases.length);
  const laneOf = (id: string): number => Math.min(lanes - 1, Math.max(0, model.stepById.get(id)?.roleIndex ?? 0));
  const phaseOf = (id: string): number => Math.min(phases - 1, Math.max(0, model.stepById.get(id)?.phaseIndex ?? 0));

  const stepsInPhase = new Array<number>(phases).fill(0);
  for (const s of model.steps) stepsInPhase[phaseOf(s.id)]! += 1;
  const colOfRank = new Map<number, number>();
  const colPhase: number[] = [];
  const ranksOfPhase: number[][] = Array.from({ length: phases }, () => []);
  for (const s of model.steps) ranksOfPhase[phaseOf(s.id)]!.push(ranking.column.get(s.id) ?? 0);
  for (let p = 0; p < phases; p++) {
    const ranks = [...new Set(ranksOfPhase[p])].sort((a, b) => a - b);
    if (ranks.length === 0) {
      colPhase.push(p);
      continue;
    }
    for (const r of ranks) {
      colOfRank.set(r, colPhase.length);
      colPhase.push(p);
    }
  }

  const byCell = new Map<string, string[]>();
  const colOf = new Map<string, number>();
  for (const s of model.steps) {
    const col = colOfRank.get(ranking.column.get(s.id) ?? 0) ?? 0;
    colOf.set(s.id, col);
    const key = `${col}:${laneOf(s.id)}`;
    const list = byCell.get(key) ?? [];
    list.push(s.id);
    byCell.set(key, list);
  }
  const slots = new Array<number>(lanes).fill(1);
  for (const [key, ids] of byCell) {
    const lane = Number(key.split(':')[1]);
    slots[lane] = Math.max(slots[lane] ?? 1, ids.length);
    ids.sort((a, b) => (ranking.order.get(a) ?? 0) - (ranking.order.get(b) ?? 0));
  }

  const neighbours = new Map<string, string[]>();
  for (const s of model.steps) neighbours.set(s.id, []);
  for (const f of model.flows) {
    if (f.from === f.to || laneOf(f.from) !== laneOf(f.to)) continue;
    neighbours.get(f.from)?.push(f.to);
    neighbours.get(f.to)?.push(f.from);
  }

  const cells = new Map<string, Cell>();
  const occupied = new Set<string>();
  for (let col = 0; col < colPhase.length; col++) {
    for (let lane = 0; lane < lanes; lane++) {
      const ids = byCell.get(`${col}:${lane}`);
      if (!ids) continue;
      const count = slots[lane] ?? 1;
      const centred = Math.floor((count - ids.length) / 2);
      const assigned: number[] = [];
      ids.forEach((id, i) => {
        const placed = (neighbours.get(id) ?? [])
          .map((n) => cells.get(n))
          .filter((c): c is Cell => c !== undefined && c.col < col);
        const preferred = placed.length
          ? Math.round(placed.reduce((sum, c) => sum + c.slot, 0) / placed.length)
          : centred + i;
        const previous = assigned[i - 1];
        assigned.push(previous === undefined ? Math.max(0, preferred) : Math.max(preferred, previous + 1));
      });
      for (let i = assigned.length - 1; i >= 0; i--) {
        const limit = count - (assigned.length - i);
        if ((assigned[i] ?? 0) > limit) assigned[i] = limit;
        const next = assigned[i + 1];
        if (next !== undefined && (assigned[i] ?? 0) >= next) assigned[i] = next - 1;
      }
      ids.forEach((id, i) => {
        const slot = assigned[i] ?? 0;
        cells.set(id, { col, lane, slot });
        occupied.add(`${col}:${lane}:${slot}`);
      });
    }
  }

  const laneBase: number[] = [];
  let base = 0;
  for (let lane = 0; lane < lanes; lane++) {
    laneBase.push(base);
    base += 2 * (slots[lane] ?? 1) + 1;
  }
  return {
    columns: colPhase.length,
    lanes,
    slots,
    colPhase,
    cells,
    laneBase,
    isOccupied: (col, lane, slot) => occupied.has(`${col}:${lane}:${slot}`),
  };
}
