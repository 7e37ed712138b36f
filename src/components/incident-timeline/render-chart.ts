import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { formatDuration } from '../../model/duration.js';
import {
  DAY_ROW_Y,
  EVENT_TYPE_NAMES,
  TEXT_OVERHANG,
  TIME_ROW_Y,
  type ClockKind,
  type EventMarker,
  type TimelineLayout,
} from '../../layout/timeline.js';
import { formatInZone } from './format.js';
import { EVENT_TONES, renderGlyph } from './markers.js';

/** What the chart needs besides its geometry. */
export interface ChartContext {
  layout: TimelineLayout;
  timeZone: string;
  activeOrder: number;
  selectedOrder: number | undefined;
  title: string;
  onMarkerClick: (order: number) => void;
  onMarkerFocus: (order: number) => void;
  onZoom: (action: 'in' | 'out' | 'reset' | 'all') => void;
}

const CLOCK_NAMES: Record<ClockKind, string> = { response: 'Response', resolution: 'Resolution' };

/** How a marker is announced: type, time, label and who. */
export function eventAccessibleName(marker: EventMarker, timeZone: string): string {
  const e = marker.event;
  const name = EVENT_TYPE_NAMES[e.type];
  const text = e.label && e.label !== name ? `: ${e.label}` : '';
  return `${name}, ${formatInZone(e.ms, timeZone, 'full')}${text}${e.actor ? `, by ${e.actor}` : ''}`;
}

function renderAxis(layout: TimelineLayout): SVGTemplateResult {
  const { plot, ticks, days, axisY } = layout;
  return svg`<g class="axis" part="axis" aria-hidden="true">
    ${days.map(
      (d) => svg`<line class="day-line" x1=${d.x} x2=${d.x} y1=${DAY_ROW_Y - 12} y2=${plot.bottom}></line>
        <text class="day-label" x=${d.x + 4} y=${DAY_ROW_Y}>${d.label}</text>`,
    )}
    ${ticks.map(
      (t) => svg`<line class="grid-line" x1=${t.x} x2=${t.x} y1=${axisY} y2=${plot.bottom}></line>
        <line class="tick-mark" x1=${t.x} x2=${t.x} y1=${axisY - 4} y2=${axisY}></line>
        <text class="tick-label" part="tick" x=${t.x} y=${TIME_ROW_Y}>${t.label}</text>`,
    )}
    <line class="axis-line" x1=${plot.x0} x2=${plot.x1} y1=${axisY} y2=${axisY}></line>
  </g>`;
}

function renderBands(layout: TimelineLayout): SVGTemplateResult {
  const { plot } = layout;
  const h = plot.bottom - plot.top;
  return svg`<g aria-hidden="true">
    ${layout.offHours.map(
      (b) =>
        svg`<rect part="off-hours" class="off-hours" x=${b.x0} y=${plot.top} width=${Math.max(0, b.x1 - b.x0)} height=${h} fill="url(#tl-stripes)"></rect>`,
    )}
    ${layout.pauses.map(
      (
        b,
      ) => svg`<rect part="pause" class="pause-band" x=${b.x0} y=${plot.top} width=${Math.max(0, b.x1 - b.x0)} height=${h}></rect>
        ${
          b.x1 - b.x0 > 110
            ? svg`<text class="pause-label" x=${Math.max(b.x0, plot.x0) + 6} y=${layout.bandLabelY}>Paused · ${formatDuration(b.toMs - b.fromMs)}</text>`
            : nothing
        }`,
    )}
  </g>`;
}

