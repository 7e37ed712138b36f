/**
 * Layout of `<escalation-matrix>`: turns a {@link SopModel} into the escalation view (priorities × roles,
 * who is engaged when) and the priority grid (impact × urgency). Pure: no DOM, runs in Node.
 *
 * Clocks: every time of a row is measured on its priority's clock, like the priority's targets: working
 * time when the priority has `hours: "business"` (so `P1D` is one working day), calendar time otherwise.
 * `elapsed` is read on the same clock, so a step is reached exactly when `elapsed` equals its `after`.
 */
import { scaleSymlog } from 'd3-scale';
import { businessDurationToMs, durationToMs, formatDuration, MINUTE_MS } from '../model/duration.js';
import type { PriorityModel, SopModel } from '../model/normalize.js';
import type { Channel, Contact, Diagnostic, EscalationCondition, Level, Role } from '../model/types.js';

/** Codes of the consistency hints the matrix shows (warnings; they never stop rendering). */
export const MATRIX_CODES = {
  MATRIX_LATE_ENGAGEMENT:
    'A first engagement, or an escalation for want of acknowledgement, comes later than the response target.',
  MATRIX_NO_CONTACTS: 'A role engaged by a policy lists no contacts.',
  MATRIX_NO_POLICY: 'A priority has no escalation policy.',
} as const;
export type MatrixCode = keyof typeof MATRIX_CODES;

/** A consistency hint, with the priority and/or role it belongs to. */
export interface MatrixWarning extends Diagnostic {
  code: MatrixCode;
  priority?: string;
  role?: string;
}

/** One engagement of a role in a priority's policy. */
export interface Engagement {
  /** Position of the step in the document's policy. */
  index: number;
  after: string;
  /** `after` in milliseconds on the priority's clock. */
  atMs: number;
  /** "at once", "after 15 min", "after 1 d 2 h". */
  label: string;
  channels: Channel[];
  condition: EscalationCondition;
  /** "if unacknowledged", "if unresolved"; `undefined` for `always`. */
  conditionLabel?: string;
  note?: string;
  /** Whether `elapsed` has reached this step (`elapsed >= after`); false without `elapsed`. */
  reached: boolean;
  /** Whether this is (one of) the next step(s) to engage after `elapsed`. */
  next: boolean;
  /** Whether the step comes too late for the response target (see {@link MATRIX_CODES}). */
  late: boolean;
}

export interface MatrixColumn {
  id: string;
  role: Role;
  name: string;
  tier?: number;
  contacts: Contact[];
  warnings: MatrixWarning[];
}

export interface MatrixCell {
  priority: string;
  role: string;
  /** In time order; empty when the role is not engaged for this priority. */
  engagements: Engagement[];
  engaged: boolean;
  next: boolean;
}

/** Who is engaged by `elapsed` in one row, and who comes next. */
export interface RowProgress {
  elapsedMs: number;
  reached: number;
  total: number;
  /** The next engagement(s) (all steps sharing the next `after`), or `undefined` when every step is reached. */
  next?: { atMs: number; inMs: number; label: string; inLabel: string; roles: string[] };
}

/** A small time strip for a row: positions are fractions 0–1 of the row's span (symlog scale). */
export interface RowStrip {
  spanMs: number;
  marks: { x: number; atMs: number; role: string; reached: boolean }[];
  response?: number;
  resolution?: number;
  elapsed?: number;
}

export interface MatrixRow {
  id: string;
  priority: PriorityModel;
  targets: { response?: string; resolution?: string; updates?: string };
  /** `undefined` when the priority has no policy. */
  repeat?: number;
  hasPolicy: boolean;
  /** Aligned with {@link EscalationLayout.columns}. */
  cells: MatrixCell[];
  warnings: MatrixWarning[];
  /** Present when `elapsed` applies to this row. */
  progress?: RowProgress;
  strip: RowStrip;
}

export interface EscalationLayout {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** Every hint, rows first (in row order), then columns. */
  warnings: MatrixWarning[];
  /** Whether `elapsed` was given but is not a duration. */
  elapsedInvalid: boolean;
}

export interface EscalationOptions {
  /** A Duration (`PT20M`): who is engaged by now. */
  elapsed?: string;
  /** When set, `elapsed` applies to this priority's row only; otherwise to every row. */
  priority?: string;
}

export interface PriorityGridCell {
  impact: string;
  urgency: string;
  priority?: PriorityModel;
}

export interface PriorityGridLayout {
  impact: Level[];
  urgency: Level[];
  /** One row per impact level, one cell per urgency level. */
  rows: { level: Level; cells: PriorityGridCell[] }[];
}

