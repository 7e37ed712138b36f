import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { computeClocks, computeMitigation, type Clock, type IncidentClocks } from '../../model/clocks.js';
import { timestampMs } from '../../model/time.js';
import {
  layoutTimeline,
  plotRange,
  timelineExtent,
  type TimelineMeasureText,
  type TimelineLayout,
} from '../../layout/timeline.js';
import { devWarning } from '../shared/dev-warning.js';
import { renderErrorPanel } from '../shared/error-panel.js';
import { emit } from '../shared/events.js';
import { baseStyles } from '../shared/styles.js';
import { IncidentSourceController, type IncidentPair } from './incident-source.js';
import { zoneFormatter } from './format.js';
import { createTextMeasurer } from './measure.js';
import { renderChart } from './render-chart.js';
import {
  incidentStatus,
  renderDetail,
  renderEventList,
  renderHeader,
  renderSummary,
  renderWarnings,
} from './render-panels.js';
import { chartStyles } from './styles-chart.js';
import { timelineStyles } from './styles.js';
import { TimeZoomController } from './time-zoom-controller.js';

/** Detail of `sop-event-select`: the event's position in the record's `events`, its type and its time as written. */
export interface SopEventSelectDetail {
  index: number;
  type: string;
  at: string;
}

/** Below this width (CSS pixels) the chart gives way to the list of events. */
export const NARROW_WIDTH = 600;
const ZOOM_STEP = 1.6;

interface Derived {
  pair: IncidentPair | undefined;
  nowMs: number;
  clocks: IncidentClocks;
  mitigation: Clock | undefined;
  extentKey: string;
  focus: [number, number];
  layoutKey: string;
  layout: TimelineLayout | undefined;
}

/**
 * One incident against its SLA clocks: what happened when, the response and resolution clocks with their
 * due times, paused intervals and time outside business hours, and where a target was missed and by how
 * much. The incident comes from the `incident` property, the `src` attribute or a child
 * `<script type="application/json">`; the SOP with its targets from the `sop` property, the `sop-src`
 * attribute or a child `<script type="application/json" data-sop>`.
 *
 * @summary An incident's events on a time axis, against the response and resolution targets of its SOP.
 * @tag incident-timeline
 *
 * @csspart header - Incident id, priority, status, title, procedure and time zone.
 * @csspart priority - The priority badge.
 * @csspart status - The status badge (open, reopened, resolved, closed).
 * @csspart summary - Time to acknowledge, mitigate and resolve against the targets.
 * @csspart summary-item - One of the three figures (`data-clock` = `response`, `mitigation`, `resolution`).
 * @csspart toolbar - The zoom buttons and hints above the chart.
 * @csspart zoom-in - Zoom-in button. Also `zoom-out`, `zoom-reset` (fit the incident) and `zoom-all`.
 * @csspart chart - The scrolling box around the SVG chart.
 * @csspart axis - The time axis; each label is a `tick`.
 * @csspart clock - A clock's bar (`data-clock` = `response` or `resolution`).
 * @csspart target - A due-time line (`data-clock`, `data-at`).
 * @csspart breach - A missed target, with how late it was (`data-clock`, `data-over-ms`). On narrow widths the
 *   summary item of the missed clock carries it instead, so there is always one per missed target.
 * @csspart now - The "now" line of an open incident (`data-at`).
 * @csspart pause - A paused interval.
 * @csspart off-hours - Time outside business hours (only when the priority counts business hours).
 * @csspart event - A drawn event marker (`data-type`, `data-index` in the record, `data-at`); `selected` when chosen.
 * @csspart legend - The key under the chart.
 * @csspart detail - Details of the chosen event.
 * @csspart event-list - The ordered list of events; each entry is an `event-item`, its button `event-button`.
 * @csspart warnings - Notes about the record that do not stop drawing (events out of order…).
 * @csspart error - The error panel listing every diagnostic of invalid documents.
 *
 * @cssprop --sop-timeline-counting-color - Bar of a clock while it counts (default `--sop-accent`).
 * @cssprop --sop-timeline-late-color - Bar past the due time and breach markers (default `--sop-tone-critical`).
 * @cssprop --sop-timeline-paused-color - Paused intervals (default `--sop-muted`).
 * @cssprop --sop-timeline-off-hours-color - Stripes of time outside business hours (default `--sop-border-color`).
 * @cssprop --sop-timeline-target-color - Due-time lines (default `--sop-foreground`).
 * @cssprop --sop-timeline-now-color - The "now" line (default `--sop-tone-high`).
 * @cssprop --sop-timeline-comms-color - Communication events (default `#8250df`, dark `#ab7df8`).
 * @cssprop --sop-timeline-radius - Corner radius of the chart, cards and panels (default `8px`).
 * @cssprop --sop-tone-critical - Detection, reopening and breaches; a critical priority badge (default `#cf222e`).
 * @cssprop --sop-tone-high - Escalation events, the default "now" line; a high priority badge (default `#bc4c00`).
 * @cssprop --sop-tone-medium - Mitigation events; a medium priority badge (default `#9a6700`).
 * @cssprop --sop-tone-low - Resolution events; a low priority badge (default `#1a7f37`).
 * @cssprop --sop-tone-info - An informational priority badge (default `#0969da`).
 * @cssprop --sop-background - Background.
 * @cssprop --sop-foreground - Text colour.
 * @cssprop --sop-muted - Secondary text.
 * @cssprop --sop-border-color - Rules and borders.
 * @cssprop --sop-surface - Cards and panels.
 * @cssprop --sop-accent - Buttons and counting clocks.
 * @cssprop --sop-focus-color - Focus ring.
 * @cssprop --sop-error-color - Border of the error panel.
 * @cssprop --sop-warning-color - Notes about the record that do not stop drawing.
 * @cssprop --sop-font-family - Font.
 * @cssprop --sop-font-family-mono - Font of timestamps and durations.
 * @cssprop --sop-font-size - Base font size.
 *
 * @event {CustomEvent<SopEventSelectDetail>} sop-event-select - An event was chosen by click, Enter or Space.
 * @event {CustomEvent<SopInvalidDetail>} sop-invalid - The documents have errors; `detail.diagnostics` lists them.
 */
