/** `npm run analyze` writes custom-elements.json from the JSDoc of the element classes. */
export default {
  globs: [
    'src/components/sop-diagram/sop-diagram.ts',
    'src/components/escalation-matrix/escalation-matrix.ts',
    'src/components/incident-timeline/incident-timeline.ts',
  ],
  outdir: '.',
  litelement: true,
  dev: false,
};
