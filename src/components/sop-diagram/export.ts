/*
 * Export of the drawing as a standalone document. The live SVG takes its colours from the shadow root's
 * stylesheet; the copy gets the computed values written onto each element (a stylesheet would leak class names
 * into the page it is pasted into), so it looks the same anywhere, in light or dark, without scripts.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
] as const;

export interface ExportOptions {
  width: number;
  height: number;
  title: string;
  description: string;
  background: string;
  fontFamily: string;
}

/** `color(srgb r g b / a)` (what color-mix computes to) as `rgb()`, which every SVG renderer reads. */
export function plainColour(value: string): string {
  const m = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/.exec(value.trim());
  if (!m) return value;
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => Math.round(Math.min(1, Math.max(0, Number(c))) * 255));
  return m[4] === undefined ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${Number(m[4])})`;
}

function strip(node: Node): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === Node.COMMENT_NODE) child.remove();
    else strip(child);
  }
}

/** A standalone SVG document of `svg`'s drawing (the zoom is reset), with computed styles inlined. */
export function serializeSvg(svg: SVGSVGElement, options: ExportOptions): string {
  const scene = svg.querySelector('g.scene');
  if (!scene) return '';
  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(Math.ceil(options.width)));
  out.setAttribute('height', String(Math.ceil(options.height)));
  out.setAttribute('viewBox', `0 0 ${Math.ceil(options.width)} ${Math.ceil(options.height)}`);
  out.setAttribute('font-family', options.fontFamily);
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = options.title;
  const desc = document.createElementNS(SVG_NS, 'desc');
  desc.textContent = options.description;
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', plainColour(options.background));
  out.append(title, desc, background);

  const copy = scene.cloneNode(true) as SVGGElement;
  copy.removeAttribute('transform');
  const originals = [scene, ...Array.from(scene.querySelectorAll('*'))];
  const copies = [copy, ...Array.from(copy.querySelectorAll('*'))];
  originals.forEach((original, i) => {
    const target = copies[i];
    if (!target) return;
    const style = getComputedStyle(original);
    for (const name of PROPERTIES) {
      const value = style.getPropertyValue(name);
      if (value && value !== 'none' && !(name === 'opacity' && value === '1'))
        target.setAttribute(name, plainColour(value));
      else if (name === 'fill' || name === 'stroke') target.setAttribute(name, 'none');
    }
    for (const attribute of ['tabindex', 'role', 'aria-label', 'aria-current', 'class', 'part'])
      target.removeAttribute(attribute);
  });
  for (const ring of Array.from(copy.querySelectorAll('[data-ring]'))) ring.remove();
  strip(copy);
  out.append(copy);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(out)}`;
}

/** Rasterises an SVG document to a PNG blob at `scale`, kept inside the canvas size limits of browsers. */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const maxSide = 16384;
  const maxArea = 128 * 1024 * 1024;
  let k = Math.min(scale, maxSide / Math.max(1, width), maxSide / Math.max(1, height));
  k = Math.min(k, Math.sqrt(maxArea / Math.max(1, width * height)));
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The SVG could not be rasterised.'));
    });
    image.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * k));
    canvas.height = Math.max(1, Math.round(height * k));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas to draw the PNG on.');
    context.scale(k, k);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offers `blob` as a download named `filename`. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.rel = 'noopener';
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
