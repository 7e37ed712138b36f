import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkSop, hasErrors } from '../model/parse.js';
import { normalizeSop, type SopModel } from '../model/normalize.js';
import type { Diagnostic } from '../model/types.js';
import { emit, type SopInvalidDetail } from '../components/shared/events.js';
import { JsonSourceController } from './json-source.js';

/**
 * An SOP document for an element: loaded by {@link JsonSourceController}, validated, normalised. Keeps the
 * last good model when a later document is invalid, and fires `sop-invalid` once per invalid document.
 */
export class SopSourceController implements ReactiveController {
  readonly source: JsonSourceController;
  /** The model of the current document, or of the last good one while the current one is invalid. */
  model: SopModel | undefined;
  /** Diagnostics of the current document (load failures, errors and warnings). */
  diagnostics: Diagnostic[] = [];
  /** Whether the current document has errors (the error panel is shown). */
  invalid = false;

  private seenRevision = -1;
  private pendingInvalid: Diagnostic[] | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    this.source = new JsonSourceController(host, {
      prefix: 'SOP',
      inlineSelector: ':scope > script[type="application/json"]',
      noun: 'SOP document',
    });
  }

  /** Call from `willUpdate` with the element's `sop` property and `src` attribute. */
  sync(sop: unknown, src: string | null | undefined): void {
    this.source.sync(sop, src);
    if (this.source.revision === this.seenRevision) return;
    this.seenRevision = this.source.revision;
    const { value, diagnostics, status } = this.source;
    if (status !== 'ready') {
      this.diagnostics = [];
      this.invalid = false;
      if (status === 'empty') this.model = undefined;
      return;
    }
    if (diagnostics.length) {
      this.diagnostics = diagnostics;
      this.invalid = true;
    } else {
      const result = checkSop(value);
      this.diagnostics = result.diagnostics;
      this.invalid = hasErrors(result.diagnostics);
      if (result.document) this.model = normalizeSop(result.document);
    }
    if (this.invalid) this.pendingInvalid = this.diagnostics;
  }

  get loading(): boolean {
    return this.source.status === 'loading';
  }

  get empty(): boolean {
    return this.source.status === 'empty';
  }

  hostUpdated(): void {
    if (!this.pendingInvalid) return;
    const diagnostics = this.pendingInvalid;
    this.pendingInvalid = undefined;
    emit<SopInvalidDetail>(this.host, 'sop-invalid', { diagnostics });
  }
}
