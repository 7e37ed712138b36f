import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatDuration } from '../../model/duration.js';
import type { Diagnostic } from '../../model/types.js';
import type {
  EscalationLayout,
  MatrixCell,
  MatrixColumn,
  MatrixRow,
  RowProgress,
  RowStrip,
} from '../../layout/matrix.js';
import { CHANNEL_LABELS, channelIcon, renderChannel, warningIcon } from './icons.js';

/** What the escalation table needs from the element. */
export interface EscalationView {
  layout: EscalationLayout;
  /** The hints to list under the table (the layout's, plus validation warnings about escalation). */
  warnings: readonly Diagnostic[];
  title: string;
  /** The highlighted priority (only when it exists). */
  highlight?: string;
  /** Roving focus: the one cell with `tabindex="0"`. */
  focus: { row: number; col: number };
  openContacts: ReadonlySet<string>;
  roleName: (id: string) => string;
  onToggleContacts: (roleId: string) => void;
}

/** "Service desk", "Service desk and Incident manager", "A, B and C". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/** One sentence on a row's progress: who is engaged by `elapsed`, and who is next and in how long. */
export function progressText(row: MatrixRow, progress: RowProgress, roleName: (id: string) => string): string {
  const at = `At ${formatDuration(progress.elapsedMs)}`;
  if (progress.total === 0) return `${at}: nobody is engaged, ${row.priority.name} has no escalation steps.`;
  const reached = `${progress.reached} of ${progress.total} steps engaged`;
  if (!progress.next) {
    const again = row.repeat ? `; the policy repeats up to ${row.repeat} times while nobody acknowledges` : '';
    return `${at}: all ${progress.total} steps engaged${again}.`;
  }
  const who = listNames(progress.next.roles.map(roleName));
  return `${at}: ${reached}. Next: ${who} in ${progress.next.inLabel} (${progress.next.label}).`;
}

function renderWarningFlag(text: string): TemplateResult {
  return html`<span class="flag" part="warning-flag">${warningIcon}<span>${text}</span></span>`;
}

function renderStrip(strip: RowStrip): TemplateResult {
  const pct = (x: number) => `${(3 + x * 94).toFixed(2)}%`;
  return html`<svg class="strip" part="strip" width="100%" height="18" aria-hidden="true" focusable="false">
    <line class="strip-base" x1="3%" x2="97%" y1="9" y2="9" />
    ${
      strip.elapsed !== undefined
        ? svg`<line class="strip-progress" x1="3%" x2=${pct(strip.elapsed)} y1="9" y2="9" />`
        : nothing
    }
    ${
      strip.response !== undefined
        ? svg`<line class="strip-response" x1=${pct(strip.response)} x2=${pct(strip.response)} y1="0" y2="18" />`
        : nothing
    }
    ${
      strip.resolution !== undefined
        ? svg`<line class="strip-resolution" x1=${pct(strip.resolution)} x2=${pct(strip.resolution)} y1="1" y2="17" />`
        : nothing
    }
    ${strip.marks.map(
      (m) => svg`<circle class="strip-mark ${m.reached ? 'reached' : ''}" cx=${pct(m.x)} cy="9" r="3.5" />`,
    )}
    ${
      strip.elapsed !== undefined
        ? svg`<line class="strip-now" x1=${pct(strip.elapsed)} x2=${pct(strip.elapsed)} y1="0" y2="18" />`
        : nothing
    }
  </svg>`;
}

