import { businessDurationToMs, durationToMs } from './duration.js';
import { timestampMs } from './time.js';
import type {
  BusinessHours,
  Category,
  Channel,
  EscalationCondition,
  Flow,
  FlowKind,
  Hours,
  IncidentEvent,
  IncidentRecord,
  Phase,
  Priority,
  PriorityMatrix,
  Role,
  SopDocument,
  SopMeta,
  Step,
} from './types.js';

export interface StepModel extends Step {
  /** Position in `steps`. */
  index: number;
  /** Index of the step's lane in `roles`, or -1 when the document has no roles. */
  roleIndex: number;
  /** Index of the step's band in `phases` (inherited from the step before it when it names none), or -1. */
  phaseIndex: number;
}

export interface FlowModel {
  /** The flow's own id, or `flow-N` (N its position) when it has none. */
  id: string;
  index: number;
  from: string;
  to: string;
  label?: string;
  kind: FlowKind;
  when?: { priorities?: string[]; categories?: string[] };
}

export interface PriorityModel extends Priority {
  index: number;
  hours: Hours;
  /** Targets in milliseconds of working time (`hours: "business"`) or calendar time. */
  responseMs?: number;
  resolutionMs?: number;
  updatesMs?: number;
}

export interface EscalationStepModel {
  /** The delay after detection in the priority's clock: working time for business-hours priorities. */
  afterMs: number;
  after: string;
  role: string;
  channels: Channel[];
  condition: EscalationCondition;
  note?: string;
}

export interface PolicyModel {
  priority: string;
  /** Sorted by `afterMs`, stable for equal delays. */
  steps: EscalationStepModel[];
  repeat: number;
}

/** A validated SOP with defaults filled, ids resolved and lookup maps (the input of layout and rendering). */
export interface SopModel {
  document: SopDocument;
  id: string;
  title: string;
  description?: string;
  meta: SopMeta;
  roles: Role[];
  phases: Phase[];
  categories: Category[];
  priorities: PriorityModel[];
  priorityMatrix?: PriorityMatrix;
  businessHours?: BusinessHours;
  steps: StepModel[];
  flows: FlowModel[];
  policies: PolicyModel[];
  stepById: Map<string, StepModel>;
  roleById: Map<string, Role>;
  phaseById: Map<string, Phase>;
  priorityById: Map<string, PriorityModel>;
  categoryById: Map<string, Category>;
  policyByPriority: Map<string, PolicyModel>;
  outgoing: Map<string, FlowModel[]>;
  incoming: Map<string, FlowModel[]>;
  /** Ids of the start steps, in document order. */
  starts: string[];
}

/** A duration in the clock of a priority: working time under `hours: "business"`, calendar time otherwise. */
function clockMs(duration: string, hours: Hours, businessHours: BusinessHours | undefined): number | undefined {
  return hours === 'business' && businessHours ? businessDurationToMs(duration, businessHours) : durationToMs(duration);
}

function indexBy<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

function copyList<T extends object>(items: readonly T[] | undefined): T[] {
  return (items ?? []).map((item) => ({ ...item }));
}

/**
 * Turns a valid SOP document into its model. The input is never mutated; references that do not resolve
 * (only possible when validation reported errors) are dropped rather than thrown on.
 */
