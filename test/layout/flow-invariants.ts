import type { Box, FlowLayout, Point, StepGeometry } from '../../src/layout/flow.js';

/** What a swimlane picture must satisfy, whatever the document: each entry is one broken rule, in words. */
export function flowInvariantProblems(layout: FlowLayout): string[] {
  const problems: string[] = [];
  const eps = 0.5;
  const inside = (inner: Box, outer: Box) =>
    inner.x >= outer.x - eps &&
    inner.y >= outer.y - eps &&
    inner.x + inner.width <= outer.x + outer.width + eps &&
    inner.y + inner.height <= outer.y + outer.height + eps;
  const overlap = (a: Box, b: Box, margin = 0) =>
    a.x + margin < b.x + b.width &&
    b.x + margin < a.x + a.width &&
    a.y + margin < b.y + b.height &&
    b.y + margin < a.y + a.height;

  const steps = layout.steps;
  for (let i = 0; i < steps.length; i++) {
    for (let j = i + 1; j < steps.length; j++) {
      if (overlap(steps[i]!.footprint, steps[j]!.footprint))
        problems.push(`steps ${steps[i]!.id} and ${steps[j]!.id} overlap`);
    }
  }
  for (const s of steps) {
    const lane = layout.lanes[s.lane];
    if (layout.lanes.length && (!lane || !inside(s.footprint, lane))) problems.push(`step ${s.id} is outside its lane`);
    const phase = layout.phases[s.phase];
    if (layout.phases.length && (!phase || !inside(s.footprint, phase)))
      problems.push(`step ${s.id} is outside its phase band`);
  }

  const byId = new Map(steps.map((s) => [s.id, s] as const));
  const onOutline = (p: Point | undefined, s: StepGeometry | undefined): boolean => {
    if (!p || !s) return false;
    const ports = [
      { x: s.x, y: s.cy },
      { x: s.x + s.width, y: s.cy },
      { x: s.cx, y: s.y },
      { x: s.cx, y: s.y + s.height },
    ];
    return ports.some((q) => Math.abs(q.x - p.x) < eps && Math.abs(q.y - p.y) < eps);
  };
  for (const f of layout.flows) {
    const from = byId.get(f.from);
    const to = byId.get(f.to);
    if (!onOutline(f.points[0], from)) problems.push(`flow ${f.id} does not start on the outline of ${f.from}`);
    if (!onOutline(f.points[f.points.length - 1], to))
      problems.push(`flow ${f.id} does not end on the outline of ${f.to}`);
    if (!f.arrow.startsWith('M')) problems.push(`flow ${f.id} has no arrowhead`);
    for (let i = 0; i + 1 < f.points.length; i++) {
      const a = f.points[i]!;
      const b = f.points[i + 1]!;
      if (Math.abs(a.x - b.x) > 0.01 && Math.abs(a.y - b.y) > 0.01)
        problems.push(`flow ${f.id} has a diagonal segment`);
      const seg: Box = {
        x: Math.min(a.x, b.x),
        y: Math.min(a.y, b.y),
        width: Math.abs(a.x - b.x),
        height: Math.abs(a.y - b.y),
      };
      for (const s of steps) {
        if (overlap(seg, { x: s.x, y: s.y, width: s.width, height: s.height }, 1)) {
          problems.push(`flow ${f.id} crosses step ${s.id}`);
        }
      }
    }
    if (f.label) {
      for (const s of steps) {
        if (overlap(f.label, s.footprint)) problems.push(`label of flow ${f.id} sits on step ${s.id}`);
      }
    }
  }
  return problems;
}

/** Whether some flow leaves the step and some flow comes back to it (a loop drawn as one). */
export function backwardFlows(layout: FlowLayout): string[] {
  return layout.flows.filter((f) => f.backward).map((f) => f.id);
}
