import { round } from './flow-text.js';
import type { Point } from './flow-types.js';

export const ARROW_LENGTH = 9;
export const ARROW_HALF_WIDTH = 4.5;

/** Drops repeated points and the middle one of three collinear points. */
export function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < 0.01 && Math.abs(last.y - p.y) < 0.01) continue;
    const before = out[out.length - 2];
    if (before && last) {
      const vertical = Math.abs(before.x - last.x) < 0.01 && Math.abs(last.x - p.x) < 0.01;
      const horizontal = Math.abs(before.y - last.y) < 0.01 && Math.abs(last.y - p.y) < 0.01;
      if (vertical || horizontal) out.pop();
    }
    out.push(p);
  }
  return out;
}

/** An orthogonal polyline as an SVG path whose corners are rounded with radius `radius` (less on short legs). */
export function roundedPath(points: Point[], radius = 8): string {
  const first = points[0];
  if (!first) return '';
  const parts = [`M${round(first.x)},${round(first.y)}`];
  for (let i = 1; i < points.length; i++) {
    const p = points[i]!;
    const prev = points[i - 1]!;
    const next = points[i + 1];
    if (!next) {
      parts.push(`L${round(p.x)},${round(p.y)}`);
      break;
    }
    const inLen = Math.hypot(p.x - prev.x, p.y - prev.y);
    const outLen = Math.hypot(next.x - p.x, next.y - p.y);
    const r = Math.min(radius, inLen / 2, outLen / 2);
    if (r < 0.5) {
      parts.push(`L${round(p.x)},${round(p.y)}`);
      continue;
    }
    const a = { x: p.x - ((p.x - prev.x) / inLen) * r, y: p.y - ((p.y - prev.y) / inLen) * r };
    const b = { x: p.x + ((next.x - p.x) / outLen) * r, y: p.y + ((next.y - p.y) / outLen) * r };
    parts.push(`L${round(a.x)},${round(a.y)}Q${round(p.x)},${round(p.y)} ${round(b.x)},${round(b.y)}`);
  }
  return parts.join('');
}

/** The arrowhead at the end of a polyline: a triangle with its tip on the last point. */
export function arrowHead(points: Point[]): string {
  const tip = points[points.length - 1];
  const from = points[points.length - 2];
  if (!tip || !from) return '';
  const len = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const dx = (tip.x - from.x) / len;
  const dy = (tip.y - from.y) / len;
  const bx = tip.x - dx * ARROW_LENGTH;
  const by = tip.y - dy * ARROW_LENGTH;
  const l = { x: bx - dy * ARROW_HALF_WIDTH, y: by + dx * ARROW_HALF_WIDTH };
  const r = { x: bx + dy * ARROW_HALF_WIDTH, y: by - dx * ARROW_HALF_WIDTH };
  return `M${round(tip.x)},${round(tip.y)}L${round(l.x)},${round(l.y)}L${round(r.x)},${round(r.y)}Z`;
}
