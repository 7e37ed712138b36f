/*
 * The benchmark's corpus: generated SOPs (the generator the layout tests use) and the same documents as Mermaid
 * flowcharts with one subgraph per lane, so that both libraries draw the same steps, flows and lanes.
 */
import type { SopDocument, StepType } from '../src/model/types.js';
import { generateSop } from '../test/layout/generated-sop.js';

export interface CaseSpec {
  steps: number;
  lanes: number;
  labels: 'short' | 'long';
}

/** The document of a case: six phases (fewer on tiny documents), branches, loops and three priorities. */
export function caseDocument(spec: CaseSpec): SopDocument {
  return generateSop({
    steps: spec.steps,
    roles: spec.lanes,
    phases: Math.min(6, Math.max(1, Math.floor(spec.steps / 4))),
    seed: spec.steps * 31 + spec.lanes,
    loops: true,
    longLabels: spec.labels === 'long',
    priorities: true,
  });
}

/** Mermaid node shapes closest to ours. */
const SHAPES: Record<StepType, [string, string]> = {
  start: ['([', '])'],
  end: ['([', '])'],
  task: ['[', ']'],
  decision: ['{', '}'],
  escalation: ['>', ']'],
  communication: ['[/', '/]'],
  wait: ['[(', ')]'],
  subprocess: ['[[', ']]'],
};

/** Mermaid's own escape for a double quote inside a quoted label. */
const quote = (text: string) => `"${text.replace(/"/g, '#quot;')}"`;

/** The document as a Mermaid flowchart: one subgraph per role (lane), flows as edges with their labels. */
export function toMermaid(doc: SopDocument, direction: 'LR' | 'TB' = 'LR'): string {
  const lines = [`flowchart ${direction}`];
  const byRole = new Map<string, string[]>();
  for (const step of doc.steps) {
    const [open, close] = SHAPES[step.type];
    const node = `    ${step.id}${open}${quote(step.label)}${close}`;
    const role = step.role ?? '';
    byRole.set(role, [...(byRole.get(role) ?? []), node]);
  }
  for (const role of doc.roles ?? []) {
    lines.push(`  subgraph ${role.id} [${quote(role.name)}]`, ...(byRole.get(role.id) ?? []), '  end');
  }
  lines.push(...(byRole.get('') ?? []));
  for (const flow of doc.flows ?? []) {
    const arrow = flow.kind === 'escalation' || flow.kind === 'communication' ? '-.->' : '-->';
    lines.push(`  ${flow.from} ${arrow}${flow.label ? `|${quote(flow.label)}|` : ''} ${flow.to}`);
  }
  return lines.join('\n');
}
