import type { Diagnostic, FlowKind, StepType } from '../model/types.js';

/** `horizontal`: lanes are rows and the flow runs left to right; `vertical`: lanes are columns, flow runs down. */
export const FLOW_DIRECTIONS = ['horizontal', 'vertical'] as const;
export type FlowDirection = (typeof FLOW_DIRECTIONS)[number];

/** A font as the layout measures it. The element draws text with the same size and weight. */
export interface FontSpec {
  family: string;
  /** Pixels. */
  size: number;
  weight: number;
}

/** Width in pixels of `text` set in `font`: canvas `measureText` in browsers, a fixed-width stand-in in tests. */
export type MeasureText = (text: string, font: FontSpec) => number;

export interface FlowLayoutOptions {
  direction?: FlowDirection;
  measureText: MeasureText;
  /** Font family used for every text; sizes and weights are the layout's own. */
  fontFamily?: string;
  /** Documents with more steps (or more than twice as many flows) get `SOP_TOO_LARGE` instead of a layout. */
  maxSteps?: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Wrapped text: `lines` are drawn from baseline `y`, one `lineHeight` apart, anchored at `x`. */
export interface TextBlock {
  /** The full text (the accessible name and tooltip), even when `lines` had to be shortened. */
  text: string;
  lines: string[];
  /** Whether `lines` do not show all of `text` (the last line ends with an ellipsis). */
  truncated: boolean;
  x: number;
  y: number;
  lineHeight: number;
  anchor: 'start' | 'middle';
  font: FontSpec;
}

export type StepIcon = 'escalation' | 'wait' | 'communication' | 'subprocess';

export interface StepGeometry extends Box {
  id: string;
  type: StepType;
  /** Position in the document's `steps`. */
  index: number;
  lane: number;
  phase: number;
  /** Column (along the flow) and slot (across the lane) of the grid the step sits in. */
  column: number;
  slot: number;
  cx: number;
  cy: number;
  /** The shape's outline as an SVG path; flows start and end on it. */
  outline: string;
  /** Extra strokes drawn over the shape (subprocess bars, the inner ring of an end). */
  decoration?: string;
  icon?: { kind: StepIcon; x: number; y: number; size: number };
  label: TextBlock;
  /** The SLA badge, straddling the top edge of the shape. */
  badge?: Box & { text: string; label: TextBlock };
  /** The shape plus what sticks out of it (badge, speech tail): what must not overlap anything else. */
  footprint: Box;
}

export interface FlowLabelGeometry extends Box {
  label: TextBlock;
}

export interface FlowGeometry {
  id: string;
  index: number;
  from: string;
  to: string;
  kind: FlowKind;
  /** Whether the flow runs against the direction of the diagram (a loop back). */
  backward: boolean;
  /** Corner points; the first lies on the outline of `from`, the last on the outline of `to` (the arrow tip). */
  points: Point[];
  /** The route with rounded corners. */
  d: string;
  /** The arrowhead, a closed path whose tip is the last point. */
  arrow: string;
  label?: FlowLabelGeometry;
}

export interface BandGeometry extends Box {
  id: string;
  name: string;
  index: number;
  /** The header cell (lane headers at the start of the rows or columns, phase headers along the other edge). */
  header: Box & { label: TextBlock };
}

export interface FlowLayout {
  direction: FlowDirection;
  width: number;
  height: number;
  /** One per role, in document order (none when the document has no roles). */
  lanes: BandGeometry[];
  /** One per phase, in document order (none when the document has no phases). */
  phases: BandGeometry[];
  steps: StepGeometry[];
  flows: FlowGeometry[];
  /** The drawing area without the headers. */
  body: Box;
  /** `SOP_TOO_LARGE` or a layout failure; when present the layout is empty. */
  diagnostics: Diagnostic[];
  /** Milliseconds the layout took (for `sop-render` and benchmarks). */
  durationMs: number;
}
