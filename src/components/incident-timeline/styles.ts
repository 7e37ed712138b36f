import { css } from 'lit';

/**
 * Styles of `<incident-timeline>` outside the chart: tokens, header, summary cards, detail panel, event list.
 * Every colour is a custom property with a fallback; logical properties throughout.
 */
export const timelineStyles = css`
  :host {
    --_counting: var(--sop-timeline-counting-color, var(--_accent));
    --_late: var(--sop-timeline-late-color, var(--_tone-critical));
    --_paused: var(--sop-timeline-paused-color, var(--_muted));
    --_off-hours: var(--sop-timeline-off-hours-color, var(--_border));
    --_target: var(--sop-timeline-target-color, var(--_fg));
    --_now: var(--sop-timeline-now-color, var(--_tone-high));
    --_comms: var(--sop-timeline-comms-color, #8250df);
    --_radius: var(--sop-timeline-radius, 8px);
    --_tone: var(--_muted);
    container-type: inline-size;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_comms: var(--sop-timeline-comms-color, #ab7df8);
    }
  }
  @media (forced-colors: active) {
    :host {
      --_counting: Highlight;
      --_late: CanvasText;
      --_paused: GrayText;
      --_off-hours: GrayText;
      --_target: CanvasText;
      --_now: Highlight;
      --_comms: CanvasText;
    }
  }
  .tone-alert {
    --_tone: var(--_tone-critical);
  }
  .tone-response {
    --_tone: var(--_accent);
  }
  .tone-escalation {
    --_tone: var(--_tone-high);
  }
  .tone-comms {
    --_tone: var(--_comms);
  }
  .tone-hold,
  .tone-review,
  .tone-note {
    --_tone: var(--_muted);
  }
  .tone-mitigation {
    --_tone: var(--_tone-medium);
  }
  .tone-resolution {
    --_tone: var(--_tone-low);
  }
  .frame {
    display: flex;
    flex-direction: column;
    gap: 14px;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: 14px;
    min-inline-size: 0;
  }
  .header {
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .header-tags {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  .incident-id {
    font-family: var(--_mono);
    font-size: 0.9em;
    color: var(--_muted);
  }
  .badge {
    display: inline-block;
    padding: 1px 9px;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.8em;
    font-weight: 600;
    line-height: 1.5;
  }
  .priority {
    color: var(--_tone);
  }
  .priority.tone-critical {
    --_tone: var(--_tone-critical);
  }
  .priority.tone-high {
    --_tone: var(--_tone-high);
  }
  .priority.tone-medium {
    --_tone: var(--_tone-medium);
  }
  .priority.tone-low {
    --_tone: var(--_tone-low);
  }
  .priority.tone-info {
    --_tone: var(--_tone-info);
  }
  .status {
    color: var(--_muted);
  }
  .status-open,
  .status-reopened {
    color: var(--_now);
  }
  .status-resolved,
  .status-closed {
    color: var(--_tone-low);
  }
  .title {
    margin: 0;
    font-size: 1.3em;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .context {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .summary {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(190px, 1fr));
    gap: 10px;
  }
  .card {
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_border);
    border-radius: var(--_radius);
    padding: 10px 14px;
    background: var(--_surface);
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .card-title {
    margin: 0;
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .card-value {
    margin: 0;
    font-size: 1.45em;
    font-weight: 650;
    font-variant-numeric: tabular-nums;
  }
  .live {
    font-size: 0.55em;
    font-weight: 500;
    color: var(--_muted);
  }
  .card-target,
  .card-status {
    margin: 0;
    font-size: 0.88em;
    color: var(--_muted);
  }
  .card-status {
    font-weight: 600;
  }
  .card-met {
    border-inline-start-color: var(--_tone-low);
  }
  .card-met .card-status {
    color: var(--_tone-low);
  }
  .card-breached {
    border-inline-start-color: var(--_late);
  }
  .card-breached .card-status {
    color: var(--_late);
  }
  .card-running {
    border-inline-start-color: var(--_now);
  }
  .card-running .card-status {
    color: var(--_now);
  }
  .warnings {
    border: 1px solid var(--_warning);
    border-radius: var(--_radius);
    padding: 6px 12px;
    font-size: 0.9em;
  }
  .warnings summary {
    cursor: pointer;
    color: var(--_warning);
    font-weight: 600;
  }
  .warnings ul {
    margin: 6px 0 0;
    padding-inline-start: 1.2em;
  }
  .path {
    font-family: var(--_mono);
    font-size: 0.9em;
    color: var(--_muted);
  }
  .detail {
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_tone);
    border-radius: var(--_radius);
    padding: 10px 14px;
    background: var(--_surface);
  }
  .detail.empty {
    border-inline-start-color: var(--_border);
    color: var(--_muted);
    font-size: 0.9em;
  }
  .detail p {
    margin: 0;
  }
  .detail-head {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    align-items: baseline;
  }
  .type-name {
    font-weight: 650;
    color: var(--_tone);
  }
  .offset {
    font-family: var(--_mono);
    font-size: 0.85em;
    color: var(--_muted);
  }
  .detail .detail-label {
    font-weight: 600;
    margin-block: 4px;
  }
  .detail-facts {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 20px;
    margin: 0;
    font-size: 0.9em;
  }
  .detail-facts div {
    display: flex;
    gap: 6px;
  }
  .detail-facts dt {
    color: var(--_muted);
  }
  .detail-facts dd {
    margin: 0;
  }
  .detail .detail-note,
  .item-note {
    margin-block: 4px 0;
    font-size: 0.9em;
    color: var(--_muted);
    font-style: italic;
  }
  .events-title {
    margin: 0 0 6px;
    font-size: 1em;
  }
  .event-list {
    list-style: none;
    margin: 0;
    padding: 0;
    border-inline-start: 2px solid var(--_border);
    margin-inline-start: 8px;
  }
  .event-item {
    position: relative;
    display: flex;
    gap: 10px;
    padding-block: 5px;
    margin-inline-start: -10px;
  }
  .item-glyph {
    flex: none;
    margin-block-start: 3px;
    overflow: visible;
  }
  .item-body {
    min-inline-size: 0;
    flex: 1;
  }
  .item-button {
    all: unset;
    box-sizing: border-box;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 2px 10px;
    inline-size: 100%;
    padding: 2px 6px;
    border-inline-start: 3px solid transparent;
    border-radius: 6px;
    cursor: pointer;
  }
  .item-button:hover {
    background: var(--_surface);
  }
  .item-button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .is-selected > .item-body > .item-button {
    background: var(--_surface);
    border-inline-start-color: var(--_tone);
  }
  .item-button time {
    font-variant-numeric: tabular-nums;
    font-size: 0.9em;
    color: var(--_muted);
    min-inline-size: 9.5em;
  }
  .item-label {
    flex-basis: 100%;
    overflow-wrap: anywhere;
  }
  .item-meta {
    margin: 0;
    padding-inline: 9px 6px;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .item-meta .step {
    font-style: normal;
  }
  .item-note {
    padding-inline: 9px 6px;
  }
  .narrow .item-button time {
    min-inline-size: 0;
  }
  @media (forced-colors: active) {
    .is-selected > .item-body > .item-button {
      outline: 2px solid Highlight;
    }
  }
`;