function renderClocks(layout: TimelineLayout): SVGTemplateResult {
  const { plot } = layout;
  return svg`
    <g aria-hidden="true">
      ${layout.targets.map(
        (
          t,
        ) => svg`<g part="target" class="target target-${t.kind}" data-clock=${t.kind} data-at=${new Date(t.ms).toISOString()}>
          <line class="target-line" x1=${t.x} x2=${t.x} y1=${plot.top} y2=${plot.bottom}></line>
        </g>`,
      )}
      ${layout.lanes.map(
        (lane) => svg`<g part="clock" class="clock clock-${lane.kind}" data-clock=${lane.kind}>
          <rect class="lane-track" x=${plot.x0} y=${lane.y} width=${plot.x1 - plot.x0} height=${lane.height}></rect>
          ${lane.segments.map((s) => {
            const thin = s.state === 'paused' || s.state === 'off-hours';
            const y = thin ? lane.y + lane.height / 2 - 2 : lane.y + 2;
            return svg`<rect class="bar bar-${s.state}" x=${s.x0} y=${y} width=${Math.max(0, s.x1 - s.x0)} height=${thin ? 4 : lane.height - 4}></rect>`;
          })}
          ${
            lane.label
              ? svg`<text class="elapsed-label" x=${lane.labelX} y=${lane.y + lane.height / 2 + 4}>${lane.label}</text>`
              : nothing
          }
          ${layout.targets
            .filter((t) => t.kind === lane.kind)
            .map((t) => svg`<path class="due-mark" d="M${t.x} ${lane.y - 3}l4 -5h-8Z"></path>`)}
        </g>`,
      )}
    </g>
    ${layout.breaches.map(
      (b) => svg`<g part="breach" class="breach" data-clock=${b.kind} data-over-ms=${b.overByMs}
          role="img" aria-label=${`${CLOCK_NAMES[b.kind]} target missed by ${formatDuration(b.overByMs)}`}
          transform="translate(${b.x} ${b.y})">
        <circle class="breach-dot" r="7"></circle>
        <path class="breach-mark" d="M0 -3.5V0.8M0 2.8V3.2"></path>
        <text class="breach-label" x=${b.side === 'right' ? 11 : -11} y="4" text-anchor=${b.side === 'right' ? 'start' : 'end'}>${formatDuration(b.overByMs)} late</text>
      </g>`,
    )}
    ${
      layout.now
        ? svg`<g part="now" class="now" data-at=${new Date(layout.now.ms).toISOString()} aria-hidden="true">
            <line class="now-line" x1=${layout.now.x} x2=${layout.now.x} y1=${plot.top - 6} y2=${plot.bottom}></line>
            <text class="now-label" x=${layout.now.labelX} y=${plot.bottom - 4}>${layout.now.label}</text>
          </g>`
        : nothing
    }
    <g class="target-labels" aria-hidden="true">
      ${layout.targets.map(
        (t) => svg`<text class="target-label target-${t.kind}" x=${t.labelX} y=${t.labelY}>${t.label}</text>`,
      )}
    </g>`;
}

function renderMarker(m: EventMarker, ctx: ChartContext): SVGTemplateResult {
  const e = m.event;
  const selected = m.order === ctx.selectedOrder;
  return svg`<g part=${selected ? 'event selected' : 'event'}
      class="marker ${EVENT_TONES[e.type]} ${selected ? 'is-selected' : ''}"
      data-type=${e.type} data-order=${m.order} data-index=${e.index} data-at=${e.at}
      role="button" tabindex=${m.order === ctx.activeOrder ? 0 : -1}
      aria-label=${eventAccessibleName(m, ctx.timeZone)} aria-current=${selected ? 'true' : 'false'}
      transform="translate(${m.x} ${m.y})"
      @click=${() => ctx.onMarkerClick(m.order)} @focus=${() => ctx.onMarkerFocus(m.order)}>
    <circle class="hit" r="11"></circle>
    <circle class="focus-ring" r="11"></circle>
    ${renderGlyph(e.type)}
  </g>`;
}

/** The label and meta line beside a marker: outside the marker's button, which has its own accessible name. */
function renderMarkerText(m: EventMarker, ctx: ChartContext): SVGTemplateResult | typeof nothing {
  if (!m.showText) return nothing;
  const textX = m.x + (m.side === 'right' ? 12 : -12);
  const anchor = m.side === 'right' ? 'start' : 'end';
  const selected = m.order === ctx.selectedOrder;
  return svg`<g class="marker-text ${selected ? 'is-selected' : ''}" @click=${() => ctx.onMarkerClick(m.order)}>
    <text class="event-label" x=${textX} y=${m.y - 1} text-anchor=${anchor}>${m.label}</text>
    <text class="event-meta" x=${textX} y=${m.y + 13} text-anchor=${anchor}>${m.meta}</text>
  </g>`;
}

function renderGutter(layout: TimelineLayout): SVGTemplateResult {
  return svg`<g class="gutter" aria-hidden="true">
    <rect class="gutter-bg" x="0" y="0" width=${layout.plot.x0 - 4} height=${layout.height}></rect>
    ${layout.lanes.map((l) => svg`<text class="lane-label" x="12" y=${l.y + l.height / 2 + 4}>${CLOCK_NAMES[l.kind]}</text>`)}
    <text class="lane-label events-label" x="12" y=${layout.eventsTop + 13}>Events</text>
  </g>`;
}

