import { css } from 'lit';

/** Toolbar, detail panel, legend and states around the drawing. */
export const panelStyles = css`
  .frame {
    display: grid;
    gap: 8px;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
  }
  .title {
    font-weight: 600;
    font-size: 1.05em;
  }
  .tools {
    display: inline-flex;
    gap: 4px;
  }
  button {
    font: inherit;
    font-size: 0.9em;
    color: var(--_fg);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 3px 10px;
    min-inline-size: 32px;
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    border-color: var(--_accent);
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  .status {
    position: absolute;
    inset-block-start: 8px;
    inset-inline-start: 8px;
    margin: 0;
    padding: 2px 8px;
    border-radius: 4px;
    background: var(--_surface);
    color: var(--_muted);
    font-size: 0.9em;
  }
  .detail {
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_selected);
    border-radius: 6px;
    padding: 10px 14px;
    background: var(--_surface);
  }
  .detail-header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 8px;
  }
  .detail-title {
    margin: 0;
    font-size: 1.05em;
  }
  .icon-button {
    min-inline-size: 28px;
    padding: 0 6px;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 18px;
    margin: 8px 0;
  }
  .entry dt {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .entry dd {
    margin: 0;
  }
  .detail h3 {
    margin: 10px 0 4px;
    font-size: 0.95em;
  }
  .detail ul {
    margin: 0;
    padding-inline-start: 1.3em;
  }
  .description {
    margin: 6px 0;
  }
  .detail a {
    color: var(--_accent);
  }
  .unsafe-link {
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .when {
    color: var(--_muted);
    margin-inline-end: 4px;
  }
  .link-button {
    border: none;
    background: none;
    padding: 0;
    min-inline-size: 0;
    color: var(--_accent);
    text-decoration: underline;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  .legend-swatch {
    overflow: visible;
  }
  .state {
    margin: 0;
  }
`;