export class IncidentTimeline extends LitElement {
  static override styles = [baseStyles, timelineStyles, chartStyles];

  private readonly source = new IncidentSourceController(this);
  private readonly zoom = new TimeZoomController(this);
  private readonly size = new ResizeController(this);

  /** The incident record (an object or JSON text). Takes precedence over `src` and inline JSON. */
  @property({ attribute: false }) incident: unknown;

  /** The SOP document with the targets (an object or JSON text). Takes precedence over `sop-src` and inline JSON. */
  @property({ attribute: false }) sop: unknown;

  /** URL of the incident record (JSON). */
  @property({ reflect: true }) src?: string;

  /** URL of the SOP document (JSON). */
  @property({ reflect: true, attribute: 'sop-src' }) sopSrc?: string;

  /**
   * The current time as an ISO 8601 timestamp with a zone: open incidents run to it. Without it they run to
   * the real current time and the "now" line moves on its own.
   */
  @property({ reflect: true }) now?: string;

  /** How often, in milliseconds, the "now" line moves when `now` is not set. */
  @property({ attribute: false }) nowInterval = 30_000;

  @state() private activeOrder = 0;
  @state() private selectedOrder: number | undefined;
  @state() private clockNow = Date.now();

  private derived: Derived = {
    pair: undefined,
    nowMs: Number.NaN,
    clocks: {},
    mitigation: undefined,
    extentKey: '',
    focus: [0, 1],
    layoutKey: '',
    layout: undefined,
  };
  private measure: TimelineMeasureText | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private timerPeriod = 0;

