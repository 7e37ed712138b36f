import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

export interface ZoomOptions {
  minScale?: number;
  maxScale?: number;
  /** Blank margin kept around the content by `fit()`, in screen pixels. */
  padding?: number;
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Pan and zoom for one element with d3-zoom (wheel, drag, pinch), plus the on-screen buttons' actions and
 * `fit()`. d3-zoom only listens to events on the target. The controller keeps the transform and writes it to
 * the `transform` attribute of the zoomed group, which the host's template renders without binding that
 * attribute: a pan or zoom frame then costs one attribute, not a render of the whole element (Lit still owns
 * every node; the controller owns that one attribute). The viewport size comes from the host's `ResizeController`.
 */
export class ZoomController implements ReactiveController {
  /** The current transform (written to the scene's `transform` attribute as `transform.toString()`). */
  transform: ZoomTransform = zoomIdentity;
  /** Whether the user panned or zoomed since the last automatic fit. */
  userMoved = false;

  private readonly behavior: ZoomBehavior<Element, unknown>;
  private target: Element | undefined;
  private scene: Element | undefined;
  /** The transform written to the scene; during a zooming gesture the target's CSS transform makes up the rest. */
  private painted: ZoomTransform = zoomIdentity;
  private previewing = false;
  private viewport = { width: 0, height: 0 };
  private content: Rect = { x: 0, y: 0, width: 0, height: 0 };
  private readonly padding: number;

  constructor(host: ReactiveControllerHost, options: ZoomOptions = {}) {
    host.addController(this);
    this.padding = options.padding ?? 16;
    this.behavior = zoom<Element, unknown>()
      .scaleExtent([options.minScale ?? 0.05, options.maxScale ?? 4])
      .extent(() => [
        [0, 0],
        [Math.max(1, this.viewport.width), Math.max(1, this.viewport.height)],
      ])
      .filter((event: Event) => {
        const e = event as MouseEvent;
        return (!e.ctrlKey || event.type === 'wheel') && !e.button && event.type !== 'dblclick';
      })
      .on('zoom', (event: D3ZoomEvent<Element, unknown>) => {
        this.transform = event.transform;
        if (!event.sourceEvent) return this.paint();
        this.userMoved = true;
        if (this.previewing || event.transform.k !== this.painted.k) this.preview();
        else this.paint();
      })
      .on('end', () => this.paint());
  }

  hostConnected(): void {
    if (this.target) this.listen(this.target);
  }

  hostDisconnected(): void {
    if (this.target) select(this.target).on('.zoom', null);
  }

  /**
   * Starts listening on `target` (the rendered `<svg>`) and transforms `scene` (the group inside it); cheap when
   * they are already the target and the scene. Call after every render.
   */
  attach(target: Element, scene: Element | undefined): void {
    if (scene !== this.scene || !this.previewing) {
      this.scene = scene;
      this.paint();
    }
    if (target === this.target) return;
    if (this.target) select(this.target).on('.zoom', null);
    this.target = target;
    this.listen(target);
  }

  private listen(target: Element): void {
    select(target).call(this.behavior).on('dblclick.zoom', null);
    this.apply(this.transform, false);
  }

  setViewport(width: number, height: number): void {
    this.viewport = { width, height };
  }

  /** The size of what is drawn, in its own units (for `fit()` and to keep it from being panned away). */
  setContent(content: Rect): void {
    this.content = content;
    const m = 200;
    this.behavior.translateExtent([
      [content.x - m, content.y - m],
      [content.x + content.width + m, content.y + content.height + m],
    ]);
  }

  private apply(transform: ZoomTransform, byUser: boolean): void {
    if (this.target) {
      this.behavior.transform(select(this.target), transform);
    } else {
      this.transform = transform;
      this.paint();
    }
    this.userMoved = byUser;
  }

  /** Writes the transform to the scene's `transform` attribute (only when it changed). */
  private paint(): void {
    if (this.previewing && this.target instanceof SVGElement) {
      this.target.style.removeProperty('transform');
      this.target.style.removeProperty('transform-origin');
    }
    this.previewing = false;
    this.painted = this.transform;
    const value = this.transform.toString();
    if (this.scene && this.scene.getAttribute('transform') !== value) this.scene.setAttribute('transform', value);
  }

  /**
   * While the user zooms, scales the whole `<svg>` with a CSS transform instead: changing the scale of the
   * scene makes the browser lay out every text of the drawing again, which costs tens of milliseconds a frame on
   * large diagrams. The scene gets the exact transform when the gesture ends (d3-zoom's `end`: wheel idle for
   * 150 ms, pointer or touch released), so the picture is exact at rest and cheap in motion.
   */
  private preview(): void {
    if (!(this.target instanceof SVGElement)) return this.paint();
    const p = this.painted;
    const t = this.transform;
    const k = t.k / p.k;
    this.previewing = true;
    this.target.style.transformOrigin = '0 0';
    this.target.style.transform = `matrix(${k},0,0,${k},${t.x - k * p.x},${t.y - k * p.y})`;
  }

  private scaleToFit(): number {
    const { width, height } = this.viewport;
    const c = this.content;
    if (!width || !height || !c.width || !c.height) return 1;
    const [min, max] = this.behavior.scaleExtent();
    const k = Math.min((width - 2 * this.padding) / c.width, (height - 2 * this.padding) / c.height, 1);
    return Math.max(min, Math.min(max, k));
  }

  /**
   * Shows the whole content, centred, at most at 100 %. With `minScale`, never goes below it: a large
   * drawing is then shown from its start (top-left) at that scale instead of as a thumbnail.
   */
  fit(options: { minScale?: number } = {}): void {
    const { width, height } = this.viewport;
    if (!width || !height || !this.content.width) return;
    const c = this.content;
    const k = Math.max(this.scaleToFit(), Math.min(options.minScale ?? 0, 1));
    const w = c.width * k;
    const h = c.height * k;
    const x = w <= width - 2 * this.padding ? (width - w) / 2 : this.padding;
    const y = h <= height - 2 * this.padding ? (height - h) / 2 : this.padding;
    this.apply(zoomIdentity.translate(x - c.x * k, y - c.y * k).scale(k), false);
  }

  /** Zooms by `factor` around the centre of the viewport (the buttons). */
  zoomBy(factor: number): void {
    if (!this.target) return;
    this.behavior.scaleBy(select(this.target), factor, [this.viewport.width / 2, this.viewport.height / 2]);
    this.userMoved = true;
  }

  /** Pans the least needed to bring `box` (content units) into view, for keyboard focus. */
  reveal(box: Rect): void {
    const { width, height } = this.viewport;
    if (!width || !height) return;
    const t = this.transform;
    const margin = 24;
    const x0 = t.applyX(box.x);
    const x1 = t.applyX(box.x + box.width);
    const y0 = t.applyY(box.y);
    const y1 = t.applyY(box.y + box.height);
    let dx = 0;
    let dy = 0;
    if (x0 < margin) dx = margin - x0;
    else if (x1 > width - margin) dx = width - margin - x1;
    if (y0 < margin) dy = margin - y0;
    else if (y1 > height - margin) dy = height - margin - y1;
    if (dx || dy) this.apply(zoomIdentity.translate(t.x + dx, t.y + dy).scale(t.k), true);
  }
}
