import type { IncidentRecord, SopDocument } from '../../src/model/types.js';

/** A small valid SOP with every kind of object, for tests to start from and break. */
export function sampleSop(): SopDocument {
  return {
    format: 'sop/v1',
    id: 'sample',
    title: 'Sample procedure',
    roles: [
      {
        id: 'desk',
        name: 'Service desk',
        tier: 1,
        contacts: [{ name: 'Desk', channel: 'phone', address: '+1-555-0100' }],
      },
      { id: 'oncall', name: 'On-call engineer', tier: 2 },
    ],
    phases: [
      { id: 'detect', name: 'Detection' },
      { id: 'resolve', name: 'Resolution' },
    ],
    categories: [
      { id: 'network', name: 'Network' },
      { id: 'security', name: 'Security' },
    ],
    priorities: [
      { id: 'p1', name: 'Critical', tone: 'critical', response: 'PT15M', resolution: 'PT4H' },
      { id: 'p2', name: 'Normal', tone: 'medium', response: 'PT4H', resolution: 'P2D', hours: 'business' },
    ],
    businessHours: {
      timeZone: 'Europe/London',
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      start: '08:00',
      end: '17:00',
    },
    priorityMatrix: {
      impact: [
        { id: 'high', name: 'High' },
        { id: 'low', name: 'Low' },
      ],
      urgency: [
        { id: 'high', name: 'High' },
        { id: 'low', name: 'Low' },
      ],
      cells: { high: { high: 'p1', low: 'p2' }, low: { high: 'p2', low: 'p2' } },
    },
    steps: [
      { id: 'start', type: 'start', label: 'Alert raised', role: 'desk', phase: 'detect' },
      { id: 'triage', type: 'decision', label: 'Major?', role: 'desk', phase: 'detect' },
      { id: 'page', type: 'escalation', label: 'Page on-call', role: 'desk', phase: 'detect', priorities: ['p1'] },
      { id: 'fix', type: 'task', label: 'Fix it', role: 'oncall', phase: 'resolve', sla: 'PT1H' },
      { id: 'done', type: 'end', label: 'Closed', role: 'oncall', phase: 'resolve' },
    ],
    flows: [
      { from: 'start', to: 'triage' },
      { from: 'triage', to: 'page', label: 'P1', when: { priorities: ['p1'] } },
      { from: 'triage', to: 'fix', label: 'Other', when: { priorities: ['p2'] } },
      { from: 'page', to: 'fix', kind: 'escalation' },
      { from: 'fix', to: 'done' },
    ],
    escalation: {
      policies: [
        {
          priority: 'p1',
          steps: [
            { after: 'PT0M', role: 'desk' },
            { after: 'PT15M', role: 'oncall', channels: ['page'] },
          ],
        },
      ],
    },
  };
}

/** A valid incident that follows {@link sampleSop}. */
export function sampleIncident(): IncidentRecord {
  return {
    format: 'incident/v1',
    id: 'INC-1',
    title: 'Router down',
    priority: 'p1',
    category: 'network',
    sop: 'sample',
    events: [
      { at: '2026-03-06T10:00:00Z', type: 'detected' },
      { at: '2026-03-06T10:20:00Z', type: 'acknowledged', role: 'desk', step: 'triage' },
      { at: '2026-03-06T12:00:00Z', type: 'resolved' },
    ],
  };
}

/** A deep copy, so a test can break one field without touching the shared sample. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