  /** The response and resolution clocks of the incident shown (empty while loading or invalid). Read-only. */
  get clocks(): IncidentClocks {
    return this.source.invalid || this.source.loading ? {} : this.derived.clocks;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTimer();
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.source.sync(this.incident, this.src, this.sop, this.sopSrc);
    const d = this.derived;
    const pair = this.source.current;
    const nowMs = this.resolveNow();
    if (pair !== d.pair || nowMs !== d.nowMs) {
      d.clocks = pair ? computeClocks(pair.incident, pair.sop, nowMs) : {};
      d.mitigation = pair ? computeMitigation(pair.incident, pair.sop) : undefined;
      if (pair !== d.pair) {
        this.activeOrder = 0;
        this.selectedOrder = undefined;
      }
      d.pair = pair;
      d.nowMs = nowMs;
    }
    if (!pair) {
      d.layout = undefined;
      return;
    }
    const width = this.chartWidth();
    const range = plotRange(width);
    const extentKey = `${this.source.revision}|${this.now ?? ''}|${range[0]}|${range[1]}`;
    if (extentKey !== d.extentKey) {
      const { focus, all } = timelineExtent(pair.incident, d.clocks, nowMs);
      d.focus = focus;
      d.extentKey = extentKey;
      this.zoom.configure(focus, range, all);
    }
    const domain = this.zoom.visibleDomain();
    const timeZone = this.timeZone();
    const layoutKey = `${extentKey}|${nowMs}|${domain[0]}|${domain[1]}|${width}`;
    if (layoutKey !== d.layoutKey) {
      this.measure ??= createTextMeasurer(getComputedStyle(this).fontFamily || 'sans-serif');
      d.layout = layoutTimeline({
        incident: pair.incident,
        sop: pair.sop,
        clocks: d.clocks,
        domain,
        width,
        timeZone,
        formatTime: zoneFormatter(timeZone),
        nowMs,
        measureText: this.measure,
      });
      d.layoutKey = layoutKey;
    }
  }

  protected override updated(): void {
    this.zoom.attach(this.renderRoot.querySelector<SVGSVGElement>('svg.chart') ?? undefined);
    const running = Object.values(this.derived.clocks).some((c: Clock | undefined) => c?.running);
    if (running && !this.now && this.isConnected && !this.source.invalid) this.startTimer();
    else this.stopTimer();
  }

  /** Shows the incident from detection to resolution (or now), with its due times: the initial view. */
  fit(): void {
    this.zoom.reset();
  }

  private resolveNow(): number {
    if (this.now) {
      const ms = timestampMs(this.now);
      if (ms !== undefined) return ms;
      devWarning(
        `<incident-timeline now="${this.now}">: "now" needs an ISO 8601 timestamp with a zone, such as "2026-03-06T14:05:00Z"; using the current time.`,
      );
    }
    return this.clockNow;
  }

  private timeZone(): string {
    return this.derived.pair?.sop?.businessHours?.timeZone ?? 'UTC';
  }

  private chartWidth(): number {
    const measured = this.size.width || this.clientWidth;
    return Math.max(320, Math.round(measured || 960));
  }

  private get narrow(): boolean {
    const measured = this.size.width || this.clientWidth;
    return measured > 0 && measured < NARROW_WIDTH;
  }

  private startTimer(): void {
    if (this.timer !== undefined && this.timerPeriod === this.nowInterval) return;
    this.stopTimer();
    this.timerPeriod = this.nowInterval;
    this.timer = setInterval(
      () => {
        this.clockNow = Date.now();
      },
      Math.max(10, this.nowInterval),
    );
  }

