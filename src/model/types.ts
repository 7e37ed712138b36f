/**
 * Types of the SOP document format, version 1 (`sop/v1`) and of incident records (`incident/v1`).
 * Field names follow the format specification exactly: they are the public contract.
 */

/** Fixed vocabularies, as `as const` arrays with derived unions. */
export const ROLE_KINDS = ['team', 'person', 'system', 'external'] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

export const CHANNELS = ['page', 'phone', 'sms', 'email', 'chat', 'bridge'] as const;
export type Channel = (typeof CHANNELS)[number];

export const TONES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Tone = (typeof TONES)[number];

export const HOURS = ['24x7', 'business'] as const;
export type Hours = (typeof HOURS)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const STEP_TYPES = [
  'start',
  'end',
  'task',
  'decision',
  'escalation',
  'communication',
  'wait',
  'subprocess',
] as const;
export type StepType = (typeof STEP_TYPES)[number];

export const FLOW_KINDS = ['normal', 'escalation', 'communication', 'loop'] as const;
export type FlowKind = (typeof FLOW_KINDS)[number];

export const CONDITIONS = ['always', 'unacknowledged', 'unresolved'] as const;
export type EscalationCondition = (typeof CONDITIONS)[number];

export const EVENT_TYPES = [
  'detected',
  'logged',
  'acknowledged',
  'assigned',
  'escalated',
  'communicated',
  'paused',
  'resumed',
  'mitigated',
  'resolved',
  'reopened',
  'closed',
  'reviewed',
  'note',
] as const;
export type IncidentEventType = (typeof EVENT_TYPES)[number];

/** An ISO 8601 duration without years or months: `PT15M`, `P1DT12H`, `P2W`. */
export type Duration = string;
/** An ISO 8601 timestamp with a zone offset or `Z`. */
export type Timestamp = string;

export interface Contact {
  name: string;
  channel?: Channel;
  address?: string;
}

export interface Role {
  id: string;
  name: string;
  kind?: RoleKind;
  tier?: number;
  description?: string;
  contacts?: Contact[];
}

export interface Phase {
  id: string;
  name: string;
  description?: string;
}

export interface Category {
  id: string;
  name: string;
  description?: string;
}

export interface Priority {
  id: string;
  name: string;
  description?: string;
  tone?: Tone;
  response?: Duration;
  resolution?: Duration;
  updates?: Duration;
  hours?: Hours;
}

export interface Level {
  id: string;
  name: string;
  description?: string;
}

export interface PriorityMatrix {
  impact: Level[];
  urgency: Level[];
  cells: Record<string, Record<string, string>>;
}

export interface BusinessHours {
  timeZone: string;
  days: Weekday[];
  start: string;
  end: string;
  holidays?: string[];
}

export interface Raci {
  responsible?: string;
  accountable?: string;
  consulted?: string[];
  informed?: string[];
}

export interface Link {
  label: string;
  href: string;
}

export interface Step {
  id: string;
  type: StepType;
  label: string;
  role?: string;
  phase?: string;
  description?: string;
  sla?: Duration;
  priorities?: string[];
  categories?: string[];
  raci?: Raci;
  checklist?: string[];
  links?: Link[];
  subprocess?: string;
}

export interface FlowCondition {
  priorities?: string[];
  categories?: string[];
}

export interface Flow {
  id?: string;
  from: string;
  to: string;
  label?: string;
  kind?: FlowKind;
  when?: FlowCondition;
}

export interface EscalationStep {
  after: Duration;
  role: string;
  channels?: Channel[];
  condition?: EscalationCondition;
  note?: string;
}

export interface Policy {
  priority: string;
  steps: EscalationStep[];
  repeat?: number;
}

export interface Escalation {
  policies: Policy[];
}

export interface SopMeta {
  owner?: string;
  version?: string;
  approvedBy?: string;
  approvedOn?: string;
  nextReview?: string;
  classification?: string;
}

/** A procedure, as written by its owners (the input). */
export interface SopDocument {
  format: 'sop/v1';
  id: string;
  title: string;
  description?: string;
  meta?: SopMeta;
  roles?: Role[];
  phases?: Phase[];
  categories?: Category[];
  priorities?: Priority[];
  priorityMatrix?: PriorityMatrix;
  businessHours?: BusinessHours;
  steps: Step[];
  flows?: Flow[];
  escalation?: Escalation;
}

export interface IncidentEvent {
  at: Timestamp;
  type: IncidentEventType;
  label?: string;
  actor?: string;
  role?: string;
  step?: string;
  note?: string;
}

/** One incident, as recorded (the input of the timeline). */
export interface IncidentRecord {
  format: 'incident/v1';
  id: string;
  title: string;
  priority?: string;
  category?: string;
  sop?: string;
  events: IncidentEvent[];
}

export const SEVERITIES = ['error', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** One finding of validation: never thrown, always returned. */
export interface Diagnostic {
  severity: Severity;
  /** `UPPER_SNAKE` with a domain prefix: `SOP_UNKNOWN_ROLE`, `INCIDENT_NO_ZONE`. */
  code: string;
  /** JSON Pointer to the offending value (`/steps/3/role`); `""` is the whole document. */
  path: string;
  /** What is wrong, naming the offending value and what was expected. */
  message: string;
}
