/**
 * `sop-elements`: the element classes, the model and the layout, with no side effects. Importing this entry
 * defines no tag; import `sop-elements/define` (or one element's entry) for that, or call
 * {@link defineSopElements} with your own tag names.
 */
import { SopDiagram } from './components/sop-diagram/sop-diagram.js';
import { EscalationMatrix } from './components/escalation-matrix/escalation-matrix.js';
import { IncidentTimeline } from './components/incident-timeline/incident-timeline.js';
import { defineElement } from './components/shared/define.js';

export { SopDiagram, EscalationMatrix, IncidentTimeline, defineElement };
export type { SopInvalidDetail } from './components/shared/events.js';
export * from './model/index.js';

/** Default tag of each element. */
export const DEFAULT_TAGS = {
  sopDiagram: 'sop-diagram',
  escalationMatrix: 'escalation-matrix',
  incidentTimeline: 'incident-timeline',
} as const;

/**
 * Registers the three elements, under other tag names where given (for a page that already has an
 * `<incident-timeline>` of its own, or that loads two versions of the library).
 */
export function defineSopElements(tags: Partial<Record<keyof typeof DEFAULT_TAGS, string>> = {}): void {
  const names = { ...DEFAULT_TAGS, ...tags };
  defineElement(names.sopDiagram, SopDiagram);
  defineElement(names.escalationMatrix, EscalationMatrix);
  defineElement(names.incidentTimeline, IncidentTimeline);
}
