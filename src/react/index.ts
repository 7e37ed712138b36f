/**
 * `sop-elements/react`: React components for the three elements, made with `@lit/react`. Objects (`sop`,
 * `incident`) are passed as properties, strings as attributes, and each event has a typed callback prop
 * (`onSopStepSelect`…). Importing this entry registers the elements under their default tags.
 *
 * Works with React 18 and 19. React 19 can also use the tags directly (`<sop-diagram sop={doc}
 * onsop-step-select={…}>`); these wrappers add the typed props and camel-case callbacks.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SopDiagram as SopDiagramElement, type SopRenderDetail, type SopStepSelectDetail } from '../sop-diagram.js';
import { EscalationMatrix as EscalationMatrixElement, type SopCellSelectDetail } from '../escalation-matrix.js';
import { IncidentTimeline as IncidentTimelineElement, type SopEventSelectDetail } from '../incident-timeline.js';
import type { SopInvalidDetail } from '../components/shared/events.js';

/** The element classes, for `ref` types: `useRef<SopDiagramElement>(null)`. */
export type { SopDiagramElement, EscalationMatrixElement, IncidentTimelineElement };
export type { SopCellSelectDetail, SopEventSelectDetail, SopInvalidDetail, SopRenderDetail, SopStepSelectDetail };

/** `sop-step-select`: a step was selected. */
export type SopStepSelectEvent = CustomEvent<SopStepSelectDetail>;
/** `sop-render`: a new document or direction is drawn. */
export type SopRenderEvent = CustomEvent<SopRenderDetail>;
/** `sop-invalid`: the document (or incident) has errors. */
export type SopInvalidEvent = CustomEvent<SopInvalidDetail>;
/** `sop-cell-select`: a matrix cell was chosen. */
export type SopCellSelectEvent = CustomEvent<SopCellSelectDetail>;
/** `sop-event-select`: a timeline event was chosen. */
export type SopEventSelectEvent = CustomEvent<SopEventSelectDetail>;

const onSopInvalid = 'sop-invalid' as EventName<SopInvalidEvent>;

/** `<sop-diagram>` as a React component: `sop`, `src`, `direction`, `priority`, `category`, `selected`. */
export const SopDiagram = createComponent({
  react: React,
  tagName: 'sop-diagram',
  elementClass: SopDiagramElement,
  displayName: 'SopDiagram',
  events: {
    onSopStepSelect: 'sop-step-select' as EventName<SopStepSelectEvent>,
    onSopRender: 'sop-render' as EventName<SopRenderEvent>,
    onSopInvalid,
  },
});

/** `<escalation-matrix>` as a React component: `sop`, `src`, `view`, `priority`, `elapsed`. */
export const EscalationMatrix = createComponent({
  react: React,
  tagName: 'escalation-matrix',
  elementClass: EscalationMatrixElement,
  displayName: 'EscalationMatrix',
  events: {
    onSopCellSelect: 'sop-cell-select' as EventName<SopCellSelectEvent>,
    onSopInvalid,
  },
});

/** `<incident-timeline>` as a React component: `incident`, `sop`, `src`, `sopSrc`, `now`. */
export const IncidentTimeline = createComponent({
  react: React,
  tagName: 'incident-timeline',
  elementClass: IncidentTimelineElement,
  displayName: 'IncidentTimeline',
  events: {
    onSopEventSelect: 'sop-event-select' as EventName<SopEventSelectEvent>,
    onSopInvalid,
  },
});

/** Props of each component, for wrappers of your own. */
export type SopDiagramProps = React.ComponentProps<typeof SopDiagram>;
export type EscalationMatrixProps = React.ComponentProps<typeof EscalationMatrix>;
export type IncidentTimelineProps = React.ComponentProps<typeof IncidentTimeline>;
