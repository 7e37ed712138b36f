import type { FontSpec, MeasureText } from './flow-types.js';

export const ELLIPSIS = '…';

export interface WrappedText {
  lines: string[];
  truncated: boolean;
  /** Width of the widest line. */
  width: number;
}

/** Splits a word that is wider than `maxWidth` into pieces that fit (never fewer than one character each). */
function breakWord(word: string, maxWidth: number, font: FontSpec, measure: MeasureText): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const ch of Array.from(word)) {
    if (current && measure(current + ch, font) > maxWidth) {
      pieces.push(current);
      current = ch;
    } else {
      current += ch;
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Shortens `line` until `line…` fits in `maxWidth`. */
export function ellipsize(line: string, maxWidth: number, font: FontSpec, measure: MeasureText): string {
  const chars = Array.from(line.trimEnd());
  while (chars.length > 0 && measure(chars.join('').trimEnd() + ELLIPSIS, font) > maxWidth) chars.pop();
  return chars.join('').trimEnd() + ELLIPSIS;
}

/**
 * Greedy word wrap to `maxWidth`, at most `maxLines` lines; when the text does not fit, the last line ends with
 * an ellipsis and `truncated` is set (the caller keeps the full text for the accessible name and tooltip).
 */
export function wrapText(
  text: string,
  maxWidth: number,
  maxLines: number,
  font: FontSpec,
  measure: MeasureText,
): WrappedText {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let overflow = false;
  const push = (line: string): boolean => {
    if (lines.length >= maxLines) {
      overflow = true;
      return false;
    }
    lines.push(line);
    return true;
  };
  outer: for (const word of words) {
    const pieces = measure(word, font) > maxWidth ? breakWord(word, maxWidth, font, measure) : [word];
    for (const piece of pieces) {
      const candidate = current ? `${current} ${piece}` : piece;
      if (!current || measure(candidate, font) <= maxWidth) {
        current = candidate;
        continue;
      }
      if (!push(current)) break outer;
      current = piece;
    }
  }
  if (current && !overflow) push(current);
  if (overflow && lines.length > 0) {
    const last = lines.length - 1;
    lines[last] = ellipsize(lines[last] ?? '', maxWidth, font, measure);
  }
  const width = lines.reduce((w, line) => Math.max(w, measure(line, font)), 0);
  return { lines, truncated: overflow, width };
}

/** Rounds to 1/100 px so that geometry (and the SVG it becomes) is stable across runs and platforms. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
