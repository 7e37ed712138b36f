import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SopSourceController } from '../../controllers/sop-source.js';
import { durationToMs } from '../../model/duration.js';
import type { SopModel } from '../../model/normalize.js';
import type { Diagnostic } from '../../model/types.js';
import {
  layoutEscalation,
  layoutPriorityGrid,
  type EscalationLayout,
  type PriorityGridLayout,
} from '../../layout/matrix.js';
import { renderErrorPanel } from '../shared/error-panel.js';
import { emit } from '../shared/events.js';
import { baseStyles } from '../shared/styles.js';
import { progressText, renderEscalation } from './render-escalation.js';
import { renderPriorityGrid } from './render-priority.js';
import { matrixStyles } from './styles.js';
import { asideStyles } from './styles-aside.js';
import { gridAndMediaStyles } from './styles-media.js';

/** The two views of the element. */
export const MATRIX_VIEWS = ['escalation', 'priority'] as const;
export type MatrixView = (typeof MATRIX_VIEWS)[number];

/** Detail of `sop-cell-select`: the escalation view gives `priority` and `role`, the priority view `impact` and `urgency` too. */
export interface SopCellSelectDetail {
  priority: string;
  role?: string;
  impact?: string;
  urgency?: string;
}

/** Keeps the roving focus inside the grid when the document changes. */
function clampFocus(focus: { row: number; col: number }, rows: number, cols: number): { row: number; col: number } {
  return { row: Math.max(0, Math.min(rows - 1, focus.row)), col: Math.max(0, Math.min(cols - 1, focus.col)) };
}

interface Derived {
  model: SopModel | undefined;
  elapsed: string | undefined;
  priority: string | undefined;
  escalation: EscalationLayout | undefined;
  grid: PriorityGridLayout | undefined;
  failure: Diagnostic | undefined;
}

/**
 * Who is engaged when, per priority, and how impact and urgency decide the priority: the escalation
 * policies of an SOP document as a real table (roles across by tier, priorities down), or the ITIL
 * impact × urgency grid. The document comes from the `sop` property, the `src` attribute or a child
 * `<script type="application/json">`.
 *
 * @summary The escalation matrix and the priority grid of an incident-management SOP.
 * @tag escalation-matrix
 *
 * @csspart table - The `<table>` of either view.
 * @csspart cell - A matrix cell: escalation view `data-priority` and `data-role`; priority view `data-impact`,
 *   `data-urgency` (and `data-priority` when the grid sets one). Only drawn cells carry it.
 * @csspart engaged - Extra part of a cell whose step `elapsed` has reached (exactly at `after` counts).
 * @csspart next - Extra part of the cell(s) engaged next after `elapsed`.
 * @csspart highlighted - Extra part of the row (escalation view) or the cells (priority view) of `priority`.
 * @csspart row - A priority's row in the escalation view (`data-priority`).
 * @csspart row-header - The priority name heading a row.
 * @csspart column-header - A role's column heading (`data-role`).
 * @csspart targets - The cell with a priority's response, resolution and update targets, hours and repeat.
 * @csspart repeat - How often the policy repeats.
 * @csspart strip - The time strip of a row (engagements and targets on one axis).
 * @csspart progress - Who is engaged by `elapsed` and who is next, in how long.
 * @csspart contacts - A role's contacts (shown on demand).
 * @csspart warning-flag - A consistency hint next to what it is about.
 * @csspart warnings - The list of every consistency hint.
 * @csspart legend - The key under either view.
 * @csspart notice - A message about the attributes (bad `elapsed`, unknown `priority`) or a missing matrix.
 * @csspart error - The error panel listing every diagnostic of an invalid document.
 *
 * @cssprop --sop-tone-critical - Colour of critical priorities (default `#cf222e`, dark `#f85149`).
 * @cssprop --sop-tone-high - Colour of high priorities (default `#bc4c00`, dark `#db6d28`).
 * @cssprop --sop-tone-medium - Colour of medium priorities (default `#9a6700`, dark `#d29922`).
 * @cssprop --sop-tone-low - Colour of low priorities (default `#1a7f37`, dark `#3fb950`).
 * @cssprop --sop-tone-info - Colour of informational priorities (default `#0969da`, dark `#4493f8`).
 * @cssprop --sop-background - Background.
 * @cssprop --sop-foreground - Text colour.
 * @cssprop --sop-muted - Secondary text.
 * @cssprop --sop-border-color - Rules and borders.
 * @cssprop --sop-surface - Header and panel background.
 * @cssprop --sop-accent - Buttons and the elapsed marker.
 * @cssprop --sop-focus-color - Focus ring.
 * @cssprop --sop-warning-color - Consistency hints.
 * @cssprop --sop-error-color - Border of the error panel.
 * @cssprop --sop-font-family - Font.
 * @cssprop --sop-font-family-mono - Font of durations and contact addresses.
 * @cssprop --sop-font-size - Base font size.
 * @cssprop --sop-matrix-cell-min-width - Minimum width of a role column (default `9.5rem`).
 * @cssprop --sop-matrix-radius - Corner radius of the table, cards and grid cells (default `8px`).
 * @cssprop --sop-matrix-header-background - Background of the column headings (default `--sop-surface`).
 *
 * @event {CustomEvent<SopCellSelectDetail>} sop-cell-select - A cell was chosen by click, Enter or Space.
 * @event {CustomEvent<SopInvalidDetail>} sop-invalid - The document has errors; `detail.diagnostics` lists them.
 */