const CONDITION_LABELS: Record<EscalationCondition, string | undefined> = {
  always: undefined,
  unacknowledged: 'if unacknowledged',
  unresolved: 'if unresolved',
};

/** "at once" for a zero delay, else "after 15 min". */
export function engagementLabel(after: string, atMs: number): string {
  return atMs === 0 ? 'at once' : `after ${formatDuration(after) || formatDuration(atMs)}`;
}

/** Milliseconds of a Duration on a priority's clock (working time under `hours: "business"`). */
export function priorityClockMs(model: SopModel, priority: PriorityModel, duration: string): number | undefined {
  const bh = model.businessHours;
  return priority.hours === 'business' && bh ? businessDurationToMs(duration, bh) : durationToMs(duration);
}

/** Roles that appear in any policy, by tier (roles without a tier last), then document order. */
export function escalationRoles(model: SopModel): Role[] {
  const used = new Set(model.policies.flatMap((p) => p.steps.map((s) => s.role)));
  return model.roles
    .map((role, index) => ({ role, index }))
    .filter(({ role }) => used.has(role.id))
    .sort((a, b) => (a.role.tier ?? Infinity) - (b.role.tier ?? Infinity) || a.index - b.index)
    .map(({ role }) => role);
}

/** Pairs the sorted steps of a policy with their positions in the document (normalisation sorts them). */
function documentIndexes(model: SopModel, policyIndex: number): number[] {
  const docSteps = model.document.escalation?.policies[policyIndex]?.steps ?? [];
  const used = new Set<number>();
  return (model.policies[policyIndex]?.steps ?? []).map((s) => {
    const i = docSteps.findIndex((d, k) => !used.has(k) && d.after === s.after && d.role === s.role);
    used.add(i);
    return i;
  });
}

