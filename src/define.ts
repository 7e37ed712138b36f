/**
 * `sop-elements/define` (and the standalone bundle): registers all three elements under their default tags.
 * Each registration is idempotent and leaves a tag that another script already took alone.
 */
import './sop-diagram.js';
import './escalation-matrix.js';
import './incident-timeline.js';

export { defineSopDiagram } from './sop-diagram.js';
export { defineEscalationMatrix } from './escalation-matrix.js';
export { defineIncidentTimeline } from './incident-timeline.js';
