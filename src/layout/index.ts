/**
 * `sop-elements/layout`: pure geometry for each view (no DOM). Text width comes in as a function, so the
 * same layout runs in the browser (canvas `measureText`) and in Node (a fixed-width measurer).
 */
export * from './flow.js';
export * from './matrix.js';
export * from './timeline.js';
