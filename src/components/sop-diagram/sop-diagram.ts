import { html, LitElement, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { FlowNavigator, flowMoveFor } from '../../controllers/flow-keyboard.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { SopSourceController } from '../../controllers/sop-source.js';
import { ZoomController } from '../../controllers/zoom-controller.js';
import type { FlowDirection, FlowLayout } from '../../layout/flow-types.js';
import { applyLens, type LensResult } from '../../model/lens.js';
import type { SopModel } from '../../model/normalize.js';
import type { SopDocument } from '../../model/types.js';
import { renderErrorPanel } from '../shared/error-panel.js';
import { emit, type SopInvalidDetail } from '../shared/events.js';
import { baseStyles } from '../shared/styles.js';
import { diagramDescription, lensName, stepName } from './describe.js';
import { download, serializeSvg, svgToPng } from './export.js';
import { LayoutRunner } from './layout-runner.js';
import { renderScene } from './render-diagram.js';
import { renderDetail, renderLegend, renderOutline, renderToolbar } from './render-panel.js';
import { diagramStyles } from './styles.js';
import { panelStyles } from './styles-panel.js';

/** Detail of `sop-step-select`. */
export interface SopStepSelectDetail {
  stepId: string;
}

/** Detail of `sop-render`: how long it took from a new document (or direction) to the drawing on screen. */
export interface SopRenderDetail {
  durationMs: number;
}

const now = () => performance.now();

/**
 * From how many steps a drawing that appears from nothing comes in layers, one frame each: the steps, then the
 * flows, then badges and flow labels, then the text alternative. All of 300 steps created, styled, laid out and
 * painted in one task would block the page for ~100 ms.
 */
const REVEAL_FROM = 120;
/** The last layer: everything is drawn. */
const REVEAL_ALL = 3;

/**
 * An incident-management SOP as an interactive swimlane flowchart: roles are lanes, phases are bands across
 * them, steps have a shape per type, flows are routed around them. Pan and zoom with the wheel, drag, pinch or
 * the buttons; move along the flows with the arrow keys; select a step for its details. A lens (`priority`,
 * `category`) lights up the path that applies and dims the rest. The document comes from the `sop` property,
 * the `src` attribute or a child `<script type="application/json">`.
 *
 * @summary An SOP document drawn as a swimlane flowchart.
 * @tag sop-diagram
 *
 * @csspart diagram - The `<svg>` drawing.
 * @csspart viewport - The pan-and-zoom area around the drawing.
 * @csspart step - A drawn step (`data-id`, `data-type`); also `dimmed` and `selected`.
 * @csspart flow - A drawn flow (`data-from`, `data-to`, `data-kind`); also `dimmed`.
 * @csspart flow-label - The label of a flow (`data-for` = the flow's id); also `dimmed`.
 * @csspart lane - A role's lane with its header (`data-id`).
 * @csspart phase - A phase band with its header (`data-id`).
 * @csspart dimmed - Extra part of what does not apply under the lens.
 * @csspart selected - Extra part of the selected step.
 * @csspart toolbar - The bar with the title, the zoom buttons and the downloads.
 * @csspart title - The procedure's title in the toolbar.
 * @csspart button - Every button (also `zoom-in`, `zoom-out`, `fit`, `download-svg`, `download-png`, `close`, `next`).
 * @csspart detail - The panel describing the selected step.
 * @csspart detail-title - The selected step's label in the panel.
 * @csspart link - A link of the selected step (https:, http: and mailto: only).
 * @csspart unsafe-link - A link that is shown as text because of its scheme.
 * @csspart legend - The key of shapes and flow styles.
 * @csspart outline - The visually hidden text alternative.
 * @csspart outline-item - One step in the text alternative (`data-id`).
 * @csspart status - A loading or laying-out message over a drawing being replaced.
 * @csspart loading - The message shown while the first document loads.
 * @csspart empty - The message shown when there is no document.
 * @csspart error - The error panel listing every diagnostic of an invalid document.
 *
 * @cssprop --sop-diagram-height - Height of the drawing area (default 560px).
 * @cssprop --sop-font-family - Font of the drawing and the panel.
 * @cssprop --sop-font-family-mono - Font of ids and paths in the error panel.
 * @cssprop --sop-font-size - Base font size of the panel and toolbar (default 14px).
 * @cssprop --sop-background - Background of the element.
 * @cssprop --sop-foreground - Text colour.
 * @cssprop --sop-muted - Secondary text (legend, hints).
 * @cssprop --sop-border-color - Borders of the viewport, toolbar and panel.
 * @cssprop --sop-surface - Background of panels and buttons.
 * @cssprop --sop-accent - Selection, focus and highlighted flows.
 * @cssprop --sop-focus-color - Focus ring.
 * @cssprop --sop-selected-color - Outline of the selected step.
 * @cssprop --sop-error-color - Error panel accents.
 * @cssprop --sop-warning-color - Warnings in the error panel.
 * @cssprop --sop-tone-critical - Tint of shapes for critical priorities (also in SLA badges).
 * @cssprop --sop-tone-high - Tint for high priorities.
 * @cssprop --sop-tone-medium - Tint for medium priorities.
 * @cssprop --sop-tone-low - Tint for low priorities.
 * @cssprop --sop-tone-info - Tint for informational priorities.
 * @cssprop --sop-lane-fill - Lane background.
 * @cssprop --sop-lane-fill-alt - Background of every other lane.
 * @cssprop --sop-lane-header-fill - Lane header background.
 * @cssprop --sop-lane-header-text - Lane header text.
 * @cssprop --sop-phase-header-fill - Phase header background.
 * @cssprop --sop-phase-header-text - Phase header text.
 * @cssprop --sop-phase-stroke - Lines between phase bands.
 * @cssprop --sop-grid-stroke - Lines between lanes and around headers.
 * @cssprop --sop-step-fill - Fill of task steps.
 * @cssprop --sop-step-stroke - Outline of task steps.
 * @cssprop --sop-step-text - Text of steps.
 * @cssprop --sop-start-fill - Fill of start steps.
 * @cssprop --sop-start-stroke - Outline of start steps.
 * @cssprop --sop-end-fill - Fill of end steps.
 * @cssprop --sop-end-stroke - Outline of end steps.
 * @cssprop --sop-decision-fill - Fill of decision steps.
 * @cssprop --sop-decision-stroke - Outline of decision steps.
 * @cssprop --sop-escalation-fill - Fill of escalation steps.
 * @cssprop --sop-escalation-stroke - Outline of escalation steps.
 * @cssprop --sop-communication-fill - Fill of communication steps.
 * @cssprop --sop-communication-stroke - Outline of communication steps.
 * @cssprop --sop-wait-fill - Fill of wait steps.
 * @cssprop --sop-wait-stroke - Outline of wait steps.
 * @cssprop --sop-subprocess-fill - Fill of subprocess steps.
 * @cssprop --sop-subprocess-stroke - Outline of subprocess steps.
 * @cssprop --sop-flow-stroke - Normal flows.
 * @cssprop --sop-flow-escalation-stroke - Escalation flows.
 * @cssprop --sop-flow-communication-stroke - Communication flows.
 * @cssprop --sop-flow-loop-stroke - Loops (flows back).
 * @cssprop --sop-flow-active-stroke - Flows of the hovered or focused step.
 * @cssprop --sop-flow-label-fill - Flow label background.
 * @cssprop --sop-flow-label-text - Flow label text.
 * @cssprop --sop-badge-fill - SLA badge background.
 * @cssprop --sop-badge-stroke - SLA badge outline.
 * @cssprop --sop-badge-text - SLA badge text.
 * @cssprop --sop-dimmed-opacity - Opacity of what the lens dims (default 0.22).
 *
 * @event {CustomEvent<SopStepSelectDetail>} sop-step-select - A step was selected by click or keyboard. `detail: { stepId }`.
 * @event {CustomEvent<SopInvalidDetail>} sop-invalid - The document cannot be drawn. `detail: { diagnostics }`.
 * @event {CustomEvent<SopRenderDetail>} sop-render - A new document or direction is drawn. `detail: { durationMs }`.
 */
export class SopDiagram extends LitElement {
  static override styles = [baseStyles, diagramStyles, panelStyles];

  private readonly source = new SopSourceController(this);
  private readonly zoom = new ZoomController(this, { minScale: 0.05, maxScale: 4 });
  private readonly resize = new ResizeController(this, {
    onResize: () => this.handleResize(),
    onShow: () => {
      if (!this.zoom.userMoved) this.autoFit();
    },
  });
  private readonly runner = new LayoutRunner(() => this.requestUpdate());

  /** The document: an `SopDocument` object or its JSON text. Takes precedence over `src` and inline JSON. */
  @property({ attribute: false }) sop: SopDocument | string | undefined;

  /** URL of the document (JSON), fetched when set. */
  @property({ reflect: true }) src: string | undefined;

  /** `horizontal`: lanes are rows, the flow runs left to right (default). `vertical`: lanes are columns. */
  @property({ reflect: true }) direction: FlowDirection = 'horizontal';

  /** Priority lens: what applies to this priority id is highlighted, the rest dimmed. */
  @property({ reflect: true }) priority: string | undefined;

  /** Category lens, alone or with `priority`. */
  @property({ reflect: true }) category: string | undefined;

  /** Id of the selected step (its details are shown). */
  @property({ reflect: true }) selected: string | undefined;

  @state() private active: string | undefined;
  @state() private tabStop: string | undefined;

  private model: SopModel | undefined;
  private currentLayout: FlowLayout | undefined;
  private lens: LensResult | undefined;
  private lensFor: [SopModel | undefined, string | undefined, string | undefined] = [undefined, undefined, undefined];
  private navigator: FlowNavigator | undefined;
  /** Accessible names of the steps, made when a drawing of the model is first rendered. */
  private names = new Map<string, string>();
  private namesFor: SopModel | undefined;
  private started = 0;
  private font = '';
  private shownDirection: FlowDirection | undefined;
  private navigatorFor: SopModel | undefined;
  private drawn: [SopModel | undefined, FlowLayout | undefined] = [undefined, undefined];
  private fitted: FlowLayout | undefined;
  /** The layers drawn so far (see {@link REVEAL_FROM}); {@link REVEAL_ALL} once the drawing is complete. */
  private revealed = REVEAL_ALL;
  private revealScheduled = false;
  /** Whether `sop-render` (or `sop-invalid`) is owed for the layout on screen, once it is fully drawn. */
  private announce = false;

  /** The geometry on screen (read-only): a new object only when the document or the direction change. */
  get layout(): FlowLayout | undefined {
    return this.currentLayout;
  }

  override willUpdate(): void {
    const started = now();
    this.source.sync(this.sop, this.src);
    const model = this.source.model;
    const direction: FlowDirection = this.direction === 'vertical' ? 'vertical' : 'horizontal';
    if (model !== this.model || direction !== this.shownDirection) this.started = started;
    if (model !== this.model) {
      this.model = model;
      this.font = this.fontFamily();
    }
    this.shownDirection = direction;
    const layout = model ? this.runner.layout(model, direction, this.font) : undefined;
    if (layout !== this.currentLayout || model !== this.navigatorFor) {
      const [, shown] = this.drawn;
      const fromNothing = !shown || shown.diagnostics.length > 0;
      this.revealed = layout && fromNothing && layout.steps.length >= REVEAL_FROM ? 0 : REVEAL_ALL;
      this.currentLayout = layout;
      this.navigatorFor = model;
      this.navigator = model && layout ? new FlowNavigator(model, layout) : undefined;
    }
    const [m, p, c] = this.lensFor;
    if (m !== model || p !== this.priority || c !== this.category) {
      this.lensFor = [model, this.priority, this.category];
      this.lens =
        model && (this.priority || this.category)
          ? applyLens(model, { priority: this.priority || undefined, category: this.category || undefined })
          : undefined;
    }
    const ids = this.currentLayout?.steps;
    if (ids && !ids.some((s) => s.id === this.tabStop)) {
      this.tabStop = ids.find((s) => s.id === this.selected)?.id ?? model?.starts[0] ?? ids[0]?.id;
    }
  }

  override updated(): void {
    const viewport = this.renderRoot.querySelector('.viewport');
    const svgElement = this.renderRoot.querySelector('svg.diagram');
    if (viewport) this.resize.observe(viewport);
    if (svgElement) this.zoom.attach(svgElement, svgElement.querySelector('g.scene') ?? undefined);
    const layout = this.currentLayout;
    if (!layout) return;
    if (layout !== this.drawn[1] || this.model !== this.drawn[0]) {
      this.drawn = [this.model, layout];
      this.zoom.setContent({ x: 0, y: 0, width: layout.width, height: layout.height });
      // Fit with the viewport size already known: measuring it now would lay out the whole new drawing at once.
      // A large drawing in a viewport not measured yet is fitted by the resize observer's first report, before
      // the frame is painted.
      if (this.knownViewport() || layout.steps.length < REVEAL_FROM) this.autoFit();
      this.announce = true;
    }
    if (this.revealing) return this.revealMore();
    if (!this.announce) return;
    this.announce = false;
    if (layout.diagnostics.length) {
      emit<SopInvalidDetail>(this, 'sop-invalid', { diagnostics: layout.diagnostics });
    } else {
      emit<SopRenderDetail>(this, 'sop-render', { durationMs: now() - this.started });
    }
  }

  /** Resolves once the drawing is complete, including the layers of a large drawing still to come. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.revealing) {
      await new Promise((resolve) => setTimeout(resolve, 16));
      complete = (await super.getUpdateComplete()) && complete;
    }
    return complete;
  }

  /** Shows the whole diagram. */
  fit(): void {
    if (this.measureViewport()) this.zoom.fit();
  }

  /** The drawing as a standalone SVG document (styles inlined, fonts named), or `""` when nothing is drawn. */
  toSVG(): string {
    const svgElement = this.renderRoot.querySelector<SVGSVGElement>('svg.diagram');
    const layout = this.currentLayout;
    if (!svgElement || !layout || !this.model) return '';
    const style = getComputedStyle(this);
    return serializeSvg(svgElement, {
      width: layout.width,
      height: layout.height,
      title: this.model.title,
      description: diagramDescription(this.model),
      background:
        style.backgroundColor && style.backgroundColor !== 'rgba(0, 0, 0, 0)' ? style.backgroundColor : '#ffffff',
      fontFamily: style.fontFamily,
    });
  }

  /**
   * The drawing as a PNG image, within browser canvas limits.
   * @param scale - Pixels per drawing unit (default 2, for sharp text on high-density screens).
   */
  async toPNG(scale = 2): Promise<Blob> {
    const text = this.toSVG();
    const layout = this.currentLayout;
    if (!text || !layout) throw new Error('Nothing is drawn yet.');
    return svgToPng(text, layout.width, layout.height, scale);
  }

  private fontFamily(): string {
    return this.isConnected ? getComputedStyle(this).fontFamily : '';
  }

  private get revealing(): boolean {
    return this.currentLayout !== undefined && this.revealed < REVEAL_ALL;
  }

  /** Draws the next layer after the frame that paints this one. */
  private revealMore(): void {
    if (this.revealScheduled) return;
    this.revealScheduled = true;
    const next = () => {
      this.revealScheduled = false;
      this.revealed = Math.min(REVEAL_ALL, this.revealed + 1);
      this.requestUpdate();
    };
    if (document.visibilityState === 'hidden') setTimeout(next);
    else requestAnimationFrame(() => setTimeout(next));
  }

  /** Tells the zoom the viewport's size as the resize observer last reported it, if it did. */
  private knownViewport(): boolean {
    const { width, height } = this.resize;
    if (!width || !height) return false;
    this.zoom.setViewport(width, height);
    return true;
  }

  /** Tells the zoom the viewport's size now (the resize observer reports it only later). */
  private measureViewport(): boolean {
    const viewport = this.renderRoot.querySelector('.viewport');
    if (!viewport || viewport.clientWidth === 0 || viewport.clientHeight === 0) return false;
    this.zoom.setViewport(viewport.clientWidth, viewport.clientHeight);
    return true;
  }

  private autoFit(): void {
    if (!this.currentLayout || !(this.knownViewport() || this.measureViewport())) return;
    this.zoom.fit({ minScale: 0.5 });
    this.fitted = this.currentLayout;
  }

  private handleResize(): void {
    if (!this.zoom.userMoved || this.fitted !== this.currentLayout) this.autoFit();
    else this.knownViewport();
  }

  private select(id: string | undefined, byUser: boolean): void {
    this.selected = id;
    if (!id) return;
    this.tabStop = id;
    if (byUser) emit<SopStepSelectDetail>(this, 'sop-step-select', { stepId: id });
  }

  private async focusStep(id: string): Promise<void> {
    this.tabStop = id;
    await this.updateComplete;
    const target = Array.from(this.renderRoot.querySelectorAll<SVGGElement>('g.step')).find((g) => g.dataset.id === id);
    target?.focus();
  }

  private stepIdOf(event: Event): string | undefined {
    const target = event.target instanceof Element ? event.target.closest<SVGGElement>('g.step') : null;
    return target?.dataset.id;
  }

  private readonly handleClick = (event: MouseEvent): void => {
    const id = this.stepIdOf(event);
    if (id) this.select(id, true);
  };

  private readonly handleKeydown = (event: KeyboardEvent): void => {
    const id = this.stepIdOf(event);
    if (!id) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(id, true);
      return;
    }
    if (event.key === 'Escape') {
      if (this.selected) event.preventDefault();
      this.select(undefined, true);
      return;
    }
    const move = flowMoveFor(event.key, this.currentLayout?.direction ?? 'horizontal');
    if (!move) return;
    event.preventDefault();
    const next = this.navigator?.move(id, move);
    if (next) void this.focusStep(next);
  };

  private readonly handlePointerOver = (event: PointerEvent): void => {
    // While a button is down the pointer is panning the drawing, not pointing at steps.
    if (event.buttons) return;
    const id = this.stepIdOf(event);
    if (id !== this.active) this.active = id;
  };

  private readonly handlePointerLeave = (): void => {
    this.active = undefined;
  };

  private readonly handleFocusIn = (event: FocusEvent): void => {
    const id = this.stepIdOf(event);
    if (!id) return;
    this.active = id;
    this.tabStop = id;
    const step = this.currentLayout?.steps.find((s) => s.id === id);
    if (step) this.zoom.reveal(step);
  };

  private readonly handleFocusOut = (): void => {
    this.active = undefined;
  };

  private readonly toolbar = {
    zoomIn: () => this.zoom.zoomBy(1.25),
    zoomOut: () => this.zoom.zoomBy(0.8),
    fit: () => this.fit(),
    downloadSvg: () => {
      const text = this.toSVG();
      if (text) download(new Blob([text], { type: 'image/svg+xml' }), `${this.model?.id ?? 'procedure'}.svg`);
    },
    downloadPng: () => {
      this.toPNG().then(
        (blob) => download(blob, `${this.model?.id ?? 'procedure'}.png`),
        () => undefined,
      );
    },
  };

  override render(): TemplateResult {
    const model = this.model;
    const layout = this.currentLayout;
    if (!model) {
      if (this.source.invalid) return renderErrorPanel('This procedure cannot be drawn', this.source.diagnostics);
      if (this.source.loading) return html`<p class="state" part="loading" role="status">Loading the procedure…</p>`;
      return html`<p class="state" part="empty">
        No procedure to show. Set the <code>sop</code> property or the <code>src</code> attribute, or add a
        <code>&lt;script type="application/json"&gt;</code> child.
      </p>`;
    }
    const failed = layout !== undefined && layout.diagnostics.length > 0;
    const stale = this.source.invalid || this.source.loading;
    // While the worker lays out a new version of the document, the last drawing stays on screen, marked busy, and
    // is then updated in place.
    const [previousModel, previousLayout] = this.drawn;
    const previous = !layout && previousModel && previousLayout && !previousLayout.diagnostics.length;
    return html`<div class="frame">
      ${this.source.invalid ? renderErrorPanel('This procedure cannot be drawn', this.source.diagnostics) : nothing}
      ${failed ? renderErrorPanel('This procedure is too large to draw', layout.diagnostics) : nothing}
      ${renderToolbar(model.title, this.toolbar, !layout || failed)}
      ${
        layout && !failed
          ? this.renderDrawing(model, layout, stale)
          : previous
            ? this.renderDrawing(previousModel, previousLayout, true)
            : nothing
      }
      ${!layout ? html`<p class="state" part="status" role="status">Laying out ${model.steps.length} steps…</p>` : nothing}
      ${
        layout && !failed && this.selected && model.stepById.has(this.selected)
          ? renderDetail(
              model,
              model.stepById.get(this.selected)!,
              (id) => {
                this.select(id, true);
                void this.focusStep(id);
              },
              () => this.select(undefined, true),
            )
          : nothing
      }
      ${layout && !failed ? guard([model], () => renderLegend(model)) : nothing}
      ${layout && !failed && !this.revealing ? this.renderAlternative(model, layout) : nothing}
    </div>`;
  }

  /** The text alternative, rebuilt only when the document, its layout or the lens change. */
  private renderAlternative(model: SopModel, layout: FlowLayout): unknown {
    const name = lensName(model, this.priority, this.category);
    return guard([model, layout, this.lens, name], () => renderOutline(model, layout, this.lens, name));
  }

  private renderDrawing(model: SopModel, layout: FlowLayout, stale: boolean): TemplateResult {
    if (this.namesFor !== model) {
      this.namesFor = model;
      this.names = new Map(model.steps.map((s) => [s.id, stepName(model, s)] as const));
    }
    const view = {
      layout,
      lens: this.lens,
      selected: this.selected,
      active: this.active,
      tabStop: this.tabStop,
      names: this.names,
      layers: layout === this.currentLayout ? this.revealed : REVEAL_ALL,
    };
    return html`<div class="viewport ${stale ? 'stale' : ''}" part="viewport" aria-busy=${stale ? 'true' : 'false'}>
      ${this.source.loading ? html`<p class="status" part="status" role="status">Loading…</p>` : nothing}
      <svg
        class="diagram"
        part="diagram"
        role="group"
        aria-roledescription="swimlane flowchart"
        aria-labelledby="diagram-title"
        aria-describedby="diagram-desc"
        @click=${this.handleClick}
        @keydown=${this.handleKeydown}
        @pointerover=${this.handlePointerOver}
        @pointerleave=${this.handlePointerLeave}
        @focusin=${this.handleFocusIn}
        @focusout=${this.handleFocusOut}
      >
        ${svg`<title id="diagram-title">${model.title}</title><desc id="diagram-desc">${diagramDescription(this.model)}</desc>`}
        <g class="scene">
          ${guard([layout, view.lens, view.selected, view.active, view.tabStop, view.layers], () => renderScene(view))}
        </g>
      </svg>
    </div>`;
  }
}
