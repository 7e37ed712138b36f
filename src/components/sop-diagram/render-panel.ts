import { html, nothing, type TemplateResult } from 'lit';
import type { FlowLayout } from '../../layout/flow-types.js';
import { formatDuration } from '../../model/duration.js';
import type { LensResult } from '../../model/lens.js';
import type { SopModel, StepModel } from '../../model/normalize.js';
import { FLOW_KINDS, STEP_TYPES } from '../../model/types.js';
import { isSafeHref } from '../../model/validate-sop.js';
import { flowCondition, flowOrder, nextSentences, sentence, STEP_TYPE_NAMES } from './describe.js';
import { renderClock, renderLegendFlow, renderLegendShape } from './icons.js';

const FLOW_KIND_NAMES = {
  normal: 'Flow',
  escalation: 'Escalation',
  communication: 'Communication',
  loop: 'Loop back',
} as const;

function roleName(model: SopModel, id: string): string {
  return model.roleById.get(id)?.name ?? id;
}

function entry(term: string, value: unknown): TemplateResult | typeof nothing {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return nothing;
  return html`<div class="entry">
    <dt>${term}</dt>
    <dd>${value}</dd>
  </div>`;
}

/** The panel with everything about the selected step. Links open only for https:, http: and mailto:. */
export function renderDetail(
  model: SopModel,
  step: StepModel,
  onSelect: (id: string) => void,
  onClose: () => void,
): TemplateResult {
  const raci = step.raci;
  const applies = [
    ...(step.priorities ?? []).map((p) => model.priorityById.get(p)?.name ?? p),
    ...(step.categories ?? []).map((c) => model.categoryById.get(c)?.name ?? c),
  ];
  return html`<aside class="detail" part="detail" aria-labelledby="detail-title">
    <header class="detail-header">
      <h2 id="detail-title" class="detail-title" part="detail-title">${step.label}</h2>
      <button
        class="icon-button"
        part="button close"
        type="button"
        aria-label="Close the step details"
        @click=${onClose}
      >
        ✕
      </button>
    </header>
    <dl class="facts">
      ${entry('Type', STEP_TYPE_NAMES[step.type])} ${entry('Owner', step.role ? roleName(model, step.role) : undefined)}
      ${entry('Phase', model.phases[step.phaseIndex]?.name)}
      ${entry('SLA', step.sla ? formatDuration(step.sla) : undefined)} ${entry('Applies to', applies.join(', '))}
      ${entry('Responsible', raci?.responsible ? roleName(model, raci.responsible) : undefined)}
      ${entry('Accountable', raci?.accountable ? roleName(model, raci.accountable) : undefined)}
      ${entry('Consulted', (raci?.consulted ?? []).map((r) => roleName(model, r)).join(', '))}
      ${entry('Informed', (raci?.informed ?? []).map((r) => roleName(model, r)).join(', '))}
      ${entry('Opens procedure', step.subprocess)}
    </dl>
    ${step.description ? html`<p class="description">${step.description}</p>` : nothing}
    ${
      step.checklist?.length
        ? html`<h3>Checklist</h3>
            <ul class="checklist">
              ${step.checklist.map((item) => html`<li>${item}</li>`)}
            </ul>`
        : nothing
    }
    ${
      step.links?.length
        ? html`<h3>Links</h3>
            <ul class="links">
              ${step.links.map((link) =>
                isSafeHref(link.href)
                  ? html`<li>
                      <a part="link" href=${link.href} target="_blank" rel="noopener noreferrer">${link.label}</a>
                    </li>`
                  : html`<li>
                      <span class="unsafe-link" part="unsafe-link"
                        >${link.label} (${link.href}: not opened, only https:, http: and mailto: links are)</span
                      >
                    </li>`,
              )}
            </ul>`
        : nothing
    }
    ${
      (model.outgoing.get(step.id) ?? []).length
        ? html`<h3>Next</h3>
            <ul class="next">
              ${(model.outgoing.get(step.id) ?? []).map((f) => {
                const condition = flowCondition(model, f);
                const when = [f.label, condition && `(${condition})`].filter(Boolean).join(' ');
                return html`<li>
                  ${when ? html`<span class="when">${when}:</span>` : nothing}
                  <button class="link-button" part="button next" type="button" @click=${() => onSelect(f.to)}>
                    ${model.stepById.get(f.to)?.label ?? f.to}
                  </button>
                </li>`;
              })}
            </ul>`
        : nothing
    }
  </aside>`;
}

