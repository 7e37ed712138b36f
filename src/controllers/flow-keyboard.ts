import type { FlowDirection, FlowLayout, StepGeometry } from '../layout/flow-types.js';
import type { SopModel } from '../model/normalize.js';

/** What a key does in the diagram. */
export type FlowMove = 'forward' | 'back' | 'previous-branch' | 'next-branch' | 'first' | 'last';

/** Maps a key to a move: along the flow with the arrows that point along it, between branches with the others. */
export function flowMoveFor(key: string, direction: FlowDirection): FlowMove | undefined {
  const horizontal = direction === 'horizontal';
  switch (key) {
    case 'ArrowRight':
      return horizontal ? 'forward' : 'next-branch';
    case 'ArrowLeft':
      return horizontal ? 'back' : 'previous-branch';
    case 'ArrowDown':
      return horizontal ? 'next-branch' : 'forward';
    case 'ArrowUp':
      return horizontal ? 'previous-branch' : 'back';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return undefined;
  }
}

/**
 * Keyboard navigation along the flows of a diagram. Remembers where each step was entered from, so that
 * "back" retraces the path and the branch keys move between the targets of the decision that was left.
 */
export class FlowNavigator {
  private readonly cameFrom = new Map<string, string>();

  constructor(
    private readonly model: SopModel,
    private readonly layout: FlowLayout,
  ) {}

  private geometry(id: string): StepGeometry | undefined {
    return this.layout.steps.find((s) => s.id === id);
  }

  /** Cross-axis position, to order branches as they are drawn. */
  private across(id: string): number {
    const g = this.geometry(id);
    if (!g) return 0;
    return this.layout.direction === 'horizontal' ? g.cy : g.cx;
  }

  private along(id: string): number {
    const g = this.geometry(id);
    if (!g) return 0;
    return this.layout.direction === 'horizontal' ? g.cx : g.cy;
  }

  private targets(id: string): string[] {
    const ids = [...new Set((this.model.outgoing.get(id) ?? []).map((f) => f.to))].filter((t) => t !== id);
    return ids.sort((a, b) => this.across(a) - this.across(b) || this.along(a) - this.along(b));
  }

  private parent(id: string): string | undefined {
    const remembered = this.cameFrom.get(id);
    if (remembered) return remembered;
    const sources = (this.model.incoming.get(id) ?? []).map((f) => f.from).filter((s) => s !== id);
    return sources.sort((a, b) => this.along(a) - this.along(b))[0];
  }

  /** The step a move leads to from `current`, or `undefined` when there is none. */
  move(current: string, move: FlowMove): string | undefined {
    switch (move) {
      case 'first':
        return this.model.starts[0] ?? this.model.steps[0]?.id;
      case 'last':
        return [...this.model.steps].reverse().find((s) => s.type === 'end')?.id ?? this.model.steps.at(-1)?.id;
      case 'forward': {
        const next = this.targets(current)[0];
        if (next) this.cameFrom.set(next, current);
        return next;
      }
      case 'back':
        return this.parent(current);
      default: {
        const parent = this.parent(current);
        const siblings = parent ? this.targets(parent) : [];
        const i = siblings.indexOf(current);
        if (siblings.length > 1 && i >= 0) {
          const next = siblings[i + (move === 'next-branch' ? 1 : -1)];
          if (next && parent) this.cameFrom.set(next, parent);
          return next;
        }
        return this.nearestAcross(current, move === 'next-branch' ? 1 : -1);
      }
    }
  }

  /** Without branches to move between, the nearest step on that side in the same column. */
  private nearestAcross(current: string, sign: 1 | -1): string | undefined {
    const here = this.geometry(current);
    if (!here) return undefined;
    const mine = this.across(current);
    const candidates = this.layout.steps
      .filter((s) => s.column === here.column && (this.across(s.id) - mine) * sign > 0)
      .sort((a, b) => Math.abs(this.across(a.id) - mine) - Math.abs(this.across(b.id) - mine));
    return candidates[0]?.id;
  }
}