/** The drawn timeline: toolbar, SVG chart and legend. */
export function renderChart(ctx: ChartContext): TemplateResult {
  const { layout } = ctx;
  const { plot } = layout;
  const hasBusiness = layout.offHours.length > 0;
  const hasPause = layout.pauses.length > 0;
  return html`<div class="chart-block">
    <div class="toolbar" part="toolbar">
      <p class="hint">Drag to pan · Ctrl + scroll or pinch to zoom · arrow keys move between events</p>
      ${
        layout.hiddenBefore || layout.hiddenAfter
          ? html`<p class="offscreen">
              ${layout.hiddenBefore ? `${layout.hiddenBefore} earlier` : ''}${
                layout.hiddenBefore && layout.hiddenAfter ? ' · ' : ''
              }${layout.hiddenAfter ? `${layout.hiddenAfter} later` : ''}
              ${layout.hiddenBefore + layout.hiddenAfter === 1 ? 'event' : 'events'} outside this view
            </p>`
          : nothing
      }
      <div class="zoom-buttons" role="group" aria-label="Zoom the time axis">
        <button type="button" part="zoom-out" aria-label="Zoom out" @click=${() => ctx.onZoom('out')}>−</button>
        <button type="button" part="zoom-in" aria-label="Zoom in" @click=${() => ctx.onZoom('in')}>+</button>
        <button type="button" part="zoom-reset" @click=${() => ctx.onZoom('reset')}>Fit incident</button>
        <button type="button" part="zoom-all" @click=${() => ctx.onZoom('all')}>Show all</button>
      </div>
    </div>
    <div class="chart-scroll" part="chart">
      <svg
        class="chart"
        width=${layout.width}
        height=${layout.height}
        viewBox="0 0 ${layout.width} ${layout.height}"
        role="group"
        aria-roledescription="timeline"
        aria-label=${`Timeline of ${ctx.title}: ${layout.events.length} events`}
      >
        <defs>
          <pattern id="tl-stripes" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)">
            <rect class="stripe-bg" width="7" height="7"></rect>
            <line class="stripe" x1="0" y1="0" x2="0" y2="7"></line>
          </pattern>
          <clipPath id="tl-plot">
            <rect x=${plot.x0} y="0" width=${Math.max(0, plot.x1 - plot.x0)} height=${layout.height}></rect>
          </clipPath>
          <clipPath id="tl-plot-wide">
            <rect
              x=${plot.x0 - TEXT_OVERHANG - 4}
              y="0"
              width=${Math.max(0, plot.x1 - plot.x0 + 2 * TEXT_OVERHANG + 8)}
              height=${layout.height}
            ></rect>
          </clipPath>
        </defs>
        <g clip-path="url(#tl-plot)">${renderBands(layout)} ${renderAxis(layout)}</g>
        <g clip-path="url(#tl-plot)">${renderClocks(layout)}</g>
        <g class="stems" clip-path="url(#tl-plot)" aria-hidden="true">
          ${layout.events.map(
            (m) =>
              svg`<line class="stem ${EVENT_TONES[m.event.type]}" x1=${m.x} x2=${m.x} y1=${layout.eventsTop - 8} y2=${m.y - 9}></line>`,
          )}
        </g>
        <g class="marker-texts" clip-path="url(#tl-plot-wide)" aria-hidden="true">
          ${layout.events.map((m) => renderMarkerText(m, ctx))}
        </g>
        <g class="markers" clip-path="url(#tl-plot-wide)">${layout.events.map((m) => renderMarker(m, ctx))}</g>
        ${renderGutter(layout)}
      </svg>
    </div>
    <ul class="legend" part="legend" aria-label="Key">
      <li><span class="swatch swatch-counting"></span>Clock counting</li>
      <li><span class="swatch swatch-late"></span>Past the target</li>
      ${hasPause ? html`<li><span class="swatch swatch-paused"></span>Paused</li>` : nothing}
      ${hasBusiness ? html`<li><span class="swatch swatch-off-hours"></span>Outside business hours</li>` : nothing}
      <li><span class="swatch swatch-target"></span>Target due</li>
      ${layout.now ? html`<li><span class="swatch swatch-now"></span>Now</li>` : nothing}
    </ul>
  </div>`;
}
