/**
 * `sop-elements/model`: the pure core. Runs in browsers and in plain Node (no DOM).
 */
export * from './types.js';
export * from './duration.js';
export * from './time.js';
export * from './calendar.js';
export { validateSop, isSafeHref, SLUG_RE, SAFE_LINK_SCHEMES } from './validate-sop.js';
export { validateIncident } from './validate-incident.js';
export * from './normalize.js';
export * from './parse.js';
export * from './lens.js';
export { child as pointerChild } from './report.js';
export * from './codes.js';
export * from './clocks.js';
