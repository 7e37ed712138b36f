import type { Flow, SopDocument, Step, StepType } from '../../src/model/types.js';

export interface GenerateOptions {
  steps: number;
  roles?: number;
  phases?: number;
  seed?: number;
  /** A single chain, no branches (the shape that overflows Dagre's stack first). */
  chain?: boolean;
  /** Add flows back to earlier steps and flows of a step to itself. */
  loops?: boolean;
  /** Labels of 14 to 24 words instead of 1 to 6 (drawn from a separate stream: the graph is the same). */
  longLabels?: boolean;
  /** Three priorities, with each decision's branches taken by some of them (something for a lens to show). */
  priorities?: boolean;
}

/** A small deterministic PRNG (mulberry32), so a generated document is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'Check',
  'the',
  'service',
  'status',
  'and',
  'notify',
  'owner',
  'escalate',
  'incident',
  'record',
  'vendor',
];
const TYPES: StepType[] = ['task', 'task', 'task', 'decision', 'escalation', 'communication', 'wait', 'subprocess'];

/**
 * A valid SOP document of `steps` steps spread over lanes and phases, with decisions that branch forward, and
 * (with `loops`) flows back to earlier steps and self-loops. Phases never go backwards along the main chain.
 */
export function generateSop(options: GenerateOptions): SopDocument {
  const rnd = random(options.seed ?? 1);
  const roleCount = options.roles ?? 5;
  const phaseCount = options.phases ?? 6;
  const n = Math.max(2, options.steps);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const long = random((options.seed ?? 1) + 7919);
  const label = () => {
    // The short label is always drawn, so that long labels leave the rest of the document unchanged.
    let words = Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => pick(WORDS));
    if (options.longLabels) {
      words = Array.from({ length: 14 + Math.floor(long() * 11) }, () => WORDS[Math.floor(long() * WORDS.length)]!);
    }
    return words.join(' ').replace(/^./, (c) => c.toUpperCase());
  };
  const steps: Step[] = [];
  for (let i = 0; i < n; i++) {
    const type: StepType = i === 0 ? 'start' : i === n - 1 ? 'end' : options.chain ? 'task' : pick(TYPES);
    const step: Step = {
      id: `s${i}`,
      type,
      label: i === 0 ? 'Start' : i === n - 1 ? 'Done' : `${label()} ${i}`,
      role: `r${options.chain ? i % roleCount : Math.floor(rnd() * roleCount)}`,
      phase: `p${Math.min(phaseCount - 1, Math.floor((i * phaseCount) / n))}`,
    };
    if (rnd() < 0.3) step.sla = pick(['PT15M', 'PT1H', 'PT4H', 'P1D']);
    if (type === 'subprocess') step.subprocess = 'other-procedure';
    steps.push(step);
  }
  const flows: Flow[] = [];
  for (let i = 1; i < n; i++) {
    const prev = steps[i - 1]!;
    if (prev.type === 'end') continue;
    const decision = prev.type === 'decision';
    const yes: Flow = { from: prev.id, to: steps[i]!.id, label: decision ? 'Yes' : undefined };
    if (decision && options.priorities) yes.when = { priorities: ['p1', 'p2'] };
    flows.push(yes);
    if (!options.chain && decision) {
      const target = Math.min(n - 1, i + 1 + Math.floor(rnd() * 4));
      const no: Flow = { from: prev.id, to: steps[target]!.id, label: 'No, take the long way', kind: 'escalation' };
      if (options.priorities) no.when = { priorities: ['p3'] };
      flows.push(no);
    }
    if (!options.chain && options.loops && i > 4 && rnd() < 0.08) {
      flows.push({ from: steps[i]!.id, to: steps[i - 2 - Math.floor(rnd() * 3)]!.id, kind: 'loop', label: 'Again' });
    }
    if (!options.chain && options.loops && rnd() < 0.02 && steps[i]!.type !== 'end') {
      flows.push({ from: steps[i]!.id, to: steps[i]!.id, kind: 'loop', label: 'Retry' });
    }
  }
  return {
    format: 'sop/v1',
    id: `generated-${n}`,
    title: `Generated procedure with ${n} steps`,
    roles: Array.from({ length: roleCount }, (_, r) => ({ id: `r${r}`, name: `Role ${r + 1}` })),
    phases: Array.from({ length: phaseCount }, (_, p) => ({ id: `p${p}`, name: `Phase ${p + 1}` })),
    ...(options.priorities
      ? {
          priorities: [
            { id: 'p1', name: 'Critical', tone: 'critical' as const, response: 'PT15M', resolution: 'PT4H' },
            { id: 'p2', name: 'High', tone: 'high' as const, response: 'PT30M', resolution: 'PT8H' },
            { id: 'p3', name: 'Moderate', tone: 'medium' as const, response: 'PT4H', resolution: 'P2D' },
          ],
        }
      : {}),
    steps,
    flows,
  };
}