  private stopTimer(): void {
    if (this.timer === undefined) return;
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private select(order: number): void {
    const event = this.derived.pair?.incident.events[order];
    if (!event) return;
    this.activeOrder = order;
    this.selectedOrder = order;
    emit<SopEventSelectDetail>(this, 'sop-event-select', { index: event.index, type: event.type, at: event.at });
  }

  private async moveFocus(order: number, container: 'chart' | 'list'): Promise<void> {
    const events = this.derived.pair?.incident.events ?? [];
    const target = Math.max(0, Math.min(events.length - 1, order));
    this.activeOrder = target;
    const event = events[target];
    if (container === 'chart' && event) this.zoom.reveal(event.ms);
    await this.updateComplete;
    const selector =
      container === 'chart' ? `svg.chart [data-order="${target}"]` : `.event-list [data-order="${target}"]`;
    this.renderRoot.querySelector<HTMLElement | SVGElement>(selector)?.focus();
  }

  private handleKeydown = (event: KeyboardEvent): void => {
    const origin = event.composedPath().find((n): n is Element => n instanceof Element && n.hasAttribute('data-order'));
    const inChart = event.composedPath().some((n) => n instanceof Element && n.matches('svg.chart'));
    if (inChart && !origin) return;
    if (!origin) {
      this.handleZoomKey(event);
      return;
    }
    const order = Number(origin.getAttribute('data-order'));
    const container = inChart ? 'chart' : 'list';
    const last = (this.derived.pair?.incident.events.length ?? 1) - 1;
    const moves: Record<string, number> = {
      ArrowRight: order + 1,
      ArrowDown: order + 1,
      ArrowLeft: order - 1,
      ArrowUp: order - 1,
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      void this.moveFocus(next, container);
    } else if (inChart && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      this.select(order);
    } else if (inChart) {
      this.handleZoomKey(event);
    }
  };

  private handleZoomKey(event: KeyboardEvent): void {
    const inChartBlock = event.composedPath().some((n) => n instanceof Element && n.matches('.chart-block'));
    if (!inChartBlock) return;
    const actions: Record<string, 'in' | 'out' | 'reset'> = { '+': 'in', '=': 'in', '-': 'out', '0': 'reset' };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    this.handleZoom(action);
  }

  private handleZoom = (action: 'in' | 'out' | 'reset' | 'all'): void => {
    const pair = this.derived.pair;
    if (action === 'in') this.zoom.zoomBy(ZOOM_STEP);
    else if (action === 'out') this.zoom.zoomBy(1 / ZOOM_STEP);
    else if (action === 'reset') this.zoom.reset();
    else if (pair) {
      const [from, to] = timelineExtent(pair.incident, this.derived.clocks, this.derived.nowMs).all;
      this.zoom.show(from, to);
    }
  };

  private handleMarkerFocus = (order: number): void => {
    const event = this.derived.pair?.incident.events[order];
    if (event) this.zoom.reveal(event.ms);
    this.activeOrder = order;
  };

  protected override render(): TemplateResult {
    const src = this.source;
    const pair = this.derived.pair;
    let status: TemplateResult | typeof nothing = nothing;
    if (src.loading) status = html`<p class="state" role="status">Loading the incident…</p>`;
    else if (src.empty)
      status = html`<p class="state">
        No incident to show. Set the <code>incident</code> property or the <code>src</code> attribute, or put the record
        in a child <code>&lt;script type="application/json"&gt;</code> (and the SOP in one with <code>data-sop</code>).
      </p>`;
    const error =
      src.invalid && !src.loading ? renderErrorPanel('This incident cannot be drawn', src.diagnostics) : nothing;
    const showBody = pair && !src.empty && !(src.loading && !pair);
    const stale = src.invalid || src.loading;
    return html`<div class="frame ${this.narrow ? 'narrow' : 'wide'}" @keydown=${this.handleKeydown}>
      ${error} ${status} ${showBody && pair ? this.renderBody(pair, stale) : nothing}
    </div>`;
  }

  private renderBody(pair: IncidentPair, stale: boolean): TemplateResult {
    const { incident, sop } = pair;
    const d = this.derived;
    const timeZone = this.timeZone();
    const narrow = this.narrow;
    const startMs = d.clocks.resolution?.startMs ?? d.clocks.response?.startMs;
    const selected = this.selectedOrder !== undefined ? incident.events[this.selectedOrder] : undefined;
    return html`<div class="body ${stale ? 'stale' : ''}" ?inert=${stale}>
      ${renderHeader(incident, sop, incidentStatus(incident, d.clocks), timeZone)}
      ${renderSummary(d.clocks, d.mitigation, narrow)} ${stale ? nothing : renderWarnings(this.source.diagnostics)}
      ${
        !narrow && d.layout
          ? html`${renderChart({
              layout: d.layout,
              timeZone,
              activeOrder: this.activeOrder,
              selectedOrder: this.selectedOrder,
              title: `${incident.id} ${incident.title}`,
              onMarkerClick: (order) => this.select(order),
              onMarkerFocus: this.handleMarkerFocus,
              onZoom: this.handleZoom,
            })}
            ${renderDetail(selected, sop, timeZone, startMs)}`
          : nothing
      }
      ${renderEventList({
        events: incident.events,
        sop,
        timeZone,
        startMs,
        activeOrder: this.activeOrder,
        selectedOrder: this.selectedOrder,
        onSelect: (order) => this.select(order),
      })}
    </div>`;
  }
}