export function normalizeSop(doc: SopDocument): SopModel {
  const roles = copyList(doc.roles);
  const phases = copyList(doc.phases);
  const categories = copyList(doc.categories);
  const roleIndex = new Map(roles.map((r, i) => [r.id, i] as const));
  const phaseIndex = new Map(phases.map((p, i) => [p.id, i] as const));
  const hoursDef = doc.businessHours;

  const priorities: PriorityModel[] = (doc.priorities ?? []).map((p, index) => {
    const hours: Hours = p.hours ?? '24x7';
    const toMs = (d: string | undefined) => (d === undefined ? undefined : clockMs(d, hours, hoursDef));
    return {
      ...p,
      index,
      hours,
      responseMs: toMs(p.response),
      resolutionMs: toMs(p.resolution),
      updatesMs: toMs(p.updates),
    };
  });

  const steps: StepModel[] = doc.steps.map((s, index) => ({
    ...s,
    priorities: s.priorities ? [...s.priorities] : undefined,
    categories: s.categories ? [...s.categories] : undefined,
    checklist: s.checklist ? [...s.checklist] : undefined,
    links: s.links ? s.links.map((l) => ({ ...l })) : undefined,
    raci: s.raci ? { ...s.raci } : undefined,
    index,
    roleIndex: s.role !== undefined ? (roleIndex.get(s.role) ?? -1) : -1,
    phaseIndex: s.phase !== undefined ? (phaseIndex.get(s.phase) ?? -1) : -1,
  }));
  const stepById = indexBy(steps);

  const flows: FlowModel[] = [];
  (doc.flows ?? []).forEach((f: Flow, index) => {
    if (!stepById.has(f.from) || !stepById.has(f.to)) return;
    flows.push({
      id: f.id ?? `flow-${index}`,
      index,
      from: f.from,
      to: f.to,
      label: f.label,
      kind: f.kind ?? 'normal',
      when: f.when
        ? {
            priorities: f.when.priorities ? [...f.when.priorities] : undefined,
            categories: f.when.categories ? [...f.when.categories] : undefined,
          }
        : undefined,
    });
  });
  const outgoing = new Map<string, FlowModel[]>(steps.map((s) => [s.id, []]));
  const incoming = new Map<string, FlowModel[]>(steps.map((s) => [s.id, []]));
  for (const f of flows) {
    outgoing.get(f.from)?.push(f);
    incoming.get(f.to)?.push(f);
  }
  const starts = steps.filter((s) => s.type === 'start').map((s) => s.id);

  if (phases.length > 0) inheritPhases(steps, starts, stepById, outgoing);

  const priorityIndex = new Map(priorities.map((p) => [p.id, p] as const));
  const policies: PolicyModel[] = (doc.escalation?.policies ?? []).map((p) => ({
    priority: p.priority,
    repeat: p.repeat ?? 0,
    steps: p.steps
      .map((s, order) => ({
        order,
        afterMs: clockMs(s.after, priorityIndex.get(p.priority)?.hours ?? '24x7', hoursDef) ?? 0,
        after: s.after,
        role: s.role,
        channels: [...(s.channels ?? [])],
        condition: s.condition ?? 'always',
        note: s.note,
      }))
      .sort((a, b) => a.afterMs - b.afterMs || a.order - b.order)
      .map(({ order: _order, ...rest }) => rest),
  }));
  const policyByPriority = new Map<string, PolicyModel>();
  for (const p of policies) if (!policyByPriority.has(p.priority)) policyByPriority.set(p.priority, p);

  return {
    document: doc,
    id: doc.id,
    title: doc.title,
    description: doc.description,
    meta: { ...doc.meta },
    roles,
    phases,
    categories,
    priorities,
    priorityMatrix: doc.priorityMatrix,
    businessHours: hoursDef
      ? { ...hoursDef, days: [...hoursDef.days], holidays: [...(hoursDef.holidays ?? [])] }
      : undefined,
    steps,
    flows,
    policies,
    stepById,
    roleById: indexBy(roles),
    phaseById: indexBy(phases),
    priorityById: indexBy(priorities),
    categoryById: indexBy(categories),
    policyByPriority,
    outgoing,
    incoming,
    starts,
  };
}

/** A step that names no phase is drawn in the phase of the first step before it (breadth-first), else the first. */
function inheritPhases(
  steps: StepModel[],
  starts: string[],
  byId: Map<string, StepModel>,
  outgoing: Map<string, FlowModel[]>,
): void {
  const seen = new Set<string>(starts);
  const queue = [...starts];
  for (let q = 0; q < queue.length; q++) {
    const step = byId.get(queue[q] ?? '');
    if (!step) continue;
    if (step.phaseIndex < 0) step.phaseIndex = 0;
    for (const f of outgoing.get(step.id) ?? []) {
      const next = byId.get(f.to);
      if (!next || seen.has(next.id)) continue;
      if (next.phaseIndex < 0) next.phaseIndex = step.phaseIndex;
      seen.add(next.id);
      queue.push(next.id);
    }
  }
  for (const s of steps) if (s.phaseIndex < 0) s.phaseIndex = 0;
}

export interface IncidentEventModel extends IncidentEvent {
  /** Position in the record's `events`. */
  index: number;
  ms: number;
}

/** An incident record with its events parsed and sorted by time (stable for equal times). */
export interface IncidentModel {
  record: IncidentRecord;
  id: string;
  title: string;
  priority?: string;
  category?: string;
  sop?: string;
  events: IncidentEventModel[];
}

/** Parses the timestamps of a valid incident record and orders its events in time. Never mutates the input. */
export function normalizeIncident(record: IncidentRecord): IncidentModel {
  const events: IncidentEventModel[] = [];
  record.events.forEach((e, index) => {
    const ms = timestampMs(e.at);
    if (ms !== undefined) events.push({ ...e, index, ms });
  });
  events.sort((a, b) => a.ms - b.ms || a.index - b.index);
  return {
    record,
    id: record.id,
    title: record.title,
    priority: record.priority,
    category: record.category,
    sop: record.sop,
    events,
  };
}
