import { css } from 'lit';

/** The priority grid, the stacked layout of narrow containers, print and forced colours. */
export const gridAndMediaStyles = css`
  .grid {
    inline-size: 100%;
    max-inline-size: 64rem;
    table-layout: fixed;
    border-spacing: 6px;
  }
  .grid caption {
    padding-inline: 6px;
  }
  .grid th {
    padding: 6px 8px;
    text-align: start;
    vertical-align: middle;
    font-weight: 650;
  }
  .grid thead th {
    vertical-align: top;
  }
  .grid .corner {
    inline-size: 26%;
    position: static;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .axis {
    display: block;
  }
  .arrow-down::after {
    content: '↓';
  }
  .arrow-across::after {
    content: '→';
  }
  .arrow-across:dir(rtl)::after {
    content: '←';
  }
  .grid-cell {
    position: relative;
    min-inline-size: 8rem;
    block-size: 4.25rem;
    padding: 8px;
    border: 2px solid var(--_tone);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_tone) 16%, var(--_bg));
    text-align: center;
    vertical-align: middle;
  }
  .grid-cell:hover {
    background: color-mix(in srgb, var(--_tone) 26%, var(--_bg));
  }
  .grid-cell.highlighted {
    background: var(--_tone);
    color: var(--_bg);
  }
  .grid-cell.empty {
    border-style: dashed;
    border-color: var(--_border);
    background: var(--_bg);
  }
  .grid-cell:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .tip {
    position: absolute;
    z-index: 2;
    inset-block-start: calc(100% + 6px);
    inset-inline-start: -1rem;
    inline-size: max-content;
    max-inline-size: 16rem;
    padding: 6px 10px;
    border: 1px solid transparent;
    border-radius: 6px;
    background: var(--_fg);
    color: var(--_bg);
    font-size: 0.85em;
    font-weight: 400;
    text-align: start;
    visibility: hidden;
    pointer-events: none;
  }
  .grid-cell:hover .tip,
  .grid-cell:focus .tip {
    visibility: visible;
  }
  .priority-legend {
    display: flex;
    flex-wrap: wrap;
    gap: 6px 18px;
    margin: 10px 6px 0;
    padding: 0;
    list-style: none;
    font-size: 0.88em;
  }
  .legend-entry {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 6px;
  }
  .legend-entry.highlighted .priority-name {
    text-decoration: underline 2px var(--_tone);
    text-underline-offset: 3px;
  }
  .legend-targets {
    color: var(--_muted);
  }

  /* A ticket sidebar (~320 px): one card per priority, every fact kept. */
  @container escalation-matrix (max-width: 36rem) {
    .scroller {
      overflow: visible;
      border: 0;
    }
    .matrix,
    .matrix caption,
    .matrix thead,
    .matrix tbody,
    .matrix tr,
    .matrix th,
    .matrix td {
      display: block;
      inline-size: auto;
      min-inline-size: 0;
      max-inline-size: none;
    }
    .matrix caption {
      padding: 0 0 8px;
    }
    .matrix th,
    .matrix td {
      position: static;
      border: 0;
      padding: 6px 10px;
    }
    .role-row,
    .targets-spacer {
      display: none !important;
    }
    .contacts-row,
    .matrix .row {
      margin-block-end: 12px;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      overflow: hidden;
    }
    .contacts-row .contacts-cell {
      display: grid;
      grid-template-columns: minmax(6rem, 40%) 1fr;
      gap: 2px 8px;
      border-block-start: 1px solid var(--_border);
    }
    .contacts-cell > :not(.cell-role) {
      grid-column: 2;
      justify-self: start;
    }
    .matrix .row {
      border-inline-start: 6px solid var(--_tone);
    }
    .matrix .priority-head,
    .row.highlighted > .priority-head {
      box-shadow: none;
      padding-block-start: 10px;
    }
    .matrix .cell {
      display: grid;
      grid-template-columns: minmax(6rem, 40%) 1fr;
      gap: 2px 8px;
      border-block-start: 1px solid var(--_border);
    }
    .cell > :not(.cell-role) {
      grid-column: 2;
    }
    .cell-role {
      display: block;
      grid-row: 1 / span 6;
    }
    .badge {
      justify-self: start;
    }
    .grid-cell {
      min-inline-size: 0;
    }
    .grid .description {
      display: none;
    }
    .tip {
      inset-inline-start: 0;
      max-inline-size: 12rem;
    }
  }

  @media print {
    :host {
      --_bg: #fff;
      --_fg: #000;
      --_muted: #000;
      --_border: #000;
      --_surface: #fff;
      --_accent: #000;
      --_warning: #000;
      --_tone-critical: #000;
      --_tone-high: #000;
      --_tone-medium: #000;
      --_tone-low: #000;
      --_tone-info: #000;
      color: #000;
      background: #fff;
    }
    :host {
      --_cell-min: 0;
      font-size: 9pt;
    }
    .scroller {
      overflow: visible;
      border: 0;
    }
    .matrix {
      border-collapse: collapse;
    }
    .matrix th,
    .matrix td {
      position: static;
      min-inline-size: 0;
      padding: 4px 5px;
      overflow-wrap: anywhere;
      hyphens: auto;
      border: 1px solid #000;
      background: #fff !important;
      box-shadow: none !important;
    }
    .when,
    .channel {
      white-space: normal;
    }
    .strip {
      min-inline-size: 0;
    }
    .matrix .row,
    .contacts-row {
      break-inside: avoid;
    }
    .cell,
    .grid-cell,
    .when,
    .engaged-badge,
    .grid-cell.highlighted {
      background: #fff !important;
      color: #000 !important;
    }
    .matrix .cell.next {
      outline: 0;
    }
    .contacts-toggle,
    .tip {
      display: none;
    }
    .contacts:not(.open) {
      display: block;
    }
    .grid-cell.highlighted {
      border-width: 4px;
    }
  }

  @media (forced-colors: active) {
    .matrix .cell.engaged {
      outline: 3px solid CanvasText;
      outline-offset: -4px;
    }
    .engaged-badge,
    .grid-cell.highlighted {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .swatch,
    .when {
      border-color: CanvasText;
    }
    .row.highlighted > .priority-head {
      outline: 3px solid Highlight;
      outline-offset: -3px;
    }
    .strip-mark.reached,
    .strip-progress {
      fill: CanvasText;
      stroke: CanvasText;
    }
  }
`;
