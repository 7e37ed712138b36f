import { css } from 'lit';

/**
 * Styles shared by every element: design tokens with literal fallbacks (light, dark, forced colours), the
 * error panel, the loading and empty states, and a visually hidden utility for screen-reader text.
 */
export const baseStyles = css`
  :host {
    --_bg: var(--sop-background, #ffffff);
    --_fg: var(--sop-foreground, #1b1f24);
    --_muted: var(--sop-muted, #59636e);
    --_border: var(--sop-border-color, #d0d7de);
    --_surface: var(--sop-surface, #f6f8fa);
    --_accent: var(--sop-accent, #0969da);
    --_focus: var(--sop-focus-color, #0969da);
    --_error: var(--sop-error-color, #cf222e);
    --_warning: var(--sop-warning-color, #9a6700);
    --_font: var(--sop-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_mono: var(--sop-font-family-mono, ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace);
    --_tone-critical: var(--sop-tone-critical, #cf222e);
    --_tone-high: var(--sop-tone-high, #bc4c00);
    --_tone-medium: var(--sop-tone-medium, #9a6700);
    --_tone-low: var(--sop-tone-low, #1a7f37);
    --_tone-info: var(--sop-tone-info, #0969da);
    display: block;
    position: relative;
    box-sizing: border-box;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--_font);
    font-size: var(--sop-font-size, 14px);
    line-height: 1.4;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--sop-background, #0d1117);
      --_fg: var(--sop-foreground, #e6edf3);
      --_muted: var(--sop-muted, #9198a1);
      --_border: var(--sop-border-color, #3d444d);
      --_surface: var(--sop-surface, #151b23);
      --_accent: var(--sop-accent, #4493f8);
      --_focus: var(--sop-focus-color, #4493f8);
      --_error: var(--sop-error-color, #f85149);
      --_warning: var(--sop-warning-color, #d29922);
      --_tone-critical: var(--sop-tone-critical, #f85149);
      --_tone-high: var(--sop-tone-high, #db6d28);
      --_tone-medium: var(--sop-tone-medium, #d29922);
      --_tone-low: var(--sop-tone-low, #3fb950);
      --_tone-info: var(--sop-tone-info, #4493f8);
    }
  }
  @media (forced-colors: active) {
    :host {
      --_bg: Canvas;
      --_fg: CanvasText;
      --_muted: CanvasText;
      --_border: CanvasText;
      --_surface: Canvas;
      --_accent: Highlight;
      --_focus: Highlight;
      --_error: CanvasText;
      --_warning: CanvasText;
      --_tone-critical: CanvasText;
      --_tone-high: CanvasText;
      --_tone-medium: CanvasText;
      --_tone-low: CanvasText;
      --_tone-info: CanvasText;
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .error-panel {
    border: 1px solid var(--_error);
    border-inline-start-width: 4px;
    border-radius: 6px;
    padding: 12px 16px;
    margin: 0 0 8px;
    background: var(--_surface);
    color: var(--_fg);
  }
  .error-title {
    margin: 0 0 4px;
    font-size: 1.05em;
    color: var(--_error);
  }
  .error-summary {
    margin: 0 0 8px;
    color: var(--_muted);
  }
  .error-list {
    margin: 0;
    padding-inline-start: 1.4em;
    max-block-size: 320px;
    overflow: auto;
  }
  .diagnostic {
    margin-block: 4px;
    overflow-wrap: anywhere;
  }
  .diagnostic .severity {
    font-weight: 600;
    margin-inline-end: 0.4em;
  }
  .diagnostic.error .severity {
    color: var(--_error);
  }
  .diagnostic.warning .severity {
    color: var(--_warning);
  }
  .diagnostic .path,
  .diagnostic .code {
    font-family: var(--_mono);
    font-size: 0.9em;
  }
  .diagnostic .path {
    margin-inline-end: 0.4em;
  }
  .diagnostic .code {
    color: var(--_muted);
    margin-inline-start: 0.4em;
  }
  .state {
    padding: 16px;
    border: 1px dashed var(--_border);
    border-radius: 6px;
    color: var(--_muted);
    text-align: center;
  }
  .stale {
    opacity: 0.45;
  }
`;
