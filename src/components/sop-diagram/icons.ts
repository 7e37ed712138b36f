import { svg, type SVGTemplateResult } from 'lit';
import type { StepIcon } from '../../layout/flow-types.js';
import type { FlowKind, StepType } from '../../model/types.js';

/*
 * Small fixed drawings: step markers (drawn in a 14 × 14 box), the clock of SLA badges, and the shapes of the
 * legend. Colours come from the stylesheet through class names.
 */

const MARKERS: Record<StepIcon, string> = {
  escalation: 'M2 8.5L7 3.5L12 8.5M2 13L7 8L12 13',
  wait: 'M3 1.5H11M3 12.5H11M4 1.5C4 5 10 5 10 7C10 9 4 9 4 12.5M10 1.5C10 5 4 5 4 7C4 9 10 9 10 12.5',
  communication: 'M1.5 3.5H12.5V11.5H1.5ZM1.5 3.5L7 8L12.5 3.5',
  subprocess: 'M2 2H12V12H2ZM7 4.5V9.5M4.5 7H9.5',
};

/** The marker of a step type, translated to (`x`, `y`): one path, as every step draws one. */
export function renderMarker(kind: StepIcon, x: number, y: number): SVGTemplateResult {
  return svg`<path class="marker marker-${kind} icon-stroke" transform="translate(${x} ${y})" aria-hidden="true" d=${MARKERS[kind]} />`;
}

/** The clock drawn at the start of an SLA badge (10 × 10): the dial (two half circles) and the hands, one path. */
export function renderClock(x: number, y: number): SVGTemplateResult {
  return svg`<path class="clock icon-stroke" transform="translate(${x} ${y})" aria-hidden="true" d="M9.25 5A4.25 4.25 0 0 1 0.75 5A4.25 4.25 0 0 1 9.25 5ZM5 2.6V5L6.8 6.2" />`;
}

/** A 30 × 18 sample of each step shape, for the legend. */
const LEGEND_SHAPES: Record<StepType, string> = {
  start: 'M9,1H21A8,8 0 0 1 21,17H9A8,8 0 0 1 9,1Z',
  end: 'M9,1H21A8,8 0 0 1 21,17H9A8,8 0 0 1 9,1ZM10,4H20A5,5 0 0 1 20,14H10A5,5 0 0 1 10,4Z',
  task: 'M4,1H26Q29,1 29,4V14Q29,17 26,17H4Q1,17 1,14V4Q1,1 4,1Z',
  decision: 'M15,0L29,9L15,18L1,9Z',
  escalation: 'M1,1H22L29,9L22,17H1Z',
  communication: 'M4,1H26Q29,1 29,4V11Q29,14 26,14H10L6,18L7,14H4Q1,14 1,11V4Q1,1 4,1Z',
  wait: 'M4,1H26Q29,1 29,4V14Q29,17 26,17H4Q1,17 1,14V4Q1,1 4,1Z',
  subprocess: 'M1,1H29V17H1ZM5,1V17M25,1V17',
};

export function renderLegendShape(type: StepType): SVGTemplateResult {
  return svg`<svg class="legend-swatch" viewBox="-1 -1 32 20" width="32" height="20" aria-hidden="true">
    <path class="shape type-${type}" d=${LEGEND_SHAPES[type]} />
  </svg>`;
}

export function renderLegendFlow(kind: FlowKind): SVGTemplateResult {
  return svg`<svg class="legend-swatch" viewBox="0 0 32 20" width="32" height="20" aria-hidden="true">
    <g class="flow kind-${kind}"><path class="flow-line" d="M1,10H24" /><path class="flow-arrow" d="M31,10L23,6L23,14Z" /></g>
  </svg>`;
}
