import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { JsonSourceController } from '../../controllers/json-source.js';
import { normalizeIncident, normalizeSop, type IncidentModel, type SopModel } from '../../model/normalize.js';
import { checkIncident, checkSop, hasErrors } from '../../model/parse.js';
import type { Diagnostic, SopDocument } from '../../model/types.js';
import { emit, type SopInvalidDetail } from '../shared/events.js';

/** An incident and the SOP it is measured against, both ready to draw. */
export interface IncidentPair {
  incident: IncidentModel;
  sop: SopModel | undefined;
}

/**
 * The two documents of `<incident-timeline>`: the incident (property `incident`, attribute `src`, or a child
 * `<script type="application/json">`) and the SOP (property `sop`, attribute `sop-src`, or a child
 * `<script type="application/json" data-sop>`). Validates the incident against the SOP, keeps the last good
 * pair while the current one is invalid, and fires `sop-invalid` once per invalid combination.
 */
export class IncidentSourceController implements ReactiveController {
  readonly incidentSource: JsonSourceController;
  readonly sopSource: JsonSourceController;
  /** The current pair, or the last good one while the current documents are invalid. */
  current: IncidentPair | undefined;
  /** Every diagnostic of the current documents (load failures, SOP errors, incident errors and warnings). */
  diagnostics: Diagnostic[] = [];
  /** Whether the current documents have errors (the error panel is shown). */
  invalid = false;
  /** Bumped whenever `current`, `diagnostics` or `invalid` change. */
  revision = 0;

  private seen = '';
  private pendingInvalid: Diagnostic[] | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    this.incidentSource = new JsonSourceController(host, {
      prefix: 'INCIDENT',
      inlineSelector: ':scope > script[type="application/json"]:not([data-sop])',
      noun: 'incident record',
    });
    this.sopSource = new JsonSourceController(host, {
      prefix: 'SOP',
      inlineSelector: ':scope > script[type="application/json"][data-sop]',
      noun: 'SOP document',
    });
  }

  get loading(): boolean {
    return this.incidentSource.status === 'loading' || this.sopSource.status === 'loading';
  }

  get empty(): boolean {
    return this.incidentSource.status === 'empty';
  }

  /** Call from `willUpdate` with the element's properties and attributes. */
  sync(incident: unknown, src: string | null | undefined, sop: unknown, sopSrc: string | null | undefined): void {
    this.incidentSource.sync(incident, src);
    this.sopSource.sync(sop, sopSrc);
    const key = `${this.incidentSource.revision}:${this.sopSource.revision}`;
    if (key === this.seen || this.loading) return;
    this.seen = key;
    this.revision++;
    if (this.empty) {
      this.current = undefined;
      this.diagnostics = [];
      this.invalid = false;
      return;
    }
    const sopProblems: Diagnostic[] = [];
    let sopDoc: SopDocument | undefined;
    if (this.sopSource.status === 'ready') {
      if (this.sopSource.diagnostics.length) {
        sopProblems.push(...this.sopSource.diagnostics);
      } else {
        const checked = checkSop(this.sopSource.value);
        sopDoc = checked.document;
        sopProblems.push(...checked.diagnostics.filter((d) => d.severity === 'error'));
      }
    }
    const fromSop = sopProblems.map((d) => ({ ...d, message: `In the SOP document: ${d.message}` }));
    let incidentProblems = this.incidentSource.diagnostics;
    let next: IncidentPair | undefined;
    if (!incidentProblems.length) {
      const checked = checkIncident(this.incidentSource.value, sopDoc);
      incidentProblems = checked.diagnostics;
      if (checked.document && !hasErrors(fromSop)) {
        next = { incident: normalizeIncident(checked.document), sop: sopDoc ? normalizeSop(sopDoc) : undefined };
      }
    }
    this.diagnostics = [...incidentProblems, ...fromSop];
    this.invalid = hasErrors(this.diagnostics);
    if (next) this.current = next;
    if (this.invalid) this.pendingInvalid = this.diagnostics;
  }

  hostUpdated(): void {
    if (!this.pendingInvalid) return;
    const diagnostics = this.pendingInvalid;
    this.pendingInvalid = undefined;
    emit<SopInvalidDetail>(this.host, 'sop-invalid', { diagnostics });
  }
}
