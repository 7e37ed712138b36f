import type { SopModel } from './normalize.js';

/** What the lens looks through: a priority and/or a category. */
export interface Lens {
  priority?: string;
  category?: string;
}

/** The steps and flows that apply under a lens; everything else is dimmed. */
export interface LensResult {
  steps: Set<string>;
  flows: Set<string>;
}

function allows(list: readonly string[] | undefined, value: string | undefined): boolean {
  return value === undefined || list === undefined || list.length === 0 || list.includes(value);
}

/**
 * Applies the lens of the format (§1 "The lens"): a flow applies when its `when` allows the lens; a step
 * applies when its own `priorities`/`categories` allow it and it is reachable from an applying start step
 * through applying flows and steps. With an empty lens everything applies. Pure; linear in the graph.
 */
export function applyLens(model: SopModel, lens: Lens): LensResult {
  const { priority, category } = lens;
  if (priority === undefined && category === undefined) {
    return { steps: new Set(model.steps.map((s) => s.id)), flows: new Set(model.flows.map((f) => f.id)) };
  }
  const stepAllowed = (id: string): boolean => {
    const s = model.stepById.get(id);
    return !!s && allows(s.priorities, priority) && allows(s.categories, category);
  };
  const steps = new Set<string>();
  const flows = new Set<string>();
  const queue = model.starts.filter(stepAllowed);
  for (const id of queue) steps.add(id);
  for (let q = 0; q < queue.length; q++) {
    for (const f of model.outgoing.get(queue[q] ?? '') ?? []) {
      if (!allows(f.when?.priorities, priority) || !allows(f.when?.categories, category)) continue;
      if (!stepAllowed(f.to)) continue;
      flows.add(f.id);
      if (!steps.has(f.to)) {
        steps.add(f.to);
        queue.push(f.to);
      }
    }
  }
  return { steps, flows };
}
