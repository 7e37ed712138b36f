// Type-level test of the README's snippet for React 19 users who write the tags directly in TSX: checked by
// `npm run typecheck`, never run.
import type { WebComponentProps } from '@lit/react';
import type { SopDiagram, SopStepSelectDetail } from '../../src/sop-diagram.js';
import type { SopDocument } from '../../src/model/types.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'sop-diagram': WebComponentProps<SopDiagram> & {
        'onsop-step-select'?: (event: CustomEvent<SopStepSelectDetail>) => void;
      };
    }
  }
}

export function Direct({ sop }: { sop: SopDocument }) {
  return (
    <>
      <sop-diagram sop={sop} priority="p1" onsop-step-select={(e) => void e.detail.stepId.toUpperCase()} />
      {/* @ts-expect-error: direction is `horizontal` or `vertical` */}
      <sop-diagram direction="diagonal" />
    </>
  );
}
