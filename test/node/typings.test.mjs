// The published typings as a user gets them: small consumer files that import one entry of the built package
// (`sop-elements/…`, resolved through the exports map to dist/*.d.ts) are type-checked with the TypeScript API.
// Each entry must bring its tag and event maps on its own, including `sop-invalid`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));

const options = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: [],
  jsx: ts.JsxEmit.ReactJSX,
  skipLibCheck: true,
};

/** Type-checks `source` as if it were a file of an app inside this package; returns the error messages. */
function check(source, extension = 'ts') {
  const file = `${root}test/node/__consumer__.${extension}`;
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => name === file || fileExists.call(host, name);
  host.readFile = (name) => (name === file ? source : readFile.call(host, name));
  host.getSourceFile = (name, language, ...rest) =>
    name === file
      ? ts.createSourceFile(name, source, language, true)
      : getSourceFile.call(host, name, language, ...rest);
  const program = ts.createProgram([file], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
    .filter(Boolean);
}

test('without an import nothing is typed (the checks below are not vacuous)', () => {
  const errors = check(`document.createElement('escalation-matrix').view = 'priority';`);
  assert.equal(errors.length, 1, errors.join('\n'));
});

test('sop-elements/sop-diagram types its tag and its three events', () => {
  const errors = check(`
    import 'sop-elements/sop-diagram';
    const el = document.createElement('sop-diagram');
    el.direction = 'vertical';
    el.addEventListener('sop-step-select', (e) => e.detail.stepId.toUpperCase());
    el.addEventListener('sop-render', (e) => e.detail.durationMs.toFixed());
    el.addEventListener('sop-invalid', (e) => e.detail.diagnostics.map((d) => d.code));
    const svg: string = el.toSVG();
  `);
  assert.deepEqual(errors, []);
});

test('sop-elements/escalation-matrix types its tag, sop-cell-select and sop-invalid', () => {
  const errors = check(`
    import 'sop-elements/escalation-matrix';
    const el = document.createElement('escalation-matrix');
    el.view = 'priority';
    el.addEventListener('sop-cell-select', (e) => e.detail.priority.toUpperCase());
    el.addEventListener('sop-invalid', (e) => e.detail.diagnostics.map((d) => d.path));
  `);
  assert.deepEqual(errors, []);
});

test('sop-elements/incident-timeline types its tag, sop-event-select and sop-invalid', () => {
  const errors = check(`
    import 'sop-elements/incident-timeline';
    const el = document.createElement('incident-timeline');
    el.sopSrc = '/sops/major.json';
    el.addEventListener('sop-event-select', (e) => e.detail.index.toFixed() + e.detail.type + e.detail.at);
    el.addEventListener('sop-invalid', (e) => e.detail.diagnostics.map((d) => d.message));
  `);
  assert.deepEqual(errors, []);
});

test('sop-elements/define types all three tags', () => {
  const errors = check(`
    import { defineIncidentTimeline } from 'sop-elements/define';
    const a = document.createElement('sop-diagram').selected;
    const b = document.createElement('escalation-matrix').elapsed;
    const c = document.querySelector('incident-timeline')?.clocks;
    defineIncidentTimeline('acme-incident-timeline');
  `);
  assert.deepEqual(errors, []);
});

test('a wrong detail is an error, so the maps are really used', () => {
  const errors = check(`
    import 'sop-elements/define';
    document.createElement('sop-diagram').addEventListener('sop-step-select', (e) => e.detail.index);
  `);
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.match(errors[0], /index/);
});

test('sop-elements/react types the props and the event callbacks of each wrapper', () => {
  const errors = check(
    `
    import { useRef } from 'react';
    import { EscalationMatrix, IncidentTimeline, SopDiagram, type SopDiagramElement } from 'sop-elements/react';
    export function App({ sop }: { sop: object }) {
      const ref = useRef<SopDiagramElement>(null);
      return (
        <>
          <SopDiagram ref={ref} sop={JSON.stringify(sop)} direction="vertical" priority="p1"
            onSopStepSelect={(e) => e.detail.stepId.toUpperCase()} onSopRender={(e) => e.detail.durationMs}
            onSopInvalid={(e) => e.detail.diagnostics.length} />
          <EscalationMatrix sop={sop} view="priority" onSopCellSelect={(e) => e.detail.priority} />
          <IncidentTimeline incident={{}} sop={sop} now="2026-03-02T12:00:00Z" onSopEventSelect={(e) => e.detail.index} />
        </>
      );
    }
  `,
    'tsx',
  );
  assert.deepEqual(errors, []);
  const wrong = check(
    `
    import { SopDiagram } from 'sop-elements/react';
    export const a = <SopDiagram direction="diagonal" onSopStepSelect={(e) => e.detail.index} />;
  `,
    'tsx',
  );
  assert.equal(wrong.length, 2, wrong.join('\n'));
});
