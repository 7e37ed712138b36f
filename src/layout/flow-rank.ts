import dagre, { type Graph } from '@dagrejs/dagre';
import type { SopModel } from '../model/normalize.js';

/** Where each step goes along the flow, and which flows run against it. */
export interface Ranking {
  /** Column of each step (0-based, contiguous, phases in order). */
  column: Map<string, number>;
  /** Dagre's crossing-minimised order of each step inside its column (only relative order matters). */
  order: Map<string, number>;
  /** Ids of the flows that point backwards once steps are ranked (loops, flows back to an earlier phase). */
  backward: Set<string>;
  columns: number;
}

const NODE_PREFIX = 's:';

/**
 * Decides the direction of every flow: flows back to an earlier phase and declared loops inside a phase point
 * backwards; remaining cycles are broken by reversing the back edges of an iterative depth-first search
 * (recursion would overflow the stack on long chains).
 */
function orientFlows(model: SopModel, phaseOf: (id: string) => number): Set<string> {
  const backward = new Set<string>();
  for (const f of model.flows) {
    if (f.from === f.to) continue;
    const pf = phaseOf(f.from);
    const pt = phaseOf(f.to);
    if (pt < pf || (f.kind === 'loop' && pt === pf)) backward.add(f.id);
  }
  const out = new Map<string, { flow: string; to: string }[]>();
  for (const s of model.steps) out.set(s.id, []);
  for (const f of model.flows) {
    if (f.from === f.to) continue;
    const [a, b] = backward.has(f.id) ? [f.to, f.from] : [f.from, f.to];
    out.get(a)?.push({ flow: f.id, to: b });
  }
  const state = new Map<string, 1 | 2>();
  const roots = [...model.starts, ...model.steps.map((s) => s.id)];
  for (const root of roots) {
    if (state.has(root)) continue;
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const edges = out.get(top.id) ?? [];
      if (top.next >= edges.length) {
        state.set(top.id, 2);
        stack.pop();
        continue;
      }
      const edge = edges[top.next++]!;
      const seen = state.get(edge.to);
      if (seen === 1) {
        if (backward.has(edge.flow)) backward.delete(edge.flow);
        else backward.add(edge.flow);
      } else if (seen === undefined) {
        state.set(edge.to, 1);
        stack.push({ id: edge.to, next: 0 });
      }
    }
  }
  return backward;
}

/**
 * Longest-path ranks with phases kept in order: every step of phase p comes after every step of phase p − 1,
 * and after its predecessors inside its own phase. Linear in the graph (a flat Dagre run with one invisible
 * separator per phase boundary costs ten times the layout on 200 steps, because of the long edges it adds).
 */
function rankByPhase(model: SopModel, phaseOf: (id: string) => number, backward: Set<string>): Map<string, number> {
  const phases = Math.max(1, model.phases.length);
  const byPhase: string[][] = Array.from({ length: phases }, () => []);
  for (const s of model.steps) byPhase[phaseOf(s.id)]?.push(s.id);
  const preds = new Map<string, string[]>();
  const succs = new Map<string, string[]>();
  for (const s of model.steps) {
    preds.set(s.id, []);
    succs.set(s.id, []);
  }
  for (const f of model.flows) {
    if (f.from === f.to) continue;
    const [a, b] = backward.has(f.id) ? [f.to, f.from] : [f.from, f.to];
    if (phaseOf(a) !== phaseOf(b)) continue;
    preds.get(b)?.push(a);
    succs.get(a)?.push(b);
  }
  const rank = new Map<string, number>();
  let base = 0;
  for (const ids of byPhase) {
    const indegree = new Map(ids.map((id) => [id, preds.get(id)?.length ?? 0] as const));
    const queue = ids.filter((id) => indegree.get(id) === 0);
    let max = base - 1;
    for (let q = 0; q < queue.length; q++) {
      const id = queue[q]!;
      const r = Math.max(base, ...(preds.get(id) ?? []).map((p) => (rank.get(p) ?? base) + 1));
      rank.set(id, r);
      max = Math.max(max, r);
      for (const next of succs.get(id) ?? []) {
        const d = (indegree.get(next) ?? 1) - 1;
        indegree.set(next, d);
        if (d === 0) queue.push(next);
      }
    }
    base = max + 1;
  }
  return rank;
}

/**
 * Ranks the steps (columns along the flow) with phases in order, then lets Dagre order each column to reduce
 * crossings: Dagre runs on the flat graph of steps and flows with our ranks plugged in as its ranker.
 */
export function rankSteps(model: SopModel): Ranking {
  const phaseOf = (id: string): number => Math.max(0, model.stepById.get(id)?.phaseIndex ?? 0);
  const backward = orientFlows(model, phaseOf);
  const rank = rankByPhase(model, phaseOf, backward);

  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({
    rankdir: 'TB',
    nodesep: 10,
    ranksep: 10,
    ranker: (graph: Graph) => {
      for (const v of graph.nodes()) {
        const label = graph.node(v) as { rank?: number };
        const r = v.startsWith(NODE_PREFIX) ? rank.get(v.slice(NODE_PREFIX.length)) : undefined;
        label.rank = r === undefined ? -2 : 2 * r;
      }
    },
  });
  for (const s of model.steps) g.setNode(NODE_PREFIX + s.id, { width: 10, height: 10 });
  for (const f of model.flows) {
    if (f.from === f.to) continue;
    const [a, b] = backward.has(f.id) ? [f.to, f.from] : [f.from, f.to];
    g.setEdge(NODE_PREFIX + a, NODE_PREFIX + b, { minlen: 1, weight: f.kind === 'loop' ? 1 : 2 }, f.id);
  }
  dagre.layout(g);

  const order = new Map<string, number>();
  const column = new Map<string, number>();
  let columns = 0;
  for (const s of model.steps) {
    const label = g.node(NODE_PREFIX + s.id) as { order?: number };
    const r = rank.get(s.id) ?? 0;
    column.set(s.id, r);
    order.set(s.id, label.order ?? s.index);
    columns = Math.max(columns, r + 1);
  }
  return { column, order, backward, columns };
}
