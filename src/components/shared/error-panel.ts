import { html, nothing, type TemplateResult } from 'lit';
import type { Diagnostic } from '../../model/types.js';

/**
 * The inline error panel (part `error`): every diagnostic's message and JSON Pointer path, errors first.
 * All document text goes through Lit text bindings, so nothing from the document becomes markup.
 */
export function renderErrorPanel(title: string, diagnostics: readonly Diagnostic[]): TemplateResult {
  const sorted = [...diagnostics].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return html`<section part="error" class="error-panel" role="alert" aria-labelledby="error-title">
    <h2 id="error-title" class="error-title">${title}</h2>
    <p class="error-summary">
      ${errors}
      error${errors === 1 ? '' : 's'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : nothing}. Fix
      the document and it is drawn again.
    </p>
    <ol class="error-list">
      ${sorted.map(
        (d) =>
          html`<li class="diagnostic ${d.severity}" part="diagnostic diagnostic-${d.severity}">
            <span class="severity">${d.severity === 'error' ? 'Error' : 'Warning'}</span>
            <code class="path" part="diagnostic-path">${d.path || '/'}</code>
            <span class="message">${d.message}</span>
            <code class="code">${d.code}</code>
          </li>`,
      )}
    </ol>
  </section>`;
}
