/**
 * `sop-elements/sop-diagram`: registers `<sop-diagram>` on import. Import the class from
 * `./components/sop-diagram/sop-diagram.js` to register it yourself under another tag.
 */
import { SopDiagram, type SopRenderDetail, type SopStepSelectDetail } from './components/sop-diagram/sop-diagram.js';
import { defineElement } from './components/shared/define.js';

export { SopDiagram } from './components/sop-diagram/sop-diagram.js';
export type { SopRenderDetail, SopStepSelectDetail } from './components/sop-diagram/sop-diagram.js';
export type { SopInvalidDetail } from './components/shared/events.js';
export { layoutWorkerConfig } from './components/sop-diagram/layout-runner.js';

/** Registers the element as `tag` (default `sop-diagram`). Idempotent; another tag name avoids a clash. */
export function defineSopDiagram(tag = 'sop-diagram'): CustomElementConstructor | undefined {
  return defineElement(tag, SopDiagram);
}

defineSopDiagram();

declare global {
  interface HTMLElementTagNameMap {
    'sop-diagram': SopDiagram;
  }
  interface HTMLElementEventMap {
    'sop-step-select': CustomEvent<SopStepSelectDetail>;
    'sop-render': CustomEvent<SopRenderDetail>;
  }
}
