import type { FontSpec, MeasureText } from '../../layout/flow-types.js';

type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function createContext(): Context | undefined {
  try {
    if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(1, 1).getContext('2d') ?? undefined;
    if (typeof document !== 'undefined') return document.createElement('canvas').getContext('2d') ?? undefined;
  } catch {
    // No canvas (a bare DOM implementation): fall back to an estimate below.
  }
  return undefined;
}

/** An average-character-width estimate, for environments without a canvas. */
export const estimateText: MeasureText = (text, font) => text.length * font.size * (font.weight >= 600 ? 0.6 : 0.55);

let shared: MeasureText | undefined;

/**
 * Measures text with canvas `measureText` (an `OffscreenCanvas` where there is one, so it also works in a
 * worker), caching each (font, text) pair. One measurer is shared by every diagram on the page so that the
 * layout cache, which is keyed by measurer, is shared too.
 */
export function canvasMeasurer(): MeasureText {
  if (shared) return shared;
  const context = createContext();
  if (!context) {
    shared = estimateText;
    return shared;
  }
  const cache = new Map<string, number>();
  let currentFont = '';
  shared = (text: string, font: FontSpec): number => {
    const css = `${font.weight} ${font.size}px ${font.family}`;
    const key = `${css}\u0000${text}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    if (css !== currentFont) {
      context.font = css;
      currentFont = css;
    }
    const width = context.measureText(text).width;
    if (cache.size > 20000) cache.clear();
    cache.set(key, width);
    return width;
  };
  return shared;
}
