/**
 * `sop-elements/escalation-matrix`: registers `<escalation-matrix>` on import. Import the class from
 * `./components/escalation-matrix/escalation-matrix.js` to register it yourself under another tag.
 */
import { EscalationMatrix, type SopCellSelectDetail } from './components/escalation-matrix/escalation-matrix.js';
import { defineElement } from './components/shared/define.js';

export { EscalationMatrix, MATRIX_VIEWS } from './components/escalation-matrix/escalation-matrix.js';
export type { MatrixView, SopCellSelectDetail } from './components/escalation-matrix/escalation-matrix.js';
export type { SopInvalidDetail } from './components/shared/events.js';

/** Registers the element as `tag` (default `escalation-matrix`). Idempotent; another tag name avoids a clash. */
export function defineEscalationMatrix(tag = 'escalation-matrix'): CustomElementConstructor | undefined {
  return defineElement(tag, EscalationMatrix);
}

defineEscalationMatrix();

declare global {
  interface HTMLElementTagNameMap {
    'escalation-matrix': EscalationMatrix;
  }
  interface HTMLElementEventMap {
    'sop-cell-select': CustomEvent<SopCellSelectDetail>;
  }
}
