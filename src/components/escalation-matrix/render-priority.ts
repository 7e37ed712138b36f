import { html, nothing, type TemplateResult } from 'lit';
import { formatDuration } from '../../model/duration.js';
import type { PriorityModel } from '../../model/normalize.js';
import type { PriorityGridLayout } from '../../layout/matrix.js';

/** What the priority grid needs from the element. */
export interface PriorityView {
  grid: PriorityGridLayout | undefined;
  priorities: readonly PriorityModel[];
  title: string;
  highlight?: string;
  focus: { row: number; col: number };
}

/** "Response 15 min · Resolution 4 h · Updates every 30 min · 24×7". */
export function targetsText(p: PriorityModel): string {
  const parts: string[] = [];
  if (p.response) parts.push(`Response ${formatDuration(p.response)}`);
  if (p.resolution) parts.push(`Resolution ${formatDuration(p.resolution)}`);
  if (p.updates) parts.push(`Updates every ${formatDuration(p.updates)}`);
  parts.push(p.hours === 'business' ? 'Business hours' : '24×7');
  return parts.join(' · ');
}

function renderLegend(view: PriorityView): TemplateResult {
  return html`<ul class="priority-legend" part="legend" role="list" aria-label="Priorities and their targets">
    ${view.priorities.map(
      (p) =>
        html`<li class="legend-entry tone-${p.tone ?? 'none'} ${p.id === view.highlight ? 'highlighted' : ''}">
          <span class="swatch" aria-hidden="true"></span>
          <span class="priority-name">${p.name}</span>
          <span class="legend-targets">${targetsText(p)}</span>
        </li>`,
    )}
  </ul>`;
}

/** The impact × urgency grid (impact down, urgency across), or a plain message when there is none. */
export function renderPriorityGrid(view: PriorityView): TemplateResult {
  const { grid } = view;
  if (!grid) {
    return html`<p class="state notice" part="notice">
        This procedure has no priority matrix ("priorityMatrix"), so there is no impact × urgency grid to show.
        ${view.priorities.length ? 'Its priorities are listed below.' : 'It defines no priorities either.'}
      </p>
      ${view.priorities.length ? renderLegend(view) : nothing}`;
  }
  return html`<div class="grid-wrap">
      <table class="grid" part="table" role="table">
        <caption>
          ${view.title}: how impact and urgency set the priority
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col" class="corner">
              <span class="axis">Impact <span class="arrow-down" aria-hidden="true"></span></span>
              <span class="axis">Urgency <span class="arrow-across" aria-hidden="true"></span></span>
            </th>
            ${grid.urgency.map(
              (u) =>
                html`<th role="columnheader" scope="col" class="level-head" data-urgency=${u.id}>
                  <span class="level-name">${u.name}</span>
                  ${u.description ? html`<span class="description">${u.description}</span>` : nothing}
                </th>`,
            )}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${grid.rows.map(
            (row, r) =>
              html`<tr role="row">
                <th role="rowheader" scope="row" class="level-head" data-impact=${row.level.id}>
                  <span class="level-name">${row.level.name}</span>
                  ${row.level.description ? html`<span class="description">${row.level.description}</span>` : nothing}
                </th>
                ${row.cells.map((cell, c) => {
                  const p = cell.priority;
                  const lit = p !== undefined && p.id === view.highlight;
                  const tip = `tip-${r}-${c}`;
                  return html`<td
                    role="cell"
                    part=${lit ? 'cell highlighted' : 'cell'}
                    class="cell grid-cell tone-${p?.tone ?? 'none'} ${lit ? 'highlighted' : ''} ${p ? '' : 'empty'}"
                    data-impact=${cell.impact}
                    data-urgency=${cell.urgency}
                    data-priority=${p?.id ?? nothing}
                    data-row=${r}
                    data-col=${c}
                    tabindex=${view.focus.row === r && view.focus.col === c ? 0 : -1}
                    aria-describedby=${p ? tip : nothing}
                  >
                    ${
                      p
                        ? html`<span class="priority-name">${p.name}</span>
                            <span class="tip" id=${tip} role="tooltip">${targetsText(p)}</span>`
                        : html`<span class="none">Not set</span>`
                    }
                  </td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${renderLegend(view)}`;
}
