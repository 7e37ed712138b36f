import { css } from 'lit';

/** Styles of the chart: toolbar, SVG shapes and text, markers, legend. Colours only through custom properties. */
export const chartStyles = css`
  .chart-block {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    overflow: hidden;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 14px;
    padding: 8px 12px;
    border-block-end: 1px solid var(--_border);
    background: var(--_surface);
    font-size: 0.85em;
  }
  .hint,
  .offscreen {
    margin: 0;
    color: var(--_muted);
  }
  .offscreen {
    font-weight: 600;
  }
  .zoom-buttons {
    display: flex;
    gap: 4px;
    margin-inline-start: auto;
  }
  .zoom-buttons button {
    font: inherit;
    min-inline-size: 2.1em;
    padding: 3px 10px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_bg);
    color: var(--_fg);
    cursor: pointer;
  }
  .zoom-buttons button:hover {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .chart-scroll {
    overflow-x: auto;
  }
  svg.chart {
    display: block;
    /* Time runs left to right on every page, right-to-left ones included. */
    direction: ltr;
    font-family: var(--_font);
    cursor: grab;
    touch-action: pan-y pinch-zoom;
    -webkit-tap-highlight-color: transparent;
    user-select: none;
  }
  svg.chart:active {
    cursor: grabbing;
  }
  svg text {
    fill: var(--_fg);
  }
  .gutter-bg {
    fill: var(--_bg);
  }
  .lane-label {
    font-size: 11px;
    font-weight: 600;
    fill: var(--_muted);
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }
  .axis-line {
    stroke: var(--_border);
  }
  .tick-mark {
    stroke: var(--_muted);
  }
  .grid-line {
    stroke: var(--_border);
    stroke-opacity: 0.55;
    stroke-dasharray: 2 4;
  }
  .day-line {
    stroke: var(--_muted);
    stroke-opacity: 0.5;
  }
  .tick-label {
    font-size: 11px;
    fill: var(--_muted);
    text-anchor: middle;
    font-variant-numeric: tabular-nums;
  }
  .day-label {
    font-size: 11px;
    font-weight: 650;
  }
  .stripe-bg {
    fill: var(--_bg);
  }
  .stripe {
    stroke: var(--_off-hours);
    stroke-width: 2.5;
    stroke-opacity: 0.55;
  }
  .off-hours {
    opacity: 0.9;
  }
  .pause-band {
    fill: var(--_paused);
    fill-opacity: 0.14;
  }
  .pause-label {
    font-size: 11px;
    font-weight: 600;
    fill: var(--_muted);
  }
  .lane-track {
    fill: var(--_surface);
    stroke: var(--_border);
    stroke-opacity: 0.6;
    rx: 4px;
  }
  .bar {
    rx: 3px;
  }
  .bar-counting {
    fill: var(--_counting);
    fill-opacity: 0.85;
  }
  .bar-late {
    fill: var(--_late);
  }
  .bar-paused {
    fill: var(--_paused);
    fill-opacity: 0.7;
  }
  .bar-off-hours {
    fill: var(--_counting);
    fill-opacity: 0.35;
  }
  .elapsed-label {
    font-size: 11px;
    font-weight: 600;
    fill: var(--_fg);
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    font-variant-numeric: tabular-nums;
  }
  .due-mark {
    fill: var(--_target);
  }
  .target-line {
    stroke: var(--_target);
    stroke-width: 1.25;
    stroke-dasharray: 5 4;
    stroke-opacity: 0.75;
  }
  .target-label {
    font-size: 11px;
    font-weight: 600;
    fill: var(--_target);
  }
  .breach-dot {
    fill: var(--_late);
    stroke: var(--_bg);
    stroke-width: 2;
  }
  .breach-mark {
    stroke: var(--_bg);
    stroke-width: 2;
    stroke-linecap: round;
  }
  .breach-label {
    font-size: 11.5px;
    font-weight: 700;
    fill: var(--_late);
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
  }
  .now-line {
    stroke: var(--_now);
    stroke-width: 2;
  }
  .now-label {
    font-size: 11px;
    font-weight: 700;
    fill: var(--_now);
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
  }
  .stem {
    stroke: var(--_tone);
    stroke-opacity: 0.25;
  }
  .marker,
  .marker-text {
    cursor: pointer;
    outline: none;
  }
  .marker-text.is-selected .event-label {
    text-decoration: underline;
    text-decoration-thickness: 2px;
  }
  .hit {
    fill: transparent;
  }
  .glyph {
    fill: var(--_tone);
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  .glyph-mark {
    fill: none;
    stroke: var(--_bg);
    stroke-width: 1.8;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .focus-ring {
    fill: none;
    stroke: none;
  }
  .marker.is-selected .focus-ring {
    stroke: var(--_tone);
    stroke-width: 2;
  }
  .marker:focus-visible .focus-ring {
    stroke: var(--_focus);
    stroke-width: 2.5;
  }
  .marker:hover .glyph {
    stroke: var(--_fg);
  }
  .event-label {
    font-size: 12px;
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
  }
  .event-meta {
    font-size: 11px;
    fill: var(--_muted);
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    font-variant-numeric: tabular-nums;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    margin: 0;
    padding: 8px 12px;
    list-style: none;
    border-block-start: 1px solid var(--_border);
    font-size: 0.82em;
    color: var(--_muted);
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .swatch {
    display: inline-block;
    inline-size: 18px;
    block-size: 10px;
    border-radius: 2px;
    forced-color-adjust: none;
  }
  .swatch-counting {
    background: var(--_counting);
  }
  .swatch-late {
    background: var(--_late);
  }
  .swatch-paused {
    background: var(--_paused);
    opacity: 0.5;
  }
  .swatch-off-hours {
    border: 1px solid var(--_off-hours);
    background: repeating-linear-gradient(45deg, var(--_off-hours) 0 2px, transparent 2px 5px);
  }
  .swatch-target {
    block-size: 0;
    border-block-start: 2px dashed var(--_target);
  }
  .swatch-now {
    block-size: 0;
    border-block-start: 2px solid var(--_now);
  }
  @media (forced-colors: active) {
    .glyph {
      fill: CanvasText;
      stroke: Canvas;
    }
    .glyph-mark,
    .breach-mark {
      stroke: Canvas;
    }
    .marker:focus-visible .focus-ring {
      stroke: Highlight;
    }
    .marker.is-selected .focus-ring {
      stroke: Highlight;
    }
  }
`;
