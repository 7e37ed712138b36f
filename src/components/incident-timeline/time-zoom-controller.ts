import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

type Range = readonly [number, number];

/**
 * Zoom and pan along time only, with d3-zoom doing the maths and the gestures on an SVG that Lit renders
 * (d3 never creates or removes nodes). Ctrl/⌘ + wheel and trackpad pinch zoom around the pointer, a
 * horizontal wheel or a drag pans, touch pinch zooms; the page still scrolls with a plain vertical wheel.
 * The host reads {@link visibleDomain} to lay out what is visible.
 */
export class TimeZoomController implements ReactiveController {
  /** The current transform; `y` is always 0. */
  transform: ZoomTransform = zoomIdentity;

  private readonly behavior: ZoomBehavior<SVGSVGElement, unknown>;
  private target: SVGSVGElement | undefined;
  private base: Range = [0, 1];
  private range: Range = [0, 1];

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
    this.behavior = zoom<SVGSVGElement, unknown>()
      // Double-click zooms at once: no transition (see the standalone bundle's d3-transition stub).
      .duration(0)
      .filter((event: Event) => {
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        const mouse = event as MouseEvent;
        return !mouse.button && !mouse.ctrlKey;
      })
      // d3's default wheel step times 4 (not 10): pinches and Ctrl + wheel notches both zoom at a usable pace.
      .wheelDelta(
        (event: WheelEvent) => -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) * 4,
      )
      .constrain((t, extent, limit) => {
        const dx0 = t.invertX(extent[0][0]) - limit[0][0];
        const dx1 = t.invertX(extent[1][0]) - limit[1][0];
        const dx = dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1);
        return zoomIdentity.translate(t.x + dx * t.k, 0).scale(t.k);
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.transform = event.transform;
        this.host.requestUpdate();
      });
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.detach();
  }

  /**
   * Sets the time range shown at zoom 1 (`base`, drawn over the pixel `range`) and the range that can be
   * reached by panning and zooming out (`limit`). A new `base` resets the zoom.
   */
  configure(base: Range, range: Range, limit: Range): void {
    const baseChanged = base[0] !== this.base[0] || base[1] !== this.base[1];
    this.base = base;
    this.range = range;
    const scale = this.baseScale();
    const lo = scale(limit[0]);
    const hi = scale(limit[1]);
    const span = Math.max(1, base[1] - base[0]);
    const minK = Math.min(1, (range[1] - range[0]) / Math.max(1, hi - lo)) * 0.9;
    this.behavior
      .extent([
        [range[0], 0],
        [range[1], 1],
      ])
      .translateExtent([
        [Math.min(lo, range[0]), -Infinity],
        [Math.max(hi, range[1]), Infinity],
      ])
      .scaleExtent([minK, Math.max(1, span / 60_000)]);
    if (baseChanged) this.apply(zoomIdentity);
  }

  /** Attaches the gestures to the chart's `<svg>` (or detaches them with `undefined`). */
  attach(svgElement: SVGSVGElement | undefined): void {
    if (svgElement === this.target) return;
    this.detach();
    if (!svgElement) return;
    this.target = svgElement;
    const selection = select(svgElement);
    selection.call(this.behavior);
    // d3-zoom writes a tap-highlight colour; the stylesheet sets it instead.
    svgElement.style.removeProperty('-webkit-tap-highlight-color');
    selection.property('__zoom', this.transform);
    svgElement.addEventListener('wheel', this.handleWheel, { passive: false });
  }

  /** The time range visible at the current zoom. */
  visibleDomain(): [number, number] {
    const scale = this.baseScale();
    const t = this.transform;
    return [scale.invert(t.invertX(this.range[0])).getTime(), scale.invert(t.invertX(this.range[1])).getTime()];
  }

  /** Zooms in (factor > 1) or out around the middle of the plot. */
  zoomBy(factor: number): void {
    if (this.target) this.behavior.scaleBy(select(this.target), factor, [(this.range[0] + this.range[1]) / 2, 0]);
    else this.apply(this.transform.scale(factor));
  }

  /** Back to the base range. */
  reset(): void {
    this.apply(zoomIdentity);
  }

  /** Shows exactly the time range `[from, to]`. */
  show(from: number, to: number): void {
    const scale = this.baseScale();
    const k = (this.range[1] - this.range[0]) / Math.max(1e-9, scale(to) - scale(from));
    this.apply(zoomIdentity.translate(this.range[0] - k * scale(from), 0).scale(k));
  }

  /** Pans, keeping the zoom, so that the instant `ms` is inside the plot. */
  reveal(ms: number): void {
    const [a, b] = this.visibleDomain();
    if (ms >= a && ms <= b) return;
    const half = (b - a) / 2;
    this.show(ms - half, ms + half);
  }

  private baseScale() {
    return scaleUtc().domain([this.base[0], this.base[1]]).range([this.range[0], this.range[1]]);
  }

  private apply(transform: ZoomTransform): void {
    if (this.target) {
      this.behavior.transform(select(this.target), transform);
    } else {
      this.transform = transform;
      this.host.requestUpdate();
    }
  }

  private detach(): void {
    if (!this.target) return;
    select(this.target).on('.zoom', null);
    this.target.removeEventListener('wheel', this.handleWheel);
    this.target = undefined;
  }

  /** A horizontal wheel (trackpad swipe, Shift + wheel) pans along time. */
  private readonly handleWheel = (event: WheelEvent): void => {
    if (event.ctrlKey || event.metaKey || !this.target) return;
    const dx = event.shiftKey && event.deltaX === 0 ? event.deltaY : event.deltaX;
    if (Math.abs(dx) <= Math.abs(event.shiftKey ? 0 : event.deltaY)) return;
    event.preventDefault();
    this.behavior.translateBy(select(this.target), -dx / this.transform.k, 0);
  };
}
