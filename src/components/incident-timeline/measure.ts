import type { TimelineMeasureText, TextRole } from '../../layout/timeline.js';

/** Font sizes of the two text styles of the chart (kept in step with `styles.ts`). */
const FONTS: Record<TextRole, string> = { label: '600 12px', meta: '11px' };
const FALLBACK_EM: Record<TextRole, number> = { label: 0.58, meta: 0.55 };

/**
 * Measures text with a canvas in the element's font (the browser half of the layout's `measureText`).
 * Without a 2D canvas, estimates from the character count.
 */
export function createTextMeasurer(fontFamily: string): TimelineMeasureText {
  const canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(1, 1) : undefined;
  const context = canvas?.getContext('2d') ?? undefined;
  const cache = new Map<string, number>();
  return (text: string, role: TextRole): number => {
    const key = `${role}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      const size = role === 'label' ? 12 : 11;
      if (context) {
        context.font = `${FONTS[role]} ${fontFamily}`;
        width = context.measureText(text).width;
      } else {
        width = text.length * size * FALLBACK_EM[role];
      }
      cache.set(key, width);
    }
    return width;
  };
}
