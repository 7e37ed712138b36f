import { html, nothing, type TemplateResult } from 'lit';
import type { Clock, IncidentClocks } from '../../model/clocks.js';
import { formatDuration } from '../../model/duration.js';
import type { IncidentEventModel, IncidentModel, SopModel } from '../../model/normalize.js';
import type { Diagnostic } from '../../model/types.js';
import { EVENT_TYPE_NAMES } from '../../layout/timeline.js';
import { formatInZone } from './format.js';
import { EVENT_TONES, renderGlyph } from './markers.js';

/** Where the incident stands. */
export type IncidentStatus = 'open' | 'reopened' | 'resolved' | 'closed';

export function incidentStatus(incident: IncidentModel, clocks: IncidentClocks): IncidentStatus {
  const events = incident.events;
  if (clocks.resolution?.running || !clocks.resolution) {
    return events.some((e) => e.type === 'reopened') ? 'reopened' : 'open';
  }
  const stop = clocks.resolution.stopMs ?? 0;
  return events.some((e) => e.type === 'closed' && e.ms >= stop) ? 'closed' : 'resolved';
}

const STATUS_NAMES: Record<IncidentStatus, string> = {
  open: 'Open',
  reopened: 'Reopened',
  resolved: 'Resolved',
  closed: 'Closed',
};

export function renderHeader(
  incident: IncidentModel,
  sop: SopModel | undefined,
  status: IncidentStatus,
  timeZone: string,
): TemplateResult {
  const priority = incident.priority !== undefined ? sop?.priorityById.get(incident.priority) : undefined;
  const category = incident.category !== undefined ? sop?.categoryById.get(incident.category) : undefined;
  const first = incident.events[0]?.ms ?? 0;
  const zoneName = formatInZone(first, timeZone, 'zone');
  const context = [
    sop ? `Procedure: ${sop.title}` : incident.sop ? `Procedure: ${incident.sop}` : undefined,
    category?.name ?? incident.category,
  ].filter(Boolean);
  return html`<header class="header" part="header">
    <div class="header-tags">
      <span class="incident-id">${incident.id}</span>
      ${
        incident.priority !== undefined
          ? html`<span class="badge priority tone-${priority?.tone ?? 'info'}" part="priority"
              >${priority?.name ?? incident.priority}</span
            >`
          : nothing
      }
      <span class="badge status status-${status}" part="status">${STATUS_NAMES[status]}</span>
    </div>
    <h2 class="title">${incident.title}</h2>
    <p class="context">
      ${context.join(' · ')}${context.length ? ' · ' : ''}Times in
      ${timeZone === 'UTC' ? 'UTC' : html`${timeZone} (${zoneName})`}
    </p>
  </header>`;
}

function targetText(clock: Clock | undefined): string {
  if (!clock || clock.targetMs === undefined) return 'No target';
  return `Target ${formatDuration(clock.targetMs)}${clock.hours === 'business' ? ' of business hours' : ' (24×7)'}`;
}

function statusOf(clock: Clock | undefined, id: string): { kind: string; text: string } {
  if (!clock) return { kind: 'none', text: id === 'mitigation' ? '' : 'No detection recorded' };
  if (clock.targetMs === undefined)
    return { kind: clock.running ? 'running' : 'none', text: clock.running ? 'Running' : '' };
  if (clock.breached) {
    const text = `${clock.running ? 'Over by' : 'Missed by'} ${formatDuration(clock.overByMs ?? 0)}`;
    return { kind: 'breached', text };
  }
  if (clock.running) return { kind: 'running', text: `Running · ${formatDuration(clock.remainingMs ?? 0)} left` };
  return { kind: 'met', text: `Met · ${formatDuration(clock.remainingMs ?? 0)} to spare` };
}

function renderCard(
  id: string,
  title: string,
  clock: Clock | undefined,
  breachPart: boolean,
  empty: string,
): TemplateResult {
  const status = statusOf(clock, id);
  const parts = `summary-item${breachPart && clock?.breached ? ' breach' : ''}`;
  return html`<div class="card card-${status.kind}" part=${parts} data-clock=${id}>
    <h3 class="card-title">${title}</h3>
    <p class="card-value">
      ${clock ? formatDuration(clock.elapsedMs) : empty}${clock?.running ? html` <span class="live">so far</span>` : nothing}
    </p>
    ${id === 'mitigation' ? html`<p class="card-target">No target in the procedure</p>` : html`<p class="card-target">${targetText(clock)}</p>`}
    ${status.text ? html`<p class="card-status">${status.text}</p>` : nothing}
  </div>`;
}

/**
 * Time to acknowledge, mitigate and resolve against the targets. `breachPart`: on narrow widths, where no chart
 * is drawn, the missed targets' cards carry the `breach` part instead of the chart's markers.
 */
export function renderSummary(
  clocks: IncidentClocks,
  mitigation: Clock | undefined,
  breachPart: boolean,
): TemplateResult {
  return html`<section class="summary" part="summary" aria-label="Clocks against the targets">
    ${renderCard('response', 'Time to acknowledge', clocks.response, breachPart, 'Not started')}
    ${renderCard('mitigation', 'Time to mitigate', mitigation, breachPart, 'Not recorded')}
    ${renderCard('resolution', 'Time to resolve', clocks.resolution, breachPart, 'Not started')}
  </section>`;
}