export class EscalationMatrix extends LitElement {
  static override styles = [baseStyles, matrixStyles, asideStyles, gridAndMediaStyles];

  private readonly source = new SopSourceController(this);

  /** The SOP document (an object or JSON text). Takes precedence over `src` and inline JSON. */
  @property({ attribute: false }) sop: unknown;

  /** URL of the SOP document (JSON). */
  @property({ reflect: true }) src?: string;

  /** `escalation` (who is engaged when, the default) or `priority` (the impact × urgency grid). */
  @property({ reflect: true }) view: MatrixView = 'escalation';

  /** Id of the priority to highlight (its row, or its cells in the grid). */
  @property({ reflect: true }) priority?: string;

  /** A Duration since detection (`PT20M`): marks who is engaged by now and who is next. */
  @property({ reflect: true }) elapsed?: string;

  @state() private focusCell = { row: 0, col: 0 };
  @state() private focusGrid = { row: 0, col: 0 };
  @state() private openContacts: ReadonlySet<string> = new Set<string>();

  private derived: Derived = {
    model: undefined,
    elapsed: undefined,
    priority: undefined,
    escalation: undefined,
    grid: undefined,
    failure: undefined,
  };

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.source.sync(this.sop, this.src);
    const model = this.source.model;
    const elapsed = this.elapsed || undefined;
    const priority = this.priority || undefined;
    const d = this.derived;
    if (model === d.model && elapsed === d.elapsed && priority === d.priority) return;
    let escalation: EscalationLayout | undefined;
    let grid: PriorityGridLayout | undefined;
    let failure: Diagnostic | undefined;
    try {
      escalation = model ? layoutEscalation(model, { elapsed, priority }) : undefined;
      grid = model ? layoutPriorityGrid(model) : undefined;
    } catch (error) {
      failure = {
        severity: 'error',
        code: 'SOP_LAYOUT_FAILED',
        path: '',
        message: `The matrix could not be laid out: ${error instanceof Error ? error.message : String(error)}.`,
      };
    }
    this.derived = { model, elapsed, priority, escalation, grid, failure };
  }

  private get currentView(): MatrixView {
    return this.view === 'priority' ? 'priority' : 'escalation';
  }

  private roleName = (id: string): string => this.source.model?.roleById.get(id)?.name ?? id;

  private handleToggleContacts = (roleId: string): void => {
    const next = new Set(this.openContacts);
    if (next.has(roleId)) next.delete(roleId);
    else next.add(roleId);
    this.openContacts = next;
  };

  private cellOf(event: Event): HTMLElement | undefined {
    for (const node of event.composedPath()) {
      if (node === this) return undefined;
      if (node instanceof HTMLElement && node.matches('td[data-row][data-col]')) return node;
    }
    return undefined;
  }

  private gridSize(): { rows: number; cols: number } {
    if (this.currentView === 'priority') {
      const grid = this.derived.grid;
      return { rows: grid?.rows.length ?? 0, cols: grid?.urgency.length ?? 0 };
    }
    const layout = this.derived.escalation;
    return { rows: layout?.rows.length ?? 0, cols: layout?.columns.length ?? 0 };
  }

  private async moveFocus(row: number, col: number): Promise<void> {
    const { rows, cols } = this.gridSize();
    const target = clampFocus({ row, col }, rows, cols);
    if (this.currentView === 'priority') this.focusGrid = target;
    else this.focusCell = target;
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLElement>(`td[data-row="${target.row}"][data-col="${target.col}"]`)
      ?.focus({ preventScroll: false });
  }

  private select(cell: HTMLElement): void {
    const { priority, role, impact, urgency } = cell.dataset;
    if (!priority) return;
    const detail: SopCellSelectDetail =
      this.currentView === 'priority' ? { priority, impact, urgency } : { priority, role };
    emit<SopCellSelectDetail>(this, 'sop-cell-select', detail);
  }

  private handleClick = (event: MouseEvent): void => {
    const cell = this.cellOf(event);
    if (!cell) return;
    void this.moveFocus(Number(cell.dataset.row), Number(cell.dataset.col));
    this.select(cell);
  };

  private handleKeydown = (event: KeyboardEvent): void => {
    const cell = this.cellOf(event);
    if (!cell || event.altKey || event.metaKey) return;
    let row = Number(cell.dataset.row);
    let col = Number(cell.dataset.col);
    const { rows, cols } = this.gridSize();
    const rtl = getComputedStyle(cell).direction === 'rtl';
    switch (event.key) {
      case 'ArrowUp':
        row--;
        break;
      case 'ArrowDown':
        row++;
        break;
      case 'ArrowLeft':
        col += rtl ? 1 : -1;
        break;
      case 'ArrowRight':
        col += rtl ? -1 : 1;
        break;
      case 'Home':
        col = 0;
        if (event.ctrlKey) row = 0;
        break;
      case 'End':
        col = cols - 1;
        if (event.ctrlKey) row = rows - 1;
        break;
      case 'PageUp':
        row = 0;
        break;
      case 'PageDown':
        row = rows - 1;
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.select(cell);
        return;
      default:
        return;
    }
    event.preventDefault();
    void this.moveFocus(row, col);
  };

  protected override render(): TemplateResult {
    const { model, invalid, diagnostics, loading } = this.source;
    const { failure } = this.derived;
    if (failure) return renderErrorPanel('The escalation matrix could not be drawn', [failure]);
    if (!model) {
      if (invalid) return renderErrorPanel('This SOP document cannot be drawn', diagnostics);
      if (loading) return html`<p class="state" role="status">Loading the SOP document…</p>`;
      return html`<p class="state">
        No SOP document to show yet: set the <code>sop</code> property, the <code>src</code> attribute or an inline
        <code>&lt;script type="application/json"&gt;</code>.
      </p>`;
    }
    return html`${invalid ? renderErrorPanel('This SOP document cannot be drawn', diagnostics) : nothing}
      ${loading ? html`<p class="loading-note" role="status">Loading the new SOP document…</p>` : nothing}
      <div class="body ${invalid || loading ? 'stale' : ''}" ?inert=${invalid}>
        ${this.renderNotices(model)}
        <div @click=${this.handleClick} @keydown=${this.handleKeydown}>
          ${this.currentView === 'priority' ? this.renderPriorityView(model) : this.renderEscalationView(model)}
        </div>
      </div>`;
  }

  private renderNotices(model: SopModel): TemplateResult {
    const notices: string[] = [];
    if (this.elapsed && durationToMs(this.elapsed) === undefined) {
      notices.push(
        `The elapsed time ${JSON.stringify(this.elapsed)} is not a duration, so nobody is marked as engaged: write it in ISO 8601, like PT20M (20 minutes) or P1DT2H (1 day 2 hours).`,
      );
    }
    if (this.priority && !model.priorityById.has(this.priority)) {
      const ids = model.priorities.map((p) => JSON.stringify(p.id)).join(', ');
      notices.push(
        `The priority ${JSON.stringify(this.priority)} is not one of this procedure's priorities${ids ? ` (${ids})` : ''}, so no row is highlighted.`,
      );
    }
    const row = this.derived.escalation?.rows.find((r) => r.id === this.priority);
    const status = row?.progress ? `${row.priority.name}. ${progressText(row, row.progress, this.roleName)}` : '';
    return html`${notices.map((n) => html`<p class="notice" part="notice">${n}</p>`)}
      <div class="visually-hidden" role="status">${status}</div>`;
  }

  private renderEscalationView(model: SopModel): TemplateResult {
    const layout = this.derived.escalation;
    if (!layout) return html``;
    if (!model.priorities.length) {
      return html`<p class="state notice" part="notice">
        This procedure defines no priorities ("priorities"), so there is no escalation to show.
      </p>`;
    }
    const related = /^\/(escalation|priorities|roles|priorityMatrix)(\/|$)/;
    const validation = this.source.diagnostics.filter((d) => d.severity === 'warning' && related.test(d.path));
    return html`${
      model.policies.length
        ? nothing
        : html`<p class="notice" part="notice">
            This procedure has no escalation policies ("escalation.policies"), so nobody is engaged automatically.
          </p>`
    }
    ${renderEscalation({
      layout,
      warnings: [...layout.warnings, ...validation],
      title: model.title,
      highlight: this.priority,
      focus: clampFocus(this.focusCell, layout.rows.length, layout.columns.length),
      openContacts: this.openContacts,
      roleName: this.roleName,
      onToggleContacts: this.handleToggleContacts,
    })}`;
  }

  private renderPriorityView(model: SopModel): TemplateResult {
    return renderPriorityGrid({
      grid: this.derived.grid,
      priorities: model.priorities,
      title: model.title,
      highlight: this.priority,
      focus: clampFocus(this.focusGrid, this.derived.grid?.rows.length ?? 0, this.derived.grid?.urgency.length ?? 0),
    });
  }
}
