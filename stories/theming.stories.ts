import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defineSopDiagram } from '../src/sop-diagram.js';
import { defineEscalationMatrix } from '../src/escalation-matrix.js';
import { defineIncidentTimeline } from '../src/incident-timeline.js';
import classic from '../examples/classic-it-incident.sop.json';
import reopened from '../examples/incidents/reopened.incident.json';

// Called explicitly: a bare import of an element entry may be tree-shaken in the Storybook build.
defineSopDiagram();
defineEscalationMatrix();
defineIncidentTimeline();

/**
 * The themes are plain CSS: custom properties set on an ancestor, and `::part()` for what a property does not
 * cover. Nothing here is specific to Storybook; copy a block into your own stylesheet.
 */
const themes = html`<style>
  .sop-theme {
    display: grid;
    gap: 1.5rem;
    padding: 1rem;
  }
  /* Light, whatever the operating system prefers (the defaults follow prefers-color-scheme). */
  .sop-theme.light {
    background: #ffffff;
    --sop-background: #ffffff;
    --sop-foreground: #1b1f24;
    --sop-muted: #59636e;
    --sop-border-color: #d0d7de;
    --sop-surface: #f6f8fa;
    --sop-accent: #0969da;
    --sop-focus-color: #0969da;
    --sop-error-color: #cf222e;
    --sop-warning-color: #9a6700;
    --sop-tone-critical: #cf222e;
    --sop-tone-high: #bc4c00;
    --sop-tone-medium: #9a6700;
    --sop-tone-low: #1a7f37;
    --sop-tone-info: #0969da;
    --sop-timeline-comms-color: #8250df;
  }
  /* Dark, whatever the operating system prefers: the same values the elements use under a dark preference. */
  .sop-theme.dark {
    background: #0d1117;
    color-scheme: dark;
    --sop-background: #0d1117;
    --sop-foreground: #e6edf3;
    --sop-muted: #9198a1;
    --sop-border-color: #3d444d;
    --sop-surface: #151b23;
    --sop-accent: #4493f8;
    --sop-focus-color: #4493f8;
    --sop-error-color: #f85149;
    --sop-warning-color: #d29922;
    --sop-tone-critical: #f85149;
    --sop-tone-high: #db6d28;
    --sop-tone-medium: #d29922;
    --sop-tone-low: #3fb950;
    --sop-tone-info: #4493f8;
    --sop-timeline-comms-color: #ab7df8;
  }
  /* A brand: warm neutrals, a violet accent, its own tones and font, rounder corners, parts restyled. */
  .sop-theme.brand {
    background: #fbf8f3;
    --sop-background: #fbf8f3;
    --sop-foreground: #2b2118;
    --sop-muted: #7a6a5a;
    --sop-border-color: #e4d9ca;
    --sop-surface: #f3ece1;
    --sop-accent: #6f42c1;
    --sop-focus-color: #e36209;
    --sop-font-family: Georgia, 'Iowan Old Style', 'Palatino Linotype', serif;
    --sop-font-family-mono: 'Courier New', monospace;
    --sop-font-size: 15px;
    --sop-tone-critical: #b31d28;
    --sop-tone-high: #d15704;
    --sop-tone-medium: #b08800;
    --sop-tone-low: #2f7d32;
    --sop-tone-info: #6f42c1;
    --sop-lane-header-fill: #6f42c1;
    --sop-lane-header-text: #ffffff;
    --sop-phase-header-fill: #efe6fb;
    --sop-step-fill: #ffffff;
    --sop-flow-active-stroke: #e36209;
    --sop-matrix-radius: 14px;
    --sop-matrix-header-background: #efe6fb;
    --sop-timeline-radius: 14px;
    --sop-timeline-counting-color: #6f42c1;
    --sop-timeline-comms-color: #1b7c83;
  }
  .sop-theme.brand sop-diagram::part(title) {
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }
  .sop-theme.brand escalation-matrix::part(column-header) {
    color: #4b2a86;
  }
  .sop-theme.brand incident-timeline::part(priority) {
    border-radius: 999px;
  }
</style>`;

interface Args {
  theme: 'light' | 'dark' | 'brand' | 'system';
}

const meta: Meta<Args> = {
  title: 'Guides/Theming',
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'brand', 'system'] },
  },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Every colour, stroke and font is a `--sop-…` custom property with a light and a dark default (chosen by ' +
          '`prefers-color-scheme`). Set them on the elements or any ancestor; use `::part()` for the rest. Each ' +
          "element's own properties and parts are listed on its docs page.",
      },
    },
  },
  render: ({ theme }) =>
    html`${themes}
      <div class="sop-theme ${theme}">
        <sop-diagram .sop=${classic} priority="p2"></sop-diagram>
        <escalation-matrix .sop=${classic} priority="p2" elapsed="PT45M"></escalation-matrix>
        <incident-timeline .sop=${classic} .incident=${reopened}></incident-timeline>
      </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The light palette, set explicitly so it stays light under a dark system preference. */
export const Light: Story = { args: { theme: 'light' } };

/** The dark palette, set explicitly so it stays dark under a light system preference. */
export const Dark: Story = { args: { theme: 'dark' } };

/** A custom brand: its own palette, tones, font and corner radius, and a few parts restyled with `::part()`. */
export const Brand: Story = { args: { theme: 'brand' } };

/** No custom property at all: the elements follow the operating system's light or dark preference. */
export const System: Story = { args: { theme: 'system' } };