function renderTargets(view: EscalationView, row: MatrixRow): TemplateResult {
  const { targets, priority } = row;
  return html`<td class="targets" part="targets">
    <dl class="target-list">
      ${
        targets.response
          ? html`<div>
              <dt>Response</dt>
              <dd>${targets.response}</dd>
            </div>`
          : nothing
      }
      ${
        targets.resolution
          ? html`<div>
              <dt>Resolution</dt>
              <dd>${targets.resolution}</dd>
            </div>`
          : nothing
      }
      ${
        targets.updates
          ? html`<div>
              <dt>Updates</dt>
              <dd>every ${targets.updates}</dd>
            </div>`
          : nothing
      }
    </dl>
    <p class="meta">
      <span class="hours">${priority.hours === 'business' ? 'Business hours' : '24×7'}</span>
      ${
        row.repeat === undefined
          ? nothing
          : html`<span class="repeat" part="repeat"
              >${row.repeat > 0 ? `Repeats ${row.repeat}× while unacknowledged` : 'Runs once (no repeat)'}</span
            >`
      }
    </p>
    ${row.hasPolicy ? renderStrip(row.strip) : nothing}
    ${
      row.progress
        ? html`<p class="progress" part="progress">${progressText(row, row.progress, view.roleName)}</p>`
        : nothing
    }
    ${row.hasPolicy ? nothing : renderWarningFlag('No escalation policy')}
  </td>`;
}

function renderCell(view: EscalationView, row: MatrixRow, cell: MatrixCell, r: number, c: number): TemplateResult {
  const parts = ['cell', cell.engaged ? 'engaged' : '', cell.next ? 'next' : ''].filter(Boolean).join(' ');
  const active = view.focus.row === r && view.focus.col === c;
  const empty = cell.engagements.length === 0;
  return html`<td
    role="cell"
    part=${parts}
    class="cell tone-${row.priority.tone ?? 'none'} ${empty ? 'empty' : ''} ${cell.engaged ? 'engaged' : ''} ${cell.next ? 'next' : ''}"
    data-priority=${cell.priority}
    data-role=${cell.role}
    data-row=${r}
    data-col=${c}
    tabindex=${active ? 0 : -1}
  >
    <span class="cell-role">${view.roleName(cell.role)}</span>
    ${
      empty
        ? html`<span class="none"
            ><span aria-hidden="true">—</span><span class="visually-hidden">Not engaged</span></span
          >`
        : cell.engagements.map(
            (e) =>
              html`<div class="engagement ${e.reached ? 'reached' : ''}">
                <span class="when">${e.label}</span>
                ${e.conditionLabel ? html`<span class="condition">${e.conditionLabel}</span>` : nothing}
                ${
                  e.channels.length
                    ? html`<ul class="channels" role="list">
                        ${e.channels.map((ch) => html`<li>${renderChannel(ch)}</li>`)}
                      </ul>`
                    : nothing
                }
                ${e.note ? html`<p class="note">${e.note}</p>` : nothing}
                ${e.late ? renderWarningFlag(`Later than the ${row.targets.response ?? ''} response target`) : nothing}
              </div>`,
          )
    }
    ${cell.engaged ? html`<span class="badge engaged-badge">Engaged</span>` : nothing}
    ${
      cell.next && row.progress?.next
        ? html`<span class="badge next-badge">Next, in ${row.progress.next.inLabel}</span>`
        : nothing
    }
  </td>`;
}

function renderContacts(view: EscalationView, column: MatrixColumn): TemplateResult {
  const open = view.openContacts.has(column.id);
  const id = `contacts-${column.id}`;
  return html`<td role="cell" class="contacts-cell" part="contacts" data-role=${column.id}>
    <span class="cell-role"
      >${column.name}${column.tier !== undefined ? html` <span class="tier">Tier ${column.tier}</span>` : nothing}</span
    >
    ${
      column.contacts.length === 0
        ? renderWarningFlag('No contacts listed')
        : html`<button
              type="button"
              class="contacts-toggle"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${id}
              @click=${() => view.onToggleContacts(column.id)}
            >
              <span
                >${open ? 'Hide' : 'Show'} ${column.contacts.length}
                contact${column.contacts.length === 1 ? '' : 's'}</span
              >
              <span class="visually-hidden">of ${column.name}</span>
            </button>
            <ul id=${id} class="contacts ${open ? 'open' : ''}" role="list">
              ${column.contacts.map(
                (ct) =>
                  html`<li class="contact">
                    <span class="contact-name">${ct.name}</span>
                    ${
                      ct.channel
                        ? html`<span class="channel"
                            >${channelIcon(ct.channel)}<span>${CHANNEL_LABELS[ct.channel]}</span></span
                          >`
                        : nothing
                    }
                    ${ct.address ? html`<span class="address">${ct.address}</span>` : nothing}
                  </li>`,
              )}
            </ul>`
    }
  </td>`;
}

