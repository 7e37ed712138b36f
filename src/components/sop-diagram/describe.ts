import { formatDuration } from '../../model/duration.js';
import type { FlowModel, SopModel, StepModel } from '../../model/normalize.js';
import type { StepType } from '../../model/types.js';

/** How each step type is called in words. */
export const STEP_TYPE_NAMES: Record<StepType, string> = {
  start: 'Start',
  end: 'End',
  task: 'Task',
  decision: 'Decision',
  escalation: 'Escalation',
  communication: 'Communication',
  wait: 'Wait',
  subprocess: 'Subprocess',
};

/** `text` ending with a full stop, unless it already ends with punctuation ("Major?" stays "Major?"). */
export function sentence(text: string): string {
  const t = text.trim();
  return /[.?!…:]$/.test(t) ? t : `${t}.`;
}

function orList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** "priority is P1 Critical or P2 High and category is Security", or "" when the flow always applies. */
export function flowCondition(model: SopModel, flow: FlowModel): string {
  const parts: string[] = [];
  const priorities = flow.when?.priorities ?? [];
  const categories = flow.when?.categories ?? [];
  if (priorities.length)
    parts.push(`priority is ${orList(priorities.map((p) => model.priorityById.get(p)?.name ?? p))}`);
  if (categories.length)
    parts.push(`category is ${orList(categories.map((c) => model.categoryById.get(c)?.name ?? c))}`);
  return parts.join(' and ');
}

/** The accessible name of a drawn step: its full label, type, owner and SLA. */
export function stepName(model: SopModel, step: StepModel): string {
  const role = step.role ? (model.roleById.get(step.role)?.name ?? step.role) : undefined;
  const sla = step.sla ? formatDuration(step.sla) : '';
  return [step.label, STEP_TYPE_NAMES[step.type].toLowerCase(), role && `owner ${role}`, sla && `SLA ${sla}`]
    .filter(Boolean)
    .join(', ');
}

/**
 * Steps in flow order: breadth-first from the start steps along their flows (document order breaks ties),
 * then any step that cannot be reached, in document order.
 */
export function flowOrder(model: SopModel): StepModel[] {
  const seen = new Set<string>();
  const order: StepModel[] = [];
  const queue = [...model.starts];
  for (const id of model.starts) seen.add(id);
  for (let q = 0; q < queue.length; q++) {
    const step = model.stepById.get(queue[q]!);
    if (!step) continue;
    order.push(step);
    for (const f of model.outgoing.get(step.id) ?? []) {
      if (seen.has(f.to)) continue;
      seen.add(f.to);
      queue.push(f.to);
    }
  }
  for (const step of model.steps) if (!seen.has(step.id)) order.push(step);
  return order;
}

/** One sentence per outgoing flow: "If Yes (priority is P1), go to step 6: Declare major incident." */
export function nextSentences(model: SopModel, step: StepModel, numbers: Map<string, number>): string[] {
  const out = model.outgoing.get(step.id) ?? [];
  if (out.length === 0) return [step.type === 'end' ? 'The procedure ends here.' : 'No flow leaves this step.'];
  return out.map((f) => {
    const target = model.stepById.get(f.to);
    const where = `step ${numbers.get(f.to) ?? '?'}: ${target?.label ?? f.to}`;
    const condition = flowCondition(model, f);
    const verb = f.kind === 'loop' || (numbers.get(f.to) ?? 0) <= (numbers.get(step.id) ?? 0) ? 'go back to' : 'go to';
    if (f.label && condition) return sentence(`If ${f.label} (${condition}), ${verb} ${where}`);
    if (f.label) return sentence(`If ${f.label}, ${verb} ${where}`);
    if (condition) return sentence(`If ${condition}, ${verb} ${where}`);
    return sentence(`Then ${verb} ${where}`);
  });
}

/** The SVG's description: what is drawn, and where the text version is. */
export function diagramDescription(model: SopModel | undefined): string {
  if (!model) return '';
  const lanes = model.roles.length ? ` in ${model.roles.length} lanes (roles)` : '';
  const phases = model.phases.length ? ` across ${model.phases.length} phases` : '';
  return `Swimlane flowchart of ${model.steps.length} steps${lanes}${phases}. The list after the diagram describes every step in flow order.`;
}

/** "P1 Critical and Security": the lens in words. */
export function lensName(model: SopModel, priority: string | undefined, category: string | undefined): string {
  const parts = [
    priority && (model.priorityById.get(priority)?.name ?? priority),
    category && (model.categoryById.get(category)?.name ?? category),
  ];
  return parts.filter(Boolean).join(' and ');
}