export function renderWarnings(diagnostics: readonly Diagnostic[]): TemplateResult | typeof nothing {
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  if (!warnings.length) return nothing;
  return html`<details class="warnings" part="warnings">
    <summary>${warnings.length} ${warnings.length === 1 ? 'note' : 'notes'} about the record</summary>
    <ul>
      ${warnings.map((d) => html`<li><code class="path">${d.path || '/'}</code> ${d.message}</li>`)}
    </ul>
  </details>`;
}

function names(event: IncidentEventModel, sop: SopModel | undefined) {
  return {
    role: event.role !== undefined ? (sop?.roleById.get(event.role)?.name ?? event.role) : undefined,
    step: event.step !== undefined ? (sop?.stepById.get(event.step)?.label ?? event.step) : undefined,
  };
}

/** "T+9 min 30 s": calendar time since the clocks started. */
function offsetText(ms: number, startMs: number | undefined): string {
  if (startMs === undefined) return '';
  const d = ms - startMs;
  if (d === 0) return 'T+0';
  return d > 0 ? `T+${formatDuration(d)}` : `T−${formatDuration(-d)}`;
}

export function renderDetail(
  event: IncidentEventModel | undefined,
  sop: SopModel | undefined,
  timeZone: string,
  startMs: number | undefined,
): TemplateResult {
  if (!event) {
    return html`<div class="detail empty" part="detail" aria-live="polite">Choose an event to see its details.</div>`;
  }
  const { role, step } = names(event, sop);
  return html`<div class="detail ${EVENT_TONES[event.type]}" part="detail" aria-live="polite">
    <p class="detail-head">
      <span class="type-name">${EVENT_TYPE_NAMES[event.type]}</span>
      <time datetime=${event.at}>${formatInZone(event.ms, timeZone, 'full')}</time>
      <span class="offset">${offsetText(event.ms, startMs)}</span>
    </p>
    ${event.label ? html`<p class="detail-label">${event.label}</p>` : nothing}
    <dl class="detail-facts">
      ${
        event.actor
          ? html`<div>
              <dt>Who</dt>
              <dd>${event.actor}</dd>
            </div>`
          : nothing
      }
      ${
        role
          ? html`<div>
              <dt>Role</dt>
              <dd>${role}</dd>
            </div>`
          : nothing
      }
      ${
        step
          ? html`<div>
              <dt>SOP step</dt>
              <dd>${step}</dd>
            </div>`
          : nothing
      }
    </dl>
    ${event.note ? html`<p class="detail-note">${event.note}</p>` : nothing}
  </div>`;
}

export interface ListContext {
  events: readonly IncidentEventModel[];
  sop: SopModel | undefined;
  timeZone: string;
  startMs: number | undefined;
  activeOrder: number;
  selectedOrder: number | undefined;
  onSelect: (order: number) => void;
}

/** The events in time order: the text alternative of the chart, and the only view on narrow widths. */
export function renderEventList(ctx: ListContext): TemplateResult {
  return html`<section class="events" aria-labelledby="events-title">
    <h3 class="events-title" id="events-title">Events in time order</h3>
    <ol class="event-list" part="event-list">
      ${ctx.events.map((event, order) => {
        const { role, step } = names(event, ctx.sop);
        const selected = order === ctx.selectedOrder;
        const who = [event.actor, role].filter(Boolean).join(', ');
        return html`<li
          class="event-item ${EVENT_TONES[event.type]} ${selected ? 'is-selected' : ''}"
          part=${selected ? 'event-item selected' : 'event-item'}
          data-type=${event.type}
          data-index=${event.index}
        >
          <svg class="item-glyph" viewBox="-9 -9 18 18" width="18" height="18" aria-hidden="true">
            ${renderGlyph(event.type)}
          </svg>
          <div class="item-body">
            <button
              type="button"
              class="item-button"
              part="event-button"
              data-order=${order}
              tabindex=${order === ctx.activeOrder ? 0 : -1}
              aria-current=${selected ? 'true' : 'false'}
              @click=${() => ctx.onSelect(order)}
            >
              <time datetime=${event.at}
                >${formatInZone(event.ms, ctx.timeZone, 'day')}, ${formatInZone(event.ms, ctx.timeZone, 'clock')}</time
              >
              <span class="offset">${offsetText(event.ms, ctx.startMs)}</span>
              <span class="type-name">${EVENT_TYPE_NAMES[event.type]}</span>
              ${event.label ? html`<span class="item-label">${event.label}</span>` : nothing}
            </button>
            ${
              who || step
                ? html`<p class="item-meta">
                    ${who}${who && step ? ' · ' : ''}${step ? html`<span class="step">Step: ${step}</span>` : nothing}
                  </p>`
                : nothing
            }
            ${event.note ? html`<p class="item-note">${event.note}</p>` : nothing}
          </div>
        </li>`;
      })}
    </ol>
  </section>`;
}
