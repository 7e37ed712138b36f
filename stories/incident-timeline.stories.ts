import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { defineIncidentTimeline } from '../src/incident-timeline.js';
import type { IncidentRecord } from '../src/model/types.js';
import classic from '../examples/classic-it-incident.sop.json';
import enterprise from '../examples/enterprise-service-desk.sop.json';
import cloud from '../examples/cloud-operations.sop.json';
import msp from '../examples/managed-service-provider.sop.json';
import dbOutage from '../examples/incidents/db-outage-breach.incident.json';
import vendorWait from '../examples/incidents/vendor-wait-paused.incident.json';
import weekend from '../examples/incidents/weekend-business-hours.incident.json';
import reopened from '../examples/incidents/reopened.incident.json';

// Called explicitly: package.json "sideEffects" lists only dist/, so a bare import is tree-shaken in builds.
defineIncidentTimeline();

interface Args {
  incident?: unknown;
  sop?: unknown;
  src?: string;
  sopSrc?: string;
  now?: string;
  /** Width of the container in px (a ticket sidebar is ~360). */
  width?: number;
}

/** Sets the container width through the CSSOM (no inline `style` attribute, as under a strict CSP). */
const widthOf = (width: number | undefined) =>
  ref((node) => {
    if (node instanceof HTMLElement) node.style.inlineSize = width ? `${width}px` : '';
  });

const meta: Meta<Args> = {
  title: 'Elements/incident-timeline',
  component: 'incident-timeline',
  argTypes: {
    now: { control: 'text', description: 'ISO 8601 timestamp with a zone; open incidents run to it' },
    src: { control: 'text' },
    sopSrc: { control: 'text', name: 'sop-src' },
    width: { control: { type: 'number', min: 280, step: 20 } },
    incident: { control: false },
    sop: { control: false },
  },
  render: (args) =>
    html`<div ${widthOf(args.width)}>
      <incident-timeline
        .incident=${args.incident}
        .sop=${args.sop}
        src=${ifDefined(args.src)}
        sop-src=${ifDefined(args.sopSrc)}
        now=${ifDefined(args.now)}
      ></incident-timeline>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A copy of a record with one change, so stories never share a mutated object. */
function variant(record: unknown, change: (copy: IncidentRecord) => void): IncidentRecord {
  const copy = JSON.parse(JSON.stringify(record)) as IncidentRecord;
  change(copy);
  return copy;
}

/** SEV1 database outage: acknowledged after 9 min 30 s against a 5 min target (a breach), resolved in 1 h 38 min. */
export const DatabaseOutageBreach: Story = { args: { incident: dbOutage, sop: cloud } };

/** P3 on hold for a vendor hotfix: the pause is excluded, 9 h 48 min of business time against 18 h. */
export const VendorWaitPaused: Story = { args: { incident: vendorWait, sop: enterprise } };

/** MSP P2 from Friday afternoon to Monday: only business hours (08:30–17:30 London) count, 6 h against 8 h. */
export const WeekendBusinessHours: Story = { args: { incident: weekend, sop: msp } };

/** Resolved, reopened the next morning and resolved again: 14 h 05 min of business time to the last resolution. */
export const Reopened: Story = { args: { incident: reopened, sop: classic } };

/** The database outage as it stood at 04:05 UTC: still open, the resolution clock running to `now`. */
export const OpenIncidentAtNow: Story = {
  args: {
    incident: variant(dbOutage, (r) => (r.events = r.events.slice(0, 10))),
    sop: cloud,
    now: '2026-03-06T04:05:00Z',
  },
};

/** An open incident detected 50 minutes ago, without `now`: the clocks and the "now" line move on their own. */
export const LiveOpenIncident: Story = {
  args: {
    incident: variant(dbOutage, (r) => {
      const shift = Date.now() - 50 * 60_000 - Date.parse(r.events[0]!.at);
      r.events = r.events.slice(0, 8).map((e) => ({ ...e, at: new Date(Date.parse(e.at) + shift).toISOString() }));
    }),
    sop: cloud,
  },
};

/** In a ticket sidebar the chart gives way to the ordered list of events; the summary carries the breach. */
export const NarrowWidth: Story = { args: { incident: dbOutage, sop: cloud, width: 360 } };

/** Loaded from URLs: the incident from `src`, the SOP from `sop-src`. */
export const FromSrc: Story = {
  args: {
    src: '/examples/incidents/vendor-wait-paused.incident.json',
    sopSrc: '/examples/enterprise-service-desk.sop.json',
  },
};

/** A `src` that does not exist: the error panel says so. */
export const MissingSrc: Story = { args: { src: '/examples/incidents/no-such-incident.json' } };

/**
 * Inline JSON, for a wiki page without scripts of its own: the incident in a child
 * `<script type="application/json">`, the SOP in a child `<script type="application/json" data-sop>`.
 */
export const InlineJson: Story = {
  render: () => {
    const element = document.createElement('incident-timeline');
    const incident = document.createElement('script');
    incident.type = 'application/json';
    incident.textContent = JSON.stringify(weekend, null, 2);
    const sop = document.createElement('script');
    sop.type = 'application/json';
    sop.dataset.sop = '';
    sop.textContent = JSON.stringify(msp, null, 2);
    element.append(incident, sop);
    return element;
  },
};

/**
 * Bad input is never drawn as if it were fine: a time without a zone, an unknown event type, a resolution
 * before the detection and a priority the SOP does not know, each listed with its JSON Pointer.
 */
export const Invalid: Story = {
  args: {
    incident: variant(dbOutage, (r) => {
      r.priority = 'p9';
      r.events[1]!.at = '2026-03-06T02:14:20';
      (r.events[2] as { type: string }).type = 'paged';
      r.events[11]!.at = '2026-03-06T01:52:00Z';
    }),
    sop: cloud,
  },
};

/** Events listed out of order are accepted and drawn in time order, with a note about the record. */
export const OutOfOrder: Story = {
  args: { incident: variant(weekend, (r) => r.events.reverse()), sop: msp },
};

/** Nothing to show yet: the element says so instead of showing a blank box. */
export const Empty: Story = { args: {} };

/** A long major incident: 300 events over three days, drawn in order and zoomable on time. */
export const VeryLarge: Story = {
  args: {
    sop: cloud,
    incident: variant(dbOutage, (r) => {
      const start = Date.parse(r.events[0]!.at);
      const types = ['note', 'communicated', 'escalated', 'assigned', 'note', 'mitigated'] as const;
      const middle = Array.from({ length: 296 }, (_, i) => ({
        at: new Date(start + (i + 1) * 14 * 60_000).toISOString(),
        type: types[i % types.length]!,
        label: `Update ${i + 1}`,
      }));
      r.events = [
        r.events[0]!,
        { at: new Date(start + 7 * 60_000).toISOString(), type: 'acknowledged', label: 'On-call acknowledged' },
        ...middle,
        { at: new Date(start + 70 * 3_600_000).toISOString(), type: 'resolved', label: 'Service restored' },
        { at: new Date(start + 72 * 3_600_000).toISOString(), type: 'closed', label: 'Closed' },
      ];
    }),
  },
};