export interface ToolbarActions {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  downloadSvg(): void;
  downloadPng(): void;
}

/** Zoom buttons and the downloads. */
export function renderToolbar(title: string, actions: ToolbarActions, disabled: boolean): TemplateResult {
  return html`<div class="toolbar" part="toolbar" role="toolbar" aria-label="Diagram tools">
    <span class="title" part="title">${title}</span>
    <span class="tools">
      <button
        part="button zoom-out"
        type="button"
        aria-label="Zoom out"
        title="Zoom out"
        ?disabled=${disabled}
        @click=${actions.zoomOut}
      >
        −
      </button>
      <button
        part="button zoom-in"
        type="button"
        aria-label="Zoom in"
        title="Zoom in"
        ?disabled=${disabled}
        @click=${actions.zoomIn}
      >
        +
      </button>
      <button
        part="button fit"
        type="button"
        title="Show the whole diagram"
        ?disabled=${disabled}
        @click=${actions.fit}
      >
        Fit
      </button>
      <button
        part="button download-svg"
        type="button"
        title="Download as SVG"
        ?disabled=${disabled}
        @click=${actions.downloadSvg}
      >
        SVG
      </button>
      <button
        part="button download-png"
        type="button"
        title="Download as PNG"
        ?disabled=${disabled}
        @click=${actions.downloadPng}
      >
        PNG
      </button>
    </span>
  </div>`;
}

/** The key: the step shapes and flow styles the document uses. */
export function renderLegend(model: SopModel): TemplateResult {
  const types = STEP_TYPES.filter((t) => model.steps.some((s) => s.type === t));
  const kinds = FLOW_KINDS.filter((k) => model.flows.some((f) => f.kind === k));
  const badge = model.steps.some((s) => s.sla);
  return html`<ul class="legend" part="legend" aria-label="Legend">
    ${types.map((t) => html`<li>${renderLegendShape(t)}<span>${STEP_TYPE_NAMES[t]}</span></li>`)}
    ${kinds.map((k) => html`<li>${renderLegendFlow(k)}<span>${FLOW_KIND_NAMES[k]}</span></li>`)}
    ${
      badge
        ? html`<li>
            <svg class="legend-swatch legend-badge" viewBox="0 0 44 18" width="44" height="18" aria-hidden="true">
              <rect class="badge-box" x="0.5" y="0.5" width="43" height="17" rx="8.5" />
              ${renderClock(5, 4)}
              <text class="badge-text" x="18" y="13">1 h</text>
            </svg>
            <span>Time allowed (SLA)</span>
          </li>`
        : nothing
    }
  </ul>`;
}

/** The text alternative: every step in flow order with its owner, type, SLA and where each branch goes. */
export function renderOutline(
  model: SopModel,
  layout: FlowLayout,
  lens: LensResult | undefined,
  lensName: string,
): TemplateResult {
  const order = flowOrder(model);
  const numbers = new Map(order.map((s, i) => [s.id, i + 1] as const));
  const phases = layout.phases.length;
  return html`<section class="visually-hidden" part="outline" aria-labelledby="outline-title">
    <h2 id="outline-title">${model.title}: the procedure step by step</h2>
    <p>
      ${model.steps.length}
      steps${model.roles.length ? `, ${model.roles.length} roles` : ''}${phases ? `, ${phases} phases` : ''}.
      ${lens ? `Steps that do not apply to ${lensName} are marked.` : ''}
    </p>
    <ol>
      ${order.map((step) => {
        const owner = step.role ? roleName(model, step.role) : '';
        const phase = model.phases[step.phaseIndex]?.name;
        const facts = [
          STEP_TYPE_NAMES[step.type],
          owner && `owner ${owner}`,
          phase && `phase ${phase}`,
          step.sla && `SLA ${formatDuration(step.sla)}`,
        ].filter(Boolean);
        const dimmed = lens !== undefined && !lens.steps.has(step.id);
        return html`<li part="outline-item" data-id=${step.id}>
          ${sentence(`Step ${numbers.get(step.id)}: ${step.label}`)} ${facts.join(', ')}.
          ${dimmed ? `Does not apply to ${lensName}.` : ''} ${step.description ? sentence(step.description) : ''}
          ${nextSentences(model, step, numbers).join(' ')}
        </li>`;
      })}
    </ol>
  </section>`;
}
