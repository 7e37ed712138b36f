import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the content-box size of an element (the host by default) with a ResizeObserver and asks the host
 * to update when it changes. `width`/`height` are 0 while the element is hidden (`display: none`, a closed
 * `<details>`, an inactive tab): `onShow` runs when it becomes visible again, so a diagram can re-fit.
 */
export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  private observer: ResizeObserver | undefined;
  private target: Element | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: { onResize?: (width: number, height: number) => void; onShow?: () => void } = {},
  ) {
    host.addController(this);
  }

  /** Observe another element (for example a container inside the shadow root) instead of the host. */
  observe(target: Element): void {
    if (target === this.target) return;
    this.observer?.disconnect();
    this.target = target;
    this.observer?.observe(target);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const { width, height } = entry.contentRect;
      const wasHidden = this.width === 0 || this.height === 0;
      if (width === this.width && height === this.height) return;
      this.width = width;
      this.height = height;
      this.options.onResize?.(width, height);
      if (wasHidden && width > 0 && height > 0) this.options.onShow?.();
      this.host.requestUpdate();
    });
    this.observer.observe(this.target ?? this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
