import { css } from 'lit';

/**
 * The drawing: every colour, stroke and font from a `--sop-…` custom property with a literal or token fallback.
 * Tints are mixed from the base tokens, so light, dark and forced-colours modes need no JavaScript.
 */
export const diagramStyles = css`
  :host {
    --_lane-fill: var(--sop-lane-fill, var(--_bg));
    --_lane-fill-alt: var(--sop-lane-fill-alt, var(--_surface));
    --_lane-header-fill: var(--sop-lane-header-fill, color-mix(in srgb, var(--_fg) 7%, var(--_bg)));
    --_lane-header-text: var(--sop-lane-header-text, var(--_fg));
    --_phase-header-fill: var(--sop-phase-header-fill, color-mix(in srgb, var(--_accent) 11%, var(--_bg)));
    --_phase-header-text: var(--sop-phase-header-text, var(--_fg));
    --_grid-stroke: var(--sop-grid-stroke, var(--_border));
    --_phase-stroke: var(--sop-phase-stroke, color-mix(in srgb, var(--_fg) 35%, var(--_bg)));
    --_step-fill: var(--sop-step-fill, var(--_bg));
    --_step-stroke: var(--sop-step-stroke, color-mix(in srgb, var(--_fg) 72%, var(--_bg)));
    --_step-text: var(--sop-step-text, var(--_fg));
    --_start-fill: var(--sop-start-fill, color-mix(in srgb, var(--_tone-low) 16%, var(--_bg)));
    --_start-stroke: var(--sop-start-stroke, var(--_tone-low));
    --_end-fill: var(--sop-end-fill, color-mix(in srgb, var(--_fg) 9%, var(--_bg)));
    --_end-stroke: var(--sop-end-stroke, var(--_fg));
    --_decision-fill: var(--sop-decision-fill, color-mix(in srgb, var(--_tone-medium) 14%, var(--_bg)));
    --_decision-stroke: var(--sop-decision-stroke, var(--_tone-medium));
    --_escalation-fill: var(--sop-escalation-fill, color-mix(in srgb, var(--_tone-high) 12%, var(--_bg)));
    --_escalation-stroke: var(--sop-escalation-stroke, var(--_tone-high));
    --_communication-fill: var(--sop-communication-fill, color-mix(in srgb, var(--_tone-info) 11%, var(--_bg)));
    --_communication-stroke: var(--sop-communication-stroke, var(--_tone-info));
    --_wait-fill: var(--sop-wait-fill, var(--_surface));
    --_wait-stroke: var(--sop-wait-stroke, var(--_muted));
    --_subprocess-fill: var(--sop-subprocess-fill, color-mix(in srgb, var(--_accent) 7%, var(--_bg)));
    --_subprocess-stroke: var(--sop-subprocess-stroke, var(--_step-stroke));
    --_flow-stroke: var(--sop-flow-stroke, color-mix(in srgb, var(--_fg) 62%, var(--_bg)));
    --_flow-escalation: var(--sop-flow-escalation-stroke, var(--_tone-high));
    --_flow-communication: var(--sop-flow-communication-stroke, var(--_tone-info));
    --_flow-loop: var(--sop-flow-loop-stroke, var(--_tone-medium));
    --_flow-active: var(--sop-flow-active-stroke, var(--_accent));
    --_label-fill: var(--sop-flow-label-fill, var(--_bg));
    --_label-text: var(--sop-flow-label-text, var(--_fg));
    --_badge-fill: var(--sop-badge-fill, color-mix(in srgb, var(--_tone-medium) 18%, var(--_bg)));
    --_badge-stroke: var(--sop-badge-stroke, var(--_tone-medium));
    --_badge-text: var(--sop-badge-text, var(--_fg));
    --_selected: var(--sop-selected-color, var(--_accent));
    --_dimmed-opacity: var(--sop-dimmed-opacity, 0.22);
  }
  @media (forced-colors: active) {
    :host {
      --_lane-fill: Canvas;
      --_lane-fill-alt: Canvas;
      --_lane-header-fill: Canvas;
      --_lane-header-text: CanvasText;
      --_phase-header-fill: Canvas;
      --_phase-header-text: CanvasText;
      --_grid-stroke: CanvasText;
      --_phase-stroke: CanvasText;
      --_step-fill: Canvas;
      --_step-stroke: CanvasText;
      --_step-text: CanvasText;
      --_start-fill: Canvas;
      --_start-stroke: CanvasText;
      --_end-fill: Canvas;
      --_end-stroke: CanvasText;
      --_decision-fill: Canvas;
      --_decision-stroke: CanvasText;
      --_escalation-fill: Canvas;
      --_escalation-stroke: CanvasText;
      --_communication-fill: Canvas;
      --_communication-stroke: CanvasText;
      --_wait-fill: Canvas;
      --_wait-stroke: CanvasText;
      --_subprocess-fill: Canvas;
      --_subprocess-stroke: CanvasText;
      --_flow-stroke: CanvasText;
      --_flow-escalation: CanvasText;
      --_flow-communication: CanvasText;
      --_flow-loop: CanvasText;
      --_flow-active: Highlight;
      --_label-fill: Canvas;
      --_label-text: CanvasText;
      --_badge-fill: Canvas;
      --_badge-stroke: CanvasText;
      --_badge-text: CanvasText;
      --_selected: Highlight;
      --_dimmed-opacity: 0.45;
    }
  }

  .viewport {
    position: relative;
    block-size: var(--sop-diagram-height, 560px);
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_bg);
    cursor: grab;
    touch-action: none;
  }
  .viewport:active {
    cursor: grabbing;
  }
  svg.diagram {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    user-select: none;
    font-family: var(--_font);
  }
  .stale {
    opacity: 0.45;
    pointer-events: none;
  }

  .lane-band {
    fill: var(--_lane-fill);
    stroke: var(--_grid-stroke);
    stroke-width: 1;
  }
  .lane-band.alt {
    fill: var(--_lane-fill-alt);
  }
  .lane-header {
    fill: var(--_lane-header-fill);
    stroke: var(--_grid-stroke);
    stroke-width: 1;
  }
  .lane-header-text {
    fill: var(--_lane-header-text);
  }
  .phase-band {
    fill: none;
    stroke: var(--_phase-stroke);
    stroke-width: 1;
    stroke-dasharray: 5 4;
  }
  .phase-header {
    fill: var(--_phase-header-fill);
    stroke: var(--_grid-stroke);
    stroke-width: 1;
  }
  .phase-header-text {
    fill: var(--_phase-header-text);
  }
  .header-text {
    font-size: 13px;
    font-weight: 600;
  }

  .step {
    cursor: pointer;
    outline: none;
  }
  .shape {
    fill: var(--_step-fill);
    stroke: var(--_step-stroke);
    stroke-width: 1.5;
    stroke-linejoin: round;
    transition: opacity 120ms;
  }
  .type-start {
    fill: var(--_start-fill);
    stroke: var(--_start-stroke);
    stroke-width: 2;
  }
  .type-end {
    fill: var(--_end-fill);
    stroke: var(--_end-stroke);
    stroke-width: 2;
  }
  .type-decision {
    fill: var(--_decision-fill);
    stroke: var(--_decision-stroke);
  }
  .type-escalation {
    fill: var(--_escalation-fill);
    stroke: var(--_escalation-stroke);
  }
  .type-communication {
    fill: var(--_communication-fill);
    stroke: var(--_communication-stroke);
  }
  .type-wait {
    fill: var(--_wait-fill);
    stroke: var(--_wait-stroke);
    stroke-dasharray: 6 3;
  }
  .type-subprocess {
    fill: var(--_subprocess-fill);
    stroke: var(--_subprocess-stroke);
  }
  .decoration {
    fill: none;
    stroke: var(--_step-stroke);
    stroke-width: 1.25;
  }
  .decoration.type-end {
    stroke: var(--_end-stroke);
  }
  .focus-ring {
    fill: none;
    stroke: transparent;
    stroke-width: 7;
    stroke-linejoin: round;
  }
  .step:focus-visible .focus-ring {
    stroke: var(--_focus);
  }
  .step:hover .shape,
  .step.active .shape {
    stroke-width: 2.5;
  }
  .step.selected .shape {
    stroke: var(--_selected);
    stroke-width: 3;
  }
  .step-text {
    fill: var(--_step-text);
    font-size: 13px;
    font-weight: 500;
  }
  .icon-stroke {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .marker {
    color: var(--_step-stroke);
  }
  .marker-escalation {
    color: var(--_escalation-stroke);
  }
  .marker-communication {
    color: var(--_communication-stroke);
  }
  .marker-wait {
    color: var(--_wait-stroke);
  }
  .badge-box {
    fill: var(--_badge-fill);
    stroke: var(--_badge-stroke);
    stroke-width: 1;
  }
  .badge-text {
    fill: var(--_badge-text);
    font-size: 11px;
    font-weight: 600;
  }
  .clock {
    color: var(--_badge-text);
  }
  .clock.icon-stroke {
    stroke-width: 1.2;
  }

  .flow-line {
    fill: none;
    stroke: var(--_flow-stroke);
    stroke-width: 1.5;
  }
  .flow-arrow {
    fill: var(--_flow-stroke);
    stroke: var(--_flow-stroke);
    stroke-width: 1;
    stroke-linejoin: miter;
  }
  .flow.kind-escalation .flow-line {
    stroke: var(--_flow-escalation);
    stroke-width: 2;
  }
  .flow.kind-escalation .flow-arrow {
    fill: var(--_flow-escalation);
    stroke: var(--_flow-escalation);
  }
  .flow.kind-communication .flow-line {
    stroke: var(--_flow-communication);
    stroke-dasharray: 7 4;
  }
  .flow.kind-communication .flow-arrow {
    fill: var(--_flow-communication);
    stroke: var(--_flow-communication);
  }
  .flow.kind-loop .flow-line {
    stroke: var(--_flow-loop);
    stroke-dasharray: 2 3;
    stroke-width: 1.75;
  }
  .flow.kind-loop .flow-arrow {
    fill: var(--_flow-loop);
    stroke: var(--_flow-loop);
  }
  .flow.related .flow-line {
    stroke: var(--_flow-active);
    stroke-width: 2.75;
  }
  .flow.related .flow-arrow {
    fill: var(--_flow-active);
    stroke: var(--_flow-active);
  }
  .flow-label-box {
    fill: var(--_label-fill);
    stroke: var(--_grid-stroke);
    stroke-width: 1;
  }
  .flow-label.related .flow-label-box {
    stroke: var(--_flow-active);
  }
  .flow-label-text {
    fill: var(--_label-text);
    font-size: 12px;
  }
  .dimmed,
  [part~='dimmed'] {
    opacity: var(--_dimmed-opacity);
  }
`;
