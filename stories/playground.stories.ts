import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defineSopDiagram } from '../src/sop-diagram.js';
import { defineEscalationMatrix } from '../src/escalation-matrix.js';
import { defineIncidentTimeline } from '../src/incident-timeline.js';
import { parseIncident, parseSop } from '../src/model/index.js';
import classic from '../examples/classic-it-incident.sop.json';
import enterprise from '../examples/enterprise-service-desk.sop.json';
import cloud from '../examples/cloud-operations.sop.json';
import msp from '../examples/managed-service-provider.sop.json';
import regulated from '../examples/regulated-organisation.sop.json';
import reopened from '../examples/incidents/reopened.incident.json';
import vendorWait from '../examples/incidents/vendor-wait-paused.incident.json';
import dbOutage from '../examples/incidents/db-outage-breach.incident.json';
import weekend from '../examples/incidents/weekend-business-hours.incident.json';

// Called explicitly: a bare import of an element entry may be tree-shaken in the Storybook build.
defineSopDiagram();
defineEscalationMatrix();
defineIncidentTimeline();

/** Each example SOP with an incident that follows it (the regulated one has none). */
const EXAMPLES: Record<string, { sop: unknown; incident?: unknown }> = {
  'Classic IT incident': { sop: classic, incident: reopened },
  'Enterprise service desk': { sop: enterprise, incident: vendorWait },
  'Cloud operations': { sop: cloud, incident: dbOutage },
  'Managed service provider': { sop: msp, incident: weekend },
  'Regulated organisation': { sop: regulated },
};

const json = (value: unknown) => (value === undefined ? '' : JSON.stringify(value, null, 2));

/** One line about the text as typed: how many errors and warnings the validator finds. */
function summary(kind: 'SOP' | 'Incident', text: string, sopText?: string): string {
  if (!text.trim()) return `${kind}: empty`;
  const sop = sopText === undefined ? undefined : parseSop(sopText).document;
  const { diagnostics } = kind === 'SOP' ? parseSop(text) : parseIncident(text, sop);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (!diagnostics.length) return `${kind}: valid`;
  return `${kind}: ${errors} error(s), ${warnings} warning(s) — the elements below list them`;
}

/** The playground's root around `node`. */
function playground(node: EventTarget | null): HTMLElement {
  const root = node instanceof Element ? node.closest<HTMLElement>('.sop-playground') : null;
  if (!root) throw new Error('not inside the playground');
  return root;
}

/** Sends the text of both text areas to the three elements (they accept JSON text as well as objects). */
function apply(root: HTMLElement): void {
  const sopText = root.querySelector<HTMLTextAreaElement>('textarea[name="sop"]')!.value;
  const incidentText = root.querySelector<HTMLTextAreaElement>('textarea[name="incident"]')!.value;
  root.querySelector('sop-diagram')!.sop = sopText;
  root.querySelector('escalation-matrix')!.sop = sopText;
  const timeline = root.querySelector('incident-timeline')!;
  timeline.sop = sopText;
  timeline.incident = incidentText || undefined;
  root.querySelector<HTMLOutputElement>('output[name="sop-status"]')!.value = summary('SOP', sopText);
  root.querySelector<HTMLOutputElement>('output[name="incident-status"]')!.value = summary(
    'Incident',
    incidentText,
    sopText,
  );
}

function handleInput(event: Event): void {
  apply(playground(event.target));
}

function handleExample(event: Event): void {
  const select = event.target as HTMLSelectElement;
  const root = playground(select);
  const example = EXAMPLES[select.value];
  if (!example) return;
  root.querySelector<HTMLTextAreaElement>('textarea[name="sop"]')!.value = json(example.sop);
  root.querySelector<HTMLTextAreaElement>('textarea[name="incident"]')!.value = json(example.incident);
  apply(root);
}

function handleDirection(event: Event): void {
  const input = event.target as HTMLInputElement;
  playground(input).querySelector('sop-diagram')!.direction = input.checked ? 'vertical' : 'horizontal';
}

const styles = html`<style>
  .sop-playground {
    display: grid;
    gap: 1rem;
  }
  .sop-playground .editors {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr));
    gap: 1rem;
  }
  .sop-playground label {
    display: grid;
    gap: 0.25rem;
    font:
      600 0.875rem system-ui,
      sans-serif;
  }
  .sop-playground textarea {
    min-block-size: 18rem;
    font:
      0.8125rem ui-monospace,
      Menlo,
      Consolas,
      monospace;
    tab-size: 2;
  }
  .sop-playground output {
    font:
      0.8125rem system-ui,
      sans-serif;
  }
  .sop-playground .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: center;
  }
</style>`;

const meta: Meta = {
  title: 'Guides/Playground',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Edit the JSON and watch all three elements follow as you type. Errors are shown in each element with ' +
          'their JSON Pointer; the last good drawing stays until the document is valid again.',
      },
    },
  },
};
export default meta;

/** The SOP feeds `<sop-diagram>`, `<escalation-matrix>` and `<incident-timeline>`; the incident feeds the timeline. */
export const Playground: StoryObj = {
  render: () => {
    const first = EXAMPLES['Classic IT incident']!;
    const sopText = json(first.sop);
    const incidentText = json(first.incident);
    return html`${styles}
      <div class="sop-playground">
        <div class="toolbar">
          <label
            >Start from an example
            <select @change=${handleExample}>
              ${Object.keys(EXAMPLES).map((name) => html`<option>${name}</option>`)}
            </select>
          </label>
          <label><input type="checkbox" @change=${handleDirection} /> Vertical diagram</label>
        </div>
        <div class="editors">
          <label
            >SOP document (JSON)
            <textarea name="sop" spellcheck="false" .value=${sopText} @input=${handleInput}></textarea>
            <output name="sop-status">${summary('SOP', sopText)}</output>
          </label>
          <label
            >Incident record (JSON)
            <textarea name="incident" spellcheck="false" .value=${incidentText} @input=${handleInput}></textarea>
            <output name="incident-status">${summary('Incident', incidentText, sopText)}</output>
          </label>
        </div>
        <sop-diagram .sop=${sopText}></sop-diagram>
        <escalation-matrix .sop=${sopText}></escalation-matrix>
        <incident-timeline .sop=${sopText} .incident=${incidentText}></incident-timeline>
      </div>`;
  },
};