function renderWarningList(warnings: readonly Diagnostic[]): TemplateResult | typeof nothing {
  if (!warnings.length) return nothing;
  return html`<section class="warnings" part="warnings" aria-labelledby="warnings-title">
    <h3 id="warnings-title">${warningIcon} ${warnings.length} consistency hint${warnings.length === 1 ? '' : 's'}</h3>
    <ul role="list">
      ${warnings.map(
        (w) =>
          html`<li class="warning" data-code=${w.code}>
            <span class="message">${w.message}</span> <code class="path">${w.path}</code>
          </li>`,
      )}
    </ul>
  </section>`;
}

/** The escalation view: a real table, roles across (by tier), priorities down, then the hints. */
export function renderEscalation(view: EscalationView): TemplateResult {
  const { layout } = view;
  return html`<div class="scroller">
      <table class="matrix" part="table" role="table">
        <caption>
          ${view.title}: who is engaged when
        </caption>
        <thead role="rowgroup">
          <tr role="row" class="role-row">
            <th role="columnheader" scope="col" class="corner">Priority</th>
            <th role="columnheader" scope="col" class="targets-head">Targets</th>
            ${layout.columns.map(
              (col) =>
                html`<th role="columnheader" scope="col" class="role-head" part="column-header" data-role=${col.id}>
                  <span class="role-name">${col.name}</span>
                  ${col.tier !== undefined ? html`<span class="tier">Tier ${col.tier}</span>` : nothing}
                </th>`,
            )}
          </tr>
          ${
            layout.columns.length
              ? html`<tr role="row" class="contacts-row">
                  <th role="rowheader" scope="row" class="contacts-head">Contacts</th>
                  <td role="cell" class="targets-spacer"></td>
                  ${layout.columns.map((col) => renderContacts(view, col))}
                </tr>`
              : nothing
          }
        </thead>
        <tbody role="rowgroup">
          ${layout.rows.map((row, r) => {
            const lit = row.id === view.highlight;
            return html`<tr
              role="row"
              part=${lit ? 'row highlighted' : 'row'}
              class="row tone-${row.priority.tone ?? 'none'} ${lit ? 'highlighted' : ''}"
              data-priority=${row.id}
              aria-current=${lit ? 'true' : nothing}
            >
              <th role="rowheader" scope="row" class="priority-head" part="row-header">
                <span class="swatch" aria-hidden="true"></span>
                <span class="priority-name">${row.priority.name}</span>
                ${row.priority.description ? html`<span class="description">${row.priority.description}</span>` : nothing}
              </th>
              ${renderTargets(view, row)} ${row.cells.map((cell, c) => renderCell(view, row, cell, r, c))}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    <p class="legend" id="legend" part="legend">
      <span class="legend-item"><span class="legend-dot" aria-hidden="true"></span>engagement</span>
      <span class="legend-item"><span class="legend-tick" aria-hidden="true"></span>response target</span>
      <span class="legend-item"><span class="legend-bar" aria-hidden="true"></span>resolution target</span>
      ${
        layout.rows.some((r) => r.progress)
          ? html`<span class="legend-item"><span class="legend-now" aria-hidden="true"></span>elapsed</span>`
          : nothing
      }
      <span class="legend-item">Times count from detection, in business hours where the priority says so.</span>
    </p>
    ${renderWarningList(view.warnings)}`;
}
