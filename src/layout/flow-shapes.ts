import { formatDuration } from '../model/duration.js';
import type { StepModel } from '../model/normalize.js';
import type { StepType } from '../model/types.js';
import { round, wrapText, type WrappedText } from './flow-text.js';
import type { FlowDirection, FontSpec, MeasureText, StepGeometry, StepIcon } from './flow-types.js';

/** Fonts of the drawing. The element's stylesheet uses the same sizes and weights. */
export function flowFonts(family: string) {
  return {
    step: { family, size: 13, weight: 500 } satisfies FontSpec,
    badge: { family, size: 11, weight: 600 } satisfies FontSpec,
    flow: { family, size: 12, weight: 400 } satisfies FontSpec,
    header: { family, size: 13, weight: 600 } satisfies FontSpec,
  };
}
export type FlowFonts = ReturnType<typeof flowFonts>;

export const STEP_LINE_HEIGHT = 16;
const BOX_WIDTH = 176;
const DECISION_WIDTH = 196;
const PAD_X = 12;
const ICON = 14;
const ICON_GAP = 6;
const TIP = 14;
const TAIL = 8;
const BAR = 8;
const BADGE_HEIGHT = 18;
const BADGE_ICON = 10;

const ICONS: Partial<Record<StepType, StepIcon>> = {
  escalation: 'escalation',
  wait: 'wait',
  communication: 'communication',
  subprocess: 'subprocess',
};

/** A step measured but not yet placed: sizes are in screen axes (x across, y down). */
export interface SizedStep {
  step: StepModel;
  width: number;
  height: number;
  /** How far the badge or speech tail reach above and below the shape (the footprint grows by it on both sides). */
  overhang: number;
  text: WrappedText;
  /** Offset of the text centre from the shape centre (room for an icon, a bar or the arrow tip). */
  textDx: number;
  textDy: number;
  badge?: { text: string; width: number };
}

/** Measures a step's label and badge and picks the size of its shape. */
export function sizeStep(step: StepModel, direction: FlowDirection, fonts: FlowFonts, measure: MeasureText): SizedStep {
  const type = step.type;
  let width: number;
  let height: number;
  let text: WrappedText;
  let textDx = 0;
  let textDy = 0;
  if (type === 'start' || type === 'end') {
    text = wrapText(step.label, BOX_WIDTH - 20, 2, fonts.step, measure);
    width = Math.min(BOX_WIDTH + 20, Math.max(116, Math.ceil(text.width) + 44));
    height = Math.max(44, text.lines.length * STEP_LINE_HEIGHT + 16);
  } else if (type === 'decision') {
    text = wrapText(step.label, 116, 3, fonts.step, measure);
    width = DECISION_WIDTH;
    const tw = Math.ceil(text.width) + 10;
    const th = text.lines.length * STEP_LINE_HEIGHT + 4;
    height = Math.max(76, Math.ceil(th / (1 - tw / width)) + 8);
  } else {
    const icon = ICONS[type] && type !== 'subprocess' ? ICON + ICON_GAP : 0;
    const bars = type === 'subprocess' ? 2 * BAR : 0;
    const tip = type === 'escalation' && direction === 'horizontal' ? TIP : 0;
    text = wrapText(step.label, BOX_WIDTH - 2 * PAD_X - icon - bars - tip, 3, fonts.step, measure);
    width = BOX_WIDTH;
    height = Math.max(56, text.lines.length * STEP_LINE_HEIGHT + 26);
    textDx = (icon - tip) / 2;
    if (type === 'escalation' && direction === 'vertical') {
      height += TIP;
      textDy = -TIP / 2;
    }
  }
  let badge: SizedStep['badge'];
  const sla = step.sla ? formatDuration(step.sla) : '';
  if (sla) badge = { text: sla, width: Math.ceil(measure(sla, fonts.badge)) + BADGE_ICON + 16 };
  const overhang = Math.max(badge ? BADGE_HEIGHT / 2 : 0, type === 'communication' ? TAIL : 0);
  return { step, width, height, overhang, text, textDx, textDy, badge };
}

function pill(x0: number, y0: number, x1: number, y1: number): string {
  const r = (y1 - y0) / 2;
  return `M${x0 + r},${y0}H${x1 - r}A${r},${r} 0 0 1 ${x1 - r},${y1}H${x0 + r}A${r},${r} 0 0 1 ${x0 + r},${y0}Z`;
}

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): string {
  return (
    `M${x0 + r},${y0}H${x1 - r}Q${x1},${y0} ${x1},${y0 + r}V${y1 - r}Q${x1},${y1} ${x1 - r},${y1}` +
    `H${x0 + r}Q${x0},${y1} ${x0},${y1 - r}V${y0 + r}Q${x0},${y0} ${x0 + r},${y0}Z`
  );
}

