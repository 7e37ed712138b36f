import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { defineSopDiagram } from '../src/sop-diagram.js';
import type { SopDocument } from '../src/model/types.js';
import { generateSop } from '../test/layout/generated-sop.js';
import classic from '../examples/classic-it-incident.sop.json';
import enterprise from '../examples/enterprise-service-desk.sop.json';
import cloud from '../examples/cloud-operations.sop.json';
import msp from '../examples/managed-service-provider.sop.json';
import regulated from '../examples/regulated-organisation.sop.json';

// Called explicitly, so that a bundler that tree-shakes side-effect imports still registers the element.
defineSopDiagram();

interface Args {
  sop?: unknown;
  src?: string;
  direction: 'horizontal' | 'vertical';
  priority?: string;
  category?: string;
  selected?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/sop-diagram',
  component: 'sop-diagram',
  argTypes: {
    direction: { control: 'inline-radio', options: ['horizontal', 'vertical'] },
    priority: { control: 'text', description: 'Priority lens, e.g. p1' },
    category: { control: 'text', description: 'Category lens, e.g. security' },
    selected: { control: 'text', description: 'Id of the selected step' },
    src: { control: 'text' },
    sop: { control: false },
  },
  args: { direction: 'horizontal' },
  render: (args) =>
    html`<sop-diagram
      .sop=${args.sop as SopDocument | undefined}
      src=${ifDefined(args.src)}
      direction=${args.direction}
      priority=${ifDefined(args.priority)}
      category=${ifDefined(args.category)}
      selected=${ifDefined(args.selected)}
    ></sop-diagram>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A copy of a document with one change, so stories never share a mutated object. */
function variant<T>(doc: T, change: (copy: T) => void): T {
  const copy = JSON.parse(JSON.stringify(doc)) as T;
  change(copy);
  return copy;
}

export const ClassicItIncident: Story = { args: { sop: classic } };
export const ClassicItIncidentVertical: Story = { args: { sop: classic, direction: 'vertical' } };
export const EnterpriseServiceDesk: Story = { args: { sop: enterprise } };
export const EnterpriseServiceDeskVertical: Story = { args: { sop: enterprise, direction: 'vertical' } };
export const CloudOperations: Story = { args: { sop: cloud } };
export const CloudOperationsVertical: Story = { args: { sop: cloud, direction: 'vertical' } };
export const ManagedServiceProvider: Story = { args: { sop: msp } };
export const ManagedServiceProviderVertical: Story = { args: { sop: msp, direction: 'vertical' } };
export const RegulatedOrganisation: Story = { args: { sop: regulated } };
export const RegulatedOrganisationVertical: Story = { args: { sop: regulated, direction: 'vertical' } };

/** The P1 lens: the path a critical incident takes is lit, everything else dimmed. */
export const PriorityLens: Story = { args: { sop: classic, priority: 'p1' } };

/** The lens by category: what a personal-data breach goes through. */
export const CategoryLens: Story = { args: { sop: regulated, category: 'personal-data' } };

/** A selected step shows its details (owner, SLA, RACI, checklist, links) under the drawing. */
export const SelectedStep: Story = { args: { sop: classic, selected: 'declare-major' } };

/** An invalid document: the error panel lists every problem with its path; nothing is drawn from it. */
export const Invalid: Story = {
  args: {
    sop: variant(classic, (doc) => {
      const d = doc as unknown as { steps: { role?: string; label?: string }[]; flows: { to: string }[] };
      d.steps[2]!.role = 'night-shift';
      d.steps[5]!.label = '';
      d.flows[3]!.to = 'nowhere';
    }),
  },
};

/** Loaded from `src` (the examples are served at /examples/). */
export const LoadingFromSrc: Story = { args: { src: '/examples/cloud-operations.sop.json' } };

/** A `src` that does not exist: the HTTP error is shown in place. */
export const MissingSrc: Story = { args: { src: '/examples/does-not-exist.sop.json' } };

/** A generated 200-step procedure: laid out in a worker where the page allows it. */
export const Generated200Steps: Story = { args: { sop: generateSop({ steps: 200, seed: 4, loops: true }) } };

/** No document yet: the element says so instead of showing a blank box. */
export const Empty: Story = { args: {} };

/** In a narrow container (a ticket sidebar): the diagram fits its width and stays pannable and zoomable. */
export const Narrow: Story = {
  args: { sop: cloud, priority: 'p1' },
  render: (args) =>
    html`<div
      ${ref((node) => {
        if (node instanceof HTMLElement) node.style.inlineSize = '340px';
      })}
    >
      <sop-diagram .sop=${args.sop as SopDocument} priority=${ifDefined(args.priority)}></sop-diagram>
    </div>`,
};

/** A very large procedure (1,000 steps over 10 lanes), laid out in a worker where the page allows one. */
export const VeryLarge: Story = { args: { sop: generateSop({ steps: 1000, roles: 10, phases: 8, seed: 7 }) } };

/** Beyond what the layout can handle: refused at once with a diagnostic, never a frozen tab. */
export const TooLargeToLayOut: Story = { args: { sop: generateSop({ steps: 1600, chain: true, seed: 3 }) } };