/** Derives the escalation view. Never mutates the model. */
export function layoutEscalation(model: SopModel, options: EscalationOptions = {}): EscalationLayout {
  const roles = escalationRoles(model);
  const elapsedInvalid = options.elapsed !== undefined && durationToMs(options.elapsed) === undefined;
  const roleName = (id: string) => model.roleById.get(id)?.name ?? id;

  const rows = model.priorities.map((priority): MatrixRow => {
    const policyIndex = model.policies.findIndex((p) => p.priority === priority.id);
    const policy = model.policies[policyIndex];
    const indexes = policy ? documentIndexes(model, policyIndex) : [];
    const clock = (d: string) => priorityClockMs(model, priority, d);
    const elapsedMs =
      options.elapsed !== undefined &&
      !elapsedInvalid &&
      (options.priority === undefined || options.priority === priority.id)
        ? clock(options.elapsed)
        : undefined;

    const steps = (policy?.steps ?? [])
      .map((s, k) => ({ s, index: indexes[k] ?? k, atMs: clock(s.after) ?? s.afterMs }))
      .sort((a, b) => a.atMs - b.atMs || a.index - b.index);
    const firstAt = steps[0]?.atMs;
    const nextAt = elapsedMs === undefined ? undefined : steps.find((x) => x.atMs > elapsedMs)?.atMs;
    const response = priority.responseMs;
    const warnings: MatrixWarning[] = [];

    const engagements = steps.map(({ s, index, atMs }): Engagement => {
      const late = response !== undefined && atMs > response && (s.condition === 'unacknowledged' || atMs === firstAt);
      const label = engagementLabel(s.after, atMs);
      if (late) {
        const why =
          s.condition === 'unacknowledged'
            ? 'so the target is already missed when this escalation starts'
            : 'so nobody is engaged in time to respond';
        warnings.push({
          severity: 'warning',
          code: 'MATRIX_LATE_ENGAGEMENT',
          path: `/escalation/policies/${policyIndex}/steps/${index}/after`,
          message: `${priority.name}: ${roleName(s.role)} is engaged ${label}${s.condition === 'always' ? '' : ` ${CONDITION_LABELS[s.condition] ?? ''}`}, later than the ${formatDuration(response)} response target, ${why}.`,
          priority: priority.id,
          role: s.role,
        });
      }
      return {
        index,
        after: s.after,
        atMs,
        label,
        channels: [...s.channels],
        condition: s.condition,
        conditionLabel: CONDITION_LABELS[s.condition],
        note: s.note,
        reached: elapsedMs !== undefined && elapsedMs >= atMs,
        next: nextAt !== undefined && atMs === nextAt,
        late,
      };
    });

    if (!policy) {
      warnings.push({
        severity: 'warning',
        code: 'MATRIX_NO_POLICY',
        path: `/priorities/${priority.index}`,
        message: `${priority.name} has no escalation policy, so nobody is engaged automatically: add one to "escalation.policies" with "priority": ${JSON.stringify(priority.id)}.`,
        priority: priority.id,
      });
    }

    const cells = roles.map((role): MatrixCell => {
      const mine = engagements.filter((_, k) => steps[k]?.s.role === role.id);
      return {
        priority: priority.id,
        role: role.id,
        engagements: mine,
        engaged: mine.some((e) => e.reached),
        next: mine.some((e) => e.next),
      };
    });

    let progress: RowProgress | undefined;
    if (elapsedMs !== undefined) {
      const nextRoles = steps.filter((x) => x.atMs === nextAt).map((x) => x.s.role);
      progress = {
        elapsedMs,
        reached: engagements.filter((e) => e.reached).length,
        total: engagements.length,
        next:
          nextAt === undefined
            ? undefined
            : {
                atMs: nextAt,
                inMs: nextAt - elapsedMs,
                label: engagementLabel(steps.find((x) => x.atMs === nextAt)?.s.after ?? '', nextAt),
                inLabel: formatDuration(nextAt - elapsedMs),
                roles: [...new Set(nextRoles)],
              },
      };
    }

    return {
      id: priority.id,
      priority,
      targets: {
        response: priority.response && formatDuration(priority.response),
        resolution: priority.resolution && formatDuration(priority.resolution),
        updates: priority.updates && formatDuration(priority.updates),
      },
      repeat: policy?.repeat,
      hasPolicy: !!policy,
      cells,
      warnings,
      progress,
      strip: layoutStrip(
        priority,
        engagements,
        steps.map((x) => x.s.role),
        elapsedMs,
      ),
    };
  });

  const columns = roles.map((role): MatrixColumn => {
    const contacts = (role.contacts ?? []).map((c) => ({ ...c }));
    const warnings: MatrixWarning[] = contacts.length
      ? []
      : [
          {
            severity: 'warning',
            code: 'MATRIX_NO_CONTACTS',
            path: `/roles/${model.roles.indexOf(role)}`,
            message: `${role.name} is engaged by the escalation policies but lists no contacts: add "contacts" to role ${JSON.stringify(role.id)} so people know how to reach it.`,
            role: role.id,
          },
        ];
    return { id: role.id, role, name: role.name, tier: role.tier, contacts, warnings };
  });

  return {
    columns,
    rows,
    warnings: [...rows.flatMap((r) => r.warnings), ...columns.flatMap((c) => c.warnings)],
    elapsedInvalid,
  };
}

/** Positions of a row's engagements and targets on a symlog scale, so minutes and days both stay visible. */
function layoutStrip(
  priority: PriorityModel,
  engagements: readonly Engagement[],
  roles: readonly string[],
  elapsedMs: number | undefined,
): RowStrip {
  const last = engagements.reduce((m, e) => Math.max(m, e.atMs), 0);
  const spanMs = Math.max(last, priority.responseMs ?? 0, priority.resolutionMs ?? 0, MINUTE_MS);
  const x = scaleSymlog()
    .constant(5 * MINUTE_MS)
    .domain([0, spanMs])
    .range([0, 1])
    .clamp(true);
  return {
    spanMs,
    marks: engagements.map((e, k) => ({ x: x(e.atMs), atMs: e.atMs, role: roles[k] ?? '', reached: e.reached })),
    response: priority.responseMs !== undefined ? x(priority.responseMs) : undefined,
    resolution: priority.resolutionMs !== undefined ? x(priority.resolutionMs) : undefined,
    elapsed: elapsedMs !== undefined ? x(elapsedMs) : undefined,
  };
}

/** Derives the impact × urgency grid, or `undefined` when the document has no `priorityMatrix`. */
export function layoutPriorityGrid(model: SopModel): PriorityGridLayout | undefined {
  const matrix = model.priorityMatrix;
  if (!matrix) return undefined;
  const impact = matrix.impact.map((l) => ({ ...l }));
  const urgency = matrix.urgency.map((l) => ({ ...l }));
  return {
    impact,
    urgency,
    rows: impact.map((level) => ({
      level,
      cells: urgency.map((u) => {
        const id = matrix.cells[level.id]?.[u.id];
        return { impact: level.id, urgency: u.id, priority: id === undefined ? undefined : model.priorityById.get(id) };
      }),
    })),
  };
}
