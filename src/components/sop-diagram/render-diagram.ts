import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { BandGeometry, FlowGeometry, FlowLayout, StepGeometry, TextBlock } from '../../layout/flow-types.js';
import type { LensResult } from '../../model/lens.js';
import { renderClock, renderMarker } from './icons.js';

/** What the drawing shows besides the geometry: lens, selection, hover/focus, and where Tab lands. */
export interface DiagramView {
  layout: FlowLayout;
  /** Steps and flows that apply under the lens; `undefined` when there is no lens. */
  lens: LensResult | undefined;
  selected: string | undefined;
  active: string | undefined;
  tabStop: string | undefined;
  /** Accessible name of each step (label, type, owner, SLA). */
  names: Map<string, string>;
  /** Layers drawn besides bands and steps: 1 adds the flows, 2 the badges and flow labels (large drawings grow). */
  layers: number;
}

const parts = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

/** A text block: one line is the `<text>` itself, more lines are a `<tspan>` each. */
export function renderText(block: TextBlock, className: string): SVGTemplateResult {
  const last = block.lines.length - 1;
  if (last === 0) {
    return svg`<text class=${className} x=${block.x} y=${block.y} text-anchor=${block.anchor}>${block.lines[0]}</text>`;
  }
  return svg`<text class=${className} x=${block.x} y=${block.y} text-anchor=${block.anchor}>${block.lines.map(
    (line, i) => svg`<tspan x=${block.x} dy=${i === 0 ? 0 : block.lineHeight}>${i < last ? `${line} ` : line}</tspan>`,
  )}</text>`;
}

function renderLane(lane: BandGeometry): SVGTemplateResult {
  return svg`<g part="lane" class="lane" data-id=${lane.id}>
    <rect class="lane-band ${lane.index % 2 ? 'alt' : ''}" x=${lane.x} y=${lane.y} width=${lane.width} height=${lane.height} />
    <rect class="lane-header" x=${lane.header.x} y=${lane.header.y} width=${lane.header.width} height=${lane.header.height} />
    ${renderText(lane.header.label, 'header-text lane-header-text')}
    ${lane.header.label.truncated ? svg`<title>${lane.name}</title>` : nothing}
  </g>`;
}

function renderPhase(phase: BandGeometry): SVGTemplateResult {
  return svg`<g part="phase" class="phase" data-id=${phase.id}>
    <rect class="phase-band" x=${phase.x} y=${phase.y} width=${phase.width} height=${phase.height} />
    <rect class="phase-header" x=${phase.header.x} y=${phase.header.y} width=${phase.header.width} height=${phase.header.height} />
    ${renderText(phase.header.label, 'header-text phase-header-text')}
    ${phase.header.label.truncated ? svg`<title>${phase.name}</title>` : nothing}
  </g>`;
}

function renderStep(step: StepGeometry, view: DiagramView): SVGTemplateResult {
  const dimmed = view.lens !== undefined && !view.lens.steps.has(step.id);
  const selected = view.selected === step.id;
  return svg`<g
    class="step ${selected ? 'selected' : ''} ${view.active === step.id ? 'active' : ''}"
    part=${parts('step', dimmed && 'dimmed', selected && 'selected')}
    data-id=${step.id}
    data-type=${step.type}
    role="button"
    tabindex=${view.tabStop === step.id ? 0 : -1}
    aria-label=${view.names.get(step.id) ?? step.label.text}
    aria-current=${selected ? 'true' : nothing}
  >
    <title>${step.label.text}</title>
    ${view.tabStop === step.id ? svg`<path class="focus-ring" data-ring d=${step.outline} />` : nothing}
    <path class="shape type-${step.type}" d=${step.outline} />
    ${step.decoration ? svg`<path class="decoration type-${step.type}" d=${step.decoration} />` : nothing}
    ${step.icon ? renderMarker(step.icon.kind, step.icon.x, step.icon.y) : nothing}
    ${renderText(step.label, 'step-text')}
  </g>`;
}

/** SLA badges are drawn in a layer of their own, so that a step's visible text is exactly its label. */
function renderBadge(step: StepGeometry, view: DiagramView): SVGTemplateResult | typeof nothing {
  const badge = step.badge;
  if (!badge) return nothing;
  const dimmed = view.lens !== undefined && !view.lens.steps.has(step.id);
  return svg`<g class="badge ${dimmed ? 'dimmed' : ''}" data-for=${step.id}>
    <rect class="badge-box" x=${badge.x} y=${badge.y} width=${badge.width} height=${badge.height} rx=${badge.height / 2} />
    ${renderClock(badge.x + 6, badge.y + (badge.height - 10) / 2)}
    ${renderText(badge.label, 'badge-text')}
  </g>`;
}

function isRelated(flow: FlowGeometry, view: DiagramView): boolean {
  const focus = view.active ?? view.selected;
  return focus !== undefined && (flow.from === focus || flow.to === focus);
}

function renderFlow(flow: FlowGeometry, view: DiagramView): SVGTemplateResult {
  const dimmed = view.lens !== undefined && !view.lens.flows.has(flow.id);
  return svg`<g
    class="flow kind-${flow.kind} ${isRelated(flow, view) ? 'related' : ''} ${flow.backward ? 'backward' : ''}"
    part=${parts('flow', dimmed && 'dimmed')}
    data-id=${flow.id}
    data-from=${flow.from}
    data-to=${flow.to}
    data-kind=${flow.kind}
  >
    <path class="flow-line" d=${flow.d} />
    <path class="flow-arrow" d=${flow.arrow} />
  </g>`;
}

function renderFlowLabel(flow: FlowGeometry, view: DiagramView): SVGTemplateResult | typeof nothing {
  const label = flow.label;
  if (!label) return nothing;
  const dimmed = view.lens !== undefined && !view.lens.flows.has(flow.id);
  return svg`<g class="flow-label ${isRelated(flow, view) ? 'related' : ''}" part=${parts('flow-label', dimmed && 'dimmed')} data-for=${flow.id}>
    <rect class="flow-label-box" x=${label.x} y=${label.y} width=${label.width} height=${label.height} rx="4" />
    ${renderText(label.label, 'flow-label-text')}
    ${label.label.truncated ? svg`<title>${label.label.text}</title>` : nothing}
  </g>`;
}

/** The whole drawing (inside the zoomed group): bands, steps, flows, then flow labels on top. */
export function renderScene(view: DiagramView): SVGTemplateResult {
  const { layout, layers } = view;
  const { steps } = layout;
  const flows = layers >= 1 ? layout.flows : [];
  return svg`
    <g class="bands">
      ${layout.lanes.map(renderLane)}
      ${layout.phases.map(renderPhase)}
      ${
        layout.lanes.length && layout.phases.length
          ? svg`<rect class="lane-header corner" x="0" y="0" width=${layout.body.x} height=${layout.body.y} />`
          : nothing
      }
    </g>
    <g class="steps">${steps.map((s) => renderStep(s, view))}</g>
    <g class="badges" aria-hidden="true">${layers >= 2 ? steps.map((s) => renderBadge(s, view)) : nothing}</g>
    <g class="flows">${flows.map((f) => renderFlow(f, view))}</g>
    <g class="flow-labels">${layers >= 2 ? flows.map((f) => renderFlowLabel(f, view)) : nothing}</g>
  `;
}
