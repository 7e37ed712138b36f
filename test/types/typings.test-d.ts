// Type-level tests, checked by `npm run typecheck` (tsc --noEmit): never run. A wrong typing fails the
// compile, either as an error on a line or as an unused `@ts-expect-error`.
import type { SopDiagram } from '../../src/sop-diagram.js';
import type { EscalationMatrix } from '../../src/escalation-matrix.js';
import type { IncidentTimeline } from '../../src/incident-timeline.js';
import type { Diagnostic } from '../../src/model/types.js';

/** `true` only when `A` and `B` are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compiles only when `value` is of type `T` exactly. */
function expectTypeOf<T>(): <V>(value: V & (Equal<V, T> extends true ? unknown : never)) => void {
  return () => {};
}

export function tagNames(): void {
  const diagram = document.createElement('sop-diagram');
  const matrix = document.createElement('escalation-matrix');
  const timeline = document.createElement('incident-timeline');
  expectTypeOf<SopDiagram>()(diagram);
  expectTypeOf<EscalationMatrix>()(matrix);
  expectTypeOf<IncidentTimeline>()(timeline);
  expectTypeOf<IncidentTimeline | null>()(document.querySelector('incident-timeline'));

  diagram.direction = 'vertical';
  // @ts-expect-error: direction is `horizontal` or `vertical`
  diagram.direction = 'diagonal';
  matrix.view = 'priority';
  // @ts-expect-error: view is `escalation` or `priority`
  matrix.view = 'grid';
}

export function events(diagram: SopDiagram, matrix: EscalationMatrix, timeline: IncidentTimeline): void {
  diagram.addEventListener('sop-step-select', (e) => {
    const id: string = e.detail.stepId;
    // @ts-expect-error: the detail of sop-step-select has no `index`
    void e.detail.index;
    void id;
  });
  diagram.addEventListener('sop-render', (e) => {
    const ms: number = e.detail.durationMs;
    void ms;
  });
  for (const el of [diagram, matrix, timeline]) {
    el.addEventListener('sop-invalid', (e) => expectTypeOf<Diagnostic[]>()(e.detail.diagnostics));
  }
  matrix.addEventListener('sop-cell-select', (e) => {
    const priority: string = e.detail.priority;
    const role: string | undefined = e.detail.role;
    void priority;
    void role;
  });
  timeline.addEventListener('sop-event-select', (e) => {
    const index: number = e.detail.index;
    const at: string = e.detail.at;
    void index;
    void at;
  });
}
