import { css } from 'lit';

/** Contacts on demand, the legend and the list of consistency hints. */
export const asideStyles = css`
  /* Contacts, on demand. */
  .contacts-toggle {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 2px 10px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_bg);
    color: var(--_accent);
    font: inherit;
    cursor: pointer;
  }
  .contacts-toggle:hover {
    border-color: var(--_accent);
  }
  .contacts {
    margin: 6px 0 0;
    padding: 0;
    list-style: none;
  }
  .contacts:not(.open) {
    display: none;
  }
  .contact {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 2px 6px;
    padding-block: 4px;
  }
  .contact + .contact {
    border-block-start: 1px solid var(--_border);
  }
  .contact-name {
    font-weight: 600;
  }
  .address {
    inline-size: 100%;
    font-family: var(--_mono);
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }

  /* Legend and hints under the table. */
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    margin: 8px 2px 0;
    color: var(--_muted);
    font-size: 0.82em;
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .legend-dot,
  .legend-tick,
  .legend-bar,
  .legend-now {
    display: inline-block;
    inline-size: 10px;
    block-size: 10px;
  }
  .legend-dot {
    border: 2px solid var(--_muted);
    border-radius: 50%;
  }
  .legend-tick {
    inline-size: 0;
    block-size: 12px;
    border-inline-start: 2px solid var(--_fg);
  }
  .legend-bar {
    inline-size: 0;
    block-size: 14px;
    border-inline-start: 2px dashed var(--_muted);
  }
  .legend-now {
    inline-size: 0;
    block-size: 14px;
    border-inline-start: 2px solid var(--_accent);
  }
  .warnings {
    margin-block-start: 12px;
    padding: 10px 14px;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_warning);
    border-radius: 6px;
    background: var(--_surface);
  }
  .warnings h3 {
    display: flex;
    align-items: center;
    gap: 6px;
    margin: 0 0 6px;
    font-size: 1em;
    color: var(--_warning);
  }
  .warnings ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .warnings li {
    margin-block: 3px;
    overflow-wrap: anywhere;
  }
  .warnings .path {
    color: var(--_muted);
    font-family: var(--_mono);
    font-size: 0.88em;
  }
`;
