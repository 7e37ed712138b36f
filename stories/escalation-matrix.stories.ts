import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { defineEscalationMatrix } from '../src/escalation-matrix.js';
import classic from '../examples/classic-it-incident.sop.json';
import enterprise from '../examples/enterprise-service-desk.sop.json';
import cloud from '../examples/cloud-operations.sop.json';
import msp from '../examples/managed-service-provider.sop.json';
import regulated from '../examples/regulated-organisation.sop.json';

// Called explicitly: package.json "sideEffects" lists only dist/, so a bare import is tree-shaken in builds.
defineEscalationMatrix();

interface Args {
  sop?: unknown;
  src?: string;
  view: 'escalation' | 'priority';
  priority?: string;
  elapsed?: string;
  /** Width of the container in px (a ticket sidebar is ~320). */
  width?: number;
}

/** Sets the container width through the CSSOM (no inline `style` attribute, as under a strict CSP). */
const widthOf = (width: number | undefined) =>
  ref((node) => {
    if (node instanceof HTMLElement) node.style.inlineSize = width ? `${width}px` : '';
  });

const meta: Meta<Args> = {
  title: 'Elements/escalation-matrix',
  component: 'escalation-matrix',
  argTypes: {
    view: { control: 'inline-radio', options: ['escalation', 'priority'] },
    priority: { control: 'text' },
    elapsed: { control: 'text', description: 'A Duration since detection, e.g. PT20M' },
    src: { control: 'text' },
    width: { control: { type: 'number', min: 240, step: 20 } },
    sop: { control: false },
  },
  args: { view: 'escalation' },
  render: (args) =>
    html`<div ${widthOf(args.width)}>
      <escalation-matrix
        .sop=${args.sop}
        src=${ifDefined(args.src)}
        view=${args.view}
        priority=${ifDefined(args.priority)}
        elapsed=${ifDefined(args.elapsed)}
      ></escalation-matrix>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A copy of a document with one change, so stories never share a mutated object. */
function variant<T>(doc: T, change: (copy: T) => void): T {
  const copy = JSON.parse(JSON.stringify(doc)) as T;
  change(copy);
  return copy;
}

export const ClassicEscalation: Story = { args: { sop: classic } };
export const ClassicPriority: Story = { args: { sop: classic, view: 'priority' } };
export const EnterpriseEscalation: Story = { args: { sop: enterprise } };
export const EnterprisePriority: Story = { args: { sop: enterprise, view: 'priority' } };
export const CloudEscalation: Story = { args: { sop: cloud } };
export const CloudPriority: Story = { args: { sop: cloud, view: 'priority' } };
export const ManagedServiceProviderEscalation: Story = { args: { sop: msp } };
export const ManagedServiceProviderPriority: Story = { args: { sop: msp, view: 'priority' } };
export const RegulatedEscalation: Story = { args: { sop: regulated } };
export const RegulatedPriority: Story = { args: { sop: regulated, view: 'priority' } };

/** P1 highlighted, 20 minutes in: who is engaged, and who is next in how long. */
export const HighlightAndElapsed: Story = { args: { sop: classic, priority: 'p1', elapsed: 'PT20M' } };

/** Exactly at a step's `after` (15 min): that step counts as engaged. */
export const ElapsedAtBoundary: Story = { args: { sop: classic, priority: 'p1', elapsed: 'PT15M' } };

/** Without `priority`, `elapsed` marks every row. */
export const ElapsedEveryRow: Story = { args: { sop: cloud, elapsed: 'PT30M' } };

/** The priority grid with the cells of one priority highlighted. */
export const PriorityHighlighted: Story = { args: { sop: regulated, view: 'priority', priority: 'p1' } };

/** A ticket sidebar: one card per priority, every fact kept. */
export const Narrow: Story = { args: { sop: msp, priority: 'p1', elapsed: 'PT20M', width: 320 } };

export const NarrowPriority: Story = { args: { sop: msp, view: 'priority', priority: 'p2', width: 320 } };

/** The priority view of a procedure without a `priorityMatrix` says so plainly. */
export const NoPriorityMatrix: Story = {
  args: {
    view: 'priority',
    sop: variant(classic as Record<string, unknown>, (d) => delete d.priorityMatrix),
  },
};

/** Consistency hints: a late escalation, a role without contacts, a priority without a policy. */
export const ConsistencyHints: Story = {
  args: {
    sop: variant(classic, (d) => {
      d.escalation.policies = d.escalation.policies.filter((p) => p.priority !== 'p4');
      d.escalation.policies[1]!.steps[2]!.after = 'PT45M';
      d.roles = d.roles.map((r) => (r.id === 'l3-engineering' ? { ...r, contacts: [] } : r));
    }),
  },
};

/** An `elapsed` that is not a duration gets a clear message, not an exception. */
export const InvalidElapsed: Story = { args: { sop: classic, priority: 'p1', elapsed: '20 minutes' } };

/** A document with errors: the error panel lists each one with its JSON Pointer. */
export const Invalid: Story = {
  args: {
    sop: variant(classic as Record<string, unknown>, (d) => {
      d.escalation = { policies: [{ priority: 'p9', steps: [{ after: 'soon', role: 'night-shift' }] }] };
    }),
  },
};

/** Loaded from `src` (the examples are served at `/examples/`). */
export const LoadingFromSrc: Story = { args: { src: '/examples/enterprise-service-desk.sop.json' } };

/** A `src` that answers 404. */
export const SrcNotFound: Story = { args: { src: '/examples/does-not-exist.sop.json' } };

/** No document yet: the element says so instead of showing a blank box. */
export const Empty: Story = { args: {} };

/** A large organisation: 14 roles over four tiers and six priorities, each engaging up to ten roles. */
export const VeryLarge: Story = {
  args: {
    elapsed: 'PT45M',
    priority: 'p2',
    sop: (() => {
      const tones = ['critical', 'high', 'medium', 'low', 'info', 'info'] as const;
      const roles = Array.from({ length: 14 }, (_, i) => ({
        id: `role-${i + 1}`,
        name: `Resolver group ${i + 1}`,
        tier: 1 + (i % 4),
        contacts: [
          { name: `Group ${i + 1} rota`, channel: i % 2 ? 'page' : 'chat', address: `group-${i + 1}@example.com` },
        ],
      }));
      const priorities = tones.map((tone, i) => ({
        id: `p${i + 1}`,
        name: `Priority ${i + 1}`,
        tone,
        response: `PT${15 * (i + 1)}M`,
        resolution: `PT${4 * (i + 1)}H`,
      }));
      const policies = priorities.map((p, i) => ({
        priority: p.id,
        repeat: i < 2 ? 2 : 0,
        steps: roles.slice(0, 10 - i).map((r, j) => ({
          after: `PT${j * (5 + i * 5)}M`,
          role: r.id,
          channels: [j % 3 === 0 ? 'page' : 'email'],
          condition: j === 0 ? 'always' : 'unacknowledged',
        })),
      }));
      return {
        format: 'sop/v1',
        id: 'very-large-matrix',
        title: 'Group-wide escalation',
        roles,
        priorities,
        steps: [{ id: 'start', type: 'start', label: 'Incident raised', role: 'role-1' }],
        escalation: { policies },
      };
    })(),
  },
};
