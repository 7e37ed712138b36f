/**
 * Registers `<incident-timeline>`. Importing this module defines the tag; import the class from the package
 * root instead to register it under another name with {@link defineIncidentTimeline}.
 */
import { IncidentTimeline, type SopEventSelectDetail } from './components/incident-timeline/incident-timeline.js';
import { defineElement } from './components/shared/define.js';

export { IncidentTimeline };
export type { SopEventSelectDetail };
export type { SopInvalidDetail } from './components/shared/events.js';

/** Defines the element under `tag` (idempotent; another tag name lets two copies of the library coexist). */
export function defineIncidentTimeline(tag = 'incident-timeline'): CustomElementConstructor | undefined {
  return defineElement(tag, IncidentTimeline);
}

defineIncidentTimeline();

declare global {
  interface HTMLElementTagNameMap {
    'incident-timeline': IncidentTimeline;
  }
  interface HTMLElementEventMap {
    'sop-event-select': CustomEvent<SopEventSelectDetail>;
  }
}
