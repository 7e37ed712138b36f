// Type-level tests of `sop-elements/react`, checked by `npm run typecheck` (tsc --noEmit): never run.
import { useRef } from 'react';
import {
  EscalationMatrix,
  IncidentTimeline,
  SopDiagram,
  type SopDiagramElement,
  type SopDiagramProps,
} from '../../src/react/index.js';
import type { Diagnostic } from '../../src/model/types.js';

export function Typed({ sop }: { sop: SopDiagramProps['sop'] }) {
  const ref = useRef<SopDiagramElement>(null);
  return (
    <>
      <SopDiagram
        ref={ref}
        sop={sop}
        direction="vertical"
        priority="p1"
        className="wide"
        onSopStepSelect={(e) => {
          const id: string = e.detail.stepId;
          void ref.current?.toSVG();
          void id;
        }}
        onSopRender={(e) => void (e.detail.durationMs satisfies number)}
        onSopInvalid={(e) => void (e.detail.diagnostics satisfies Diagnostic[])}
      />
      <EscalationMatrix sop={sop} view="priority" elapsed="PT20M" onSopCellSelect={(e) => void e.detail.priority} />
      <IncidentTimeline
        incident={{}}
        sop={sop}
        sopSrc="/sops/major.json"
        now="2026-03-02T12:00:00Z"
        onSopEventSelect={(e) => void (e.detail.index satisfies number)}
      />
      {/* @ts-expect-error: direction is `horizontal` or `vertical` */}
      <SopDiagram direction="diagonal" />
      {/* @ts-expect-error: view is `escalation` or `priority` */}
      <EscalationMatrix view="grid" />
      {/* @ts-expect-error: the detail of sop-step-select has no `index` */}
      <SopDiagram onSopStepSelect={(e) => e.detail.index} />
    </>
  );
}
