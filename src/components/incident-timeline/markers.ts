import { svg, type SVGTemplateResult } from 'lit';
import type { IncidentEventType } from '../../model/types.js';

/**
 * Marker glyphs of the event types: one outline shape per type (so types differ without colour, for
 * forced colours and colour-blind readers) plus an optional inner mark. Shapes are centred on 0,0 and fit a
 * 16-unit box; colours come from CSS classes only.
 */

const CIRCLE = 'M-7 0a7 7 0 1 0 14 0a7 7 0 1 0 -14 0Z';
const SMALL_CIRCLE = 'M-4.5 0a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0 -9 0Z';
const SQUARE = 'M-6 -6H6V6H-6Z';
const DIAMOND = 'M0 -8L8 0L0 8L-8 0Z';
const TRIANGLE_UP = 'M0 -8L7.5 6H-7.5Z';
const TRIANGLE_DOWN = 'M0 8L7.5 -6H-7.5Z';
const HEXAGON = 'M-7 0L-3.5 -6.5H3.5L7 0L3.5 6.5H-3.5Z';
const BUBBLE = 'M-7 -6H7V3H-1L-5 7V3H-7Z';
const PLAY = 'M-5 -7L7 0L-5 7Z';
const PAUSE = 'M-6 -6H-1V6H-6ZM1 -6H6V6H1Z';
const STAR = 'M0 -8L2.2 -2.6L8 -2.5L3.4 1.1L5 6.9L0 3.6L-5 6.9L-3.4 1.1L-8 -2.5L-2.2 -2.6Z';
const CHECK = 'M-3.5 0.2L-1 2.8L3.8 -2.6';
const CROSS_ARROW = 'M-2.8 -2.8A4 4 0 1 1 -4 1M-4 -3.4V-0.4H-1';
const BANG = 'M0 -4V1M0 3.2V3.6';

interface Glyph {
  shape: string;
  mark?: string;
}

const GLYPHS: Record<IncidentEventType, Glyph> = {
  detected: { shape: CIRCLE, mark: BANG },
  logged: { shape: SQUARE },
  acknowledged: { shape: DIAMOND },
  assigned: { shape: HEXAGON },
  escalated: { shape: TRIANGLE_UP },
  communicated: { shape: BUBBLE },
  paused: { shape: PAUSE },
  resumed: { shape: PLAY },
  mitigated: { shape: TRIANGLE_DOWN },
  resolved: { shape: CIRCLE, mark: CHECK },
  reopened: { shape: CIRCLE, mark: CROSS_ARROW },
  closed: { shape: SQUARE, mark: CHECK },
  reviewed: { shape: STAR },
  note: { shape: SMALL_CIRCLE },
};

/** Which colour family an event type belongs to (a CSS class of the marker). */
export const EVENT_TONES: Record<IncidentEventType, string> = {
  detected: 'tone-alert',
  logged: 'tone-alert',
  acknowledged: 'tone-response',
  assigned: 'tone-response',
  escalated: 'tone-escalation',
  communicated: 'tone-comms',
  paused: 'tone-hold',
  resumed: 'tone-hold',
  mitigated: 'tone-mitigation',
  resolved: 'tone-resolution',
  reopened: 'tone-alert',
  closed: 'tone-resolution',
  reviewed: 'tone-review',
  note: 'tone-note',
};

/** The glyph of an event type, drawn at the origin. */
export function renderGlyph(type: IncidentEventType): SVGTemplateResult {
  const glyph = GLYPHS[type];
  return svg`<path class="glyph" d=${glyph.shape}></path>${glyph.mark ? svg`<path class="glyph-mark" d=${glyph.mark}></path>` : null}`;
}
