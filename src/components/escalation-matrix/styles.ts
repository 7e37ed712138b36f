import { css } from 'lit';

/** Styles of `<escalation-matrix>` (on top of the shared `baseStyles`). Colours only through custom properties. */
export const matrixStyles = css`
  :host {
    --_cell-min: var(--sop-matrix-cell-min-width, 9.5rem);
    --_radius: var(--sop-matrix-radius, 8px);
    --_header-bg: var(--sop-matrix-header-background, var(--_surface));
    --_tone: var(--_muted);
    container: escalation-matrix / inline-size;
  }
  .tone-critical {
    --_tone: var(--_tone-critical);
  }
  .tone-high {
    --_tone: var(--_tone-high);
  }
  .tone-medium {
    --_tone: var(--_tone-medium);
  }
  .tone-low {
    --_tone: var(--_tone-low);
  }
  .tone-info {
    --_tone: var(--_tone-info);
  }
  .icon {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .notice {
    margin: 0 0 8px;
    padding: 8px 12px;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_warning);
    border-radius: 6px;
    background: var(--_surface);
    color: var(--_fg);
    text-align: start;
  }
  .loading-note {
    margin: 0 0 8px;
    color: var(--_muted);
  }

  /* The escalation table. */
  .scroller {
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  table {
    border-collapse: separate;
    border-spacing: 0;
  }
  .matrix {
    inline-size: 100%;
  }
  caption {
    caption-side: top;
    padding: 12px 14px 10px;
    text-align: start;
    font-size: 1.15em;
    font-weight: 650;
  }
  .matrix th,
  .matrix td {
    padding: 10px 12px;
    text-align: start;
    vertical-align: top;
    border-block-start: 1px solid var(--_border);
    border-inline-start: 1px solid var(--_border);
  }
  .matrix tr > :first-child {
    border-inline-start: 0;
  }
  .matrix thead th,
  .matrix thead td {
    background: var(--_header-bg);
  }
  .role-row th {
    font-weight: 650;
    vertical-align: bottom;
  }
  .role-head {
    min-inline-size: var(--_cell-min);
  }
  .role-name {
    display: block;
  }
  .tier {
    display: inline-block;
    margin-block-start: 2px;
    padding: 0 6px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_muted);
    font-size: 0.78em;
    font-weight: 600;
  }
  .contacts-row > * {
    padding-block: 6px 8px;
    font-size: 0.9em;
  }
  .contacts-head {
    color: var(--_muted);
    font-weight: 600;
  }
  .corner,
  .contacts-head,
  .priority-head {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    min-inline-size: 9rem;
    max-inline-size: 14rem;
  }
  .priority-head {
    background: var(--_bg);
    box-shadow: inset 5px 0 0 var(--_tone);
    padding-inline-start: 16px;
  }
  .priority-head:dir(rtl) {
    box-shadow: inset -5px 0 0 var(--_tone);
  }
  .swatch {
    display: inline-block;
    inline-size: 0.75em;
    block-size: 0.75em;
    margin-inline-end: 6px;
    border-radius: 50%;
    background: var(--_tone);
    border: 1px solid transparent;
  }
  .priority-name {
    font-weight: 700;
  }
  .description {
    display: block;
    margin-block-start: 2px;
    color: var(--_muted);
    font-size: 0.82em;
    font-weight: 400;
  }
  .targets {
    min-inline-size: 10rem;
    font-size: 0.88em;
  }
  .target-list {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 8px;
    margin: 0;
  }
  .target-list div {
    display: contents;
  }
  .target-list dt {
    color: var(--_muted);
  }
  .target-list dd {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 10px;
    margin: 4px 0 0;
    color: var(--_muted);
  }
  .strip {
    display: block;
    min-inline-size: 8rem;
    margin-block-start: 6px;
    overflow: visible;
  }
  .strip:dir(rtl) {
    transform: scaleX(-1);
  }
  .strip-base {
    stroke: var(--_border);
    stroke-width: 2;
  }
  .strip-progress {
    stroke: var(--_tone);
    stroke-width: 4;
    stroke-linecap: round;
  }
  .strip-response {
    stroke: var(--_fg);
    stroke-width: 1.5;
  }
  .strip-resolution {
    stroke: var(--_muted);
    stroke-width: 2;
    stroke-dasharray: 2 2;
  }
  .strip-mark {
    fill: var(--_bg);
    stroke: var(--_tone);
    stroke-width: 2;
  }
  .strip-mark.reached {
    fill: var(--_tone);
  }
  .strip-now {
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .progress {
    margin: 6px 0 0;
    font-weight: 600;
  }
  .flag {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    margin-block-start: 4px;
    color: var(--_warning);
    font-size: 0.85em;
    font-weight: 600;
  }

  /* Matrix cells. */
  .cell {
    min-inline-size: var(--_cell-min);
    cursor: pointer;
  }
  .cell:hover {
    background: color-mix(in srgb, var(--_accent) 6%, var(--_bg));
  }
  .cell:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .cell-role {
    display: none;
    font-weight: 600;
  }
  .none {
    color: var(--_muted);
  }
  .engagement + .engagement {
    margin-block-start: 8px;
    padding-block-start: 8px;
    border-block-start: 1px dashed var(--_border);
  }
  .when {
    display: inline-block;
    padding: 1px 8px;
    border: 1px solid transparent;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_tone) 14%, var(--_bg));
    font-weight: 650;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .condition {
    display: block;
    margin-block-start: 2px;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .channels {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin: 6px 0 0;
    padding: 0;
    list-style: none;
  }
  .channel {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 1px 6px;
    border: 1px solid var(--_border);
    border-radius: 4px;
    font-size: 0.82em;
    white-space: nowrap;
  }
  .note {
    margin: 6px 0 0;
    color: var(--_muted);
    font-size: 0.82em;
  }
  .badge {
    display: inline-block;
    margin-block-start: 8px;
    margin-inline-end: 4px;
    padding: 1px 7px;
    border: 1px solid var(--_tone);
    border-radius: 4px;
    font-size: 0.74em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .engaged-badge {
    background: var(--_tone);
    color: var(--_bg);
  }
  .next-badge {
    border-style: dashed;
  }
  .row.highlighted > * {
    background: color-mix(in srgb, var(--_tone) 7%, var(--_bg));
  }
  .row.highlighted > .priority-head {
    box-shadow: inset 9px 0 0 var(--_tone);
  }
  .row.highlighted > .priority-head:dir(rtl) {
    box-shadow: inset -9px 0 0 var(--_tone);
  }
  .matrix .cell.engaged {
    background: color-mix(in srgb, var(--_tone) 16%, var(--_bg));
    box-shadow: inset 0 3px 0 var(--_tone);
  }
  .matrix .cell.next {
    outline: 2px dashed var(--_tone);
    outline-offset: -5px;
  }
  .matrix .cell.next:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
`;