function bubble(x0: number, y0: number, x1: number, y1: number, r: number): string {
  const w = x1 - x0;
  const a = round(x0 + 0.3 * w);
  const b = round(x0 + 0.18 * w);
  const tip = round(x0 + 0.14 * w);
  return (
    `M${x0 + r},${y0}H${x1 - r}Q${x1},${y0} ${x1},${y0 + r}V${y1 - r}Q${x1},${y1} ${x1 - r},${y1}` +
    `H${a}L${tip},${y1 + TAIL}L${b},${y1}H${x0 + r}Q${x0},${y1} ${x0},${y1 - r}V${y0 + r}Q${x0},${y0} ${x0 + r},${y0}Z`
  );
}

function outlineOf(
  type: StepType,
  direction: FlowDirection,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): { outline: string; decoration?: string } {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  switch (type) {
    case 'start':
      return { outline: pill(x0, y0, x1, y1) };
    case 'end':
      return { outline: pill(x0, y0, x1, y1), decoration: pill(x0 + 4, y0 + 4, x1 - 4, y1 - 4) };
    case 'decision':
      return { outline: `M${cx},${y0}L${x1},${cy}L${cx},${y1}L${x0},${cy}Z` };
    case 'escalation':
      return {
        outline:
          direction === 'horizontal'
            ? `M${x0},${y0}H${x1 - TIP}L${x1},${cy}L${x1 - TIP},${y1}H${x0}Z`
            : `M${x0},${y0}H${x1}V${y1 - TIP}L${cx},${y1}L${x0},${y1 - TIP}Z`,
      };
    case 'communication':
      return { outline: bubble(x0, y0, x1, y1, 8) };
    case 'subprocess':
      return {
        outline: roundedRect(x0, y0, x1, y1, 3),
        decoration: `M${x0 + BAR},${y0}V${y1}M${x1 - BAR},${y0}V${y1}`,
      };
    default:
      return { outline: roundedRect(x0, y0, x1, y1, 8) };
  }
}

/** Places a sized step with its centre at (`cx`, `cy`): outline, icon, label lines and badge. */
export function placeStep(
  sized: SizedStep,
  cx: number,
  cy: number,
  grid: { lane: number; phase: number; column: number; slot: number },
  direction: FlowDirection,
  fonts: FlowFonts,
): StepGeometry {
  const { step, width, height, text } = sized;
  const x0 = round(cx - width / 2);
  const y0 = round(cy - height / 2);
  const x1 = round(x0 + width);
  const y1 = round(y0 + height);
  const { outline, decoration } = outlineOf(step.type, direction, x0, y0, x1, y1);
  const iconKind = ICONS[step.type];
  const icon =
    iconKind && iconKind !== 'subprocess'
      ? {
          kind: iconKind,
          x: round(x0 + PAD_X - 2),
          y: round(cy + sized.textDy - ICON / 2),
          size: ICON,
        }
      : undefined;
  const lines = text.lines.length;
  const label = {
    text: step.label,
    lines: text.lines,
    truncated: text.truncated,
    x: round(cx + sized.textDx),
    y: round(cy + sized.textDy - ((lines - 1) * STEP_LINE_HEIGHT) / 2 + fonts.step.size * 0.35),
    lineHeight: STEP_LINE_HEIGHT,
    anchor: 'middle' as const,
    font: fonts.step,
  };
  let badge: StepGeometry['badge'];
  if (sized.badge) {
    const right = step.type === 'escalation' && direction === 'horizontal' ? x1 - TIP - 6 : x1 - 10;
    const bx = round(Math.max(cx + 8, right - sized.badge.width));
    const by = round(y0 - BADGE_HEIGHT / 2);
    badge = {
      x: bx,
      y: by,
      width: sized.badge.width,
      height: BADGE_HEIGHT,
      text: sized.badge.text,
      label: {
        text: sized.badge.text,
        lines: [sized.badge.text],
        truncated: false,
        x: round(bx + 6 + BADGE_ICON + 4),
        y: round(by + BADGE_HEIGHT / 2 + fonts.badge.size * 0.35),
        lineHeight: BADGE_HEIGHT,
        anchor: 'start',
        font: fonts.badge,
      },
    };
  }
  return {
    id: step.id,
    type: step.type,
    index: step.index,
    ...grid,
    x: x0,
    y: y0,
    width: round(x1 - x0),
    height: round(y1 - y0),
    cx: round(cx),
    cy: round(cy),
    outline,
    decoration,
    icon,
    label,
    badge,
    footprint: {
      x: x0,
      y: round(y0 - sized.overhang),
      width: round(x1 - x0),
      height: round(y1 - y0 + 2 * sized.overhang),
    },
  };
}

/** Size of the footprint along the flow (`main`) and across it (`cross`). */
export function footprintAxes(sized: SizedStep, direction: FlowDirection): { main: number; cross: number } {
  const fw = sized.width;
  const fh = sized.height + 2 * sized.overhang;
  return direction === 'horizontal' ? { main: fw, cross: fh } : { main: fh, cross: fw };
}

export const BADGE_ICON_SIZE = BADGE_ICON;
