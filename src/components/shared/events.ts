import type { Diagnostic } from '../../model/types.js';

/** Detail of `sop-invalid`: every diagnostic of the document that could not be drawn. */
export interface SopInvalidDetail {
  diagnostics: Diagnostic[];
}

/** Dispatches a bubbling, composed custom event from `host`. */
export function emit<T>(host: HTMLElement, type: string, detail: T): boolean {
  return host.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: false }));
}

// `sop-invalid` is fired by all three elements, so it is declared once here; each element's entry re-exports
// `SopInvalidDetail`, which keeps this declaration in its `.d.ts` graph.
declare global {
  interface HTMLElementEventMap {
    'sop-invalid': CustomEvent<SopInvalidDetail>;
  }
}
