import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
// Dependencies and peer dependencies (react, for `sop-elements/react`) stay imports in the unbundled build.
const dependencies = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
const isDependency = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

/** Entry points of the package: see the `exports` map in package.json. */
const entries = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  'sop-diagram': 'src/sop-diagram.ts',
  'escalation-matrix': 'src/escalation-matrix.ts',
  'incident-timeline': 'src/incident-timeline.ts',
  'model/index': 'src/model/index.ts',
  'layout/index': 'src/layout/index.ts',
  'react/index': 'src/react/index.ts',
};

/** The standalone bundle sits in dist/ itself, two levels above the module that points at the layout worker. */
const workerUrlForBundle = {
  name: 'worker-url-for-bundle',
  transform(code, id) {
    if (!id.endsWith('layout-runner.ts')) return null;
    return { code: code.replace("'../../layout/flow-worker.js'", "'./layout/flow-worker.js'"), map: null };
  },
};

export default [
  // Unbundled ES modules with declarations, for apps with a bundler. Dependencies stay imports.
  {
    input: entries,
    external: isDependency,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [typescript({ tsconfig: './tsconfig.build.json', sourceMap: true })],
  },
  // One minified ES module with no imports that registers all three elements, for pages without a build step.
  {
    input: 'src/define.ts',
    output: {
      file: 'dist/sop-elements.bundle.js',
      format: 'es',
      inlineDynamicImports: true,
      sourcemap: true,
    },
    plugins: [
      workerUrlForBundle,
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      typescript({
        tsconfig: './tsconfig.build.json',
        declaration: false,
        declarationDir: undefined,
        outDir: 'dist',
        sourceMap: true,
      }),
      terser({ module: true, format: { comments: false } }),
    ],
  },
  // The layout worker, self-contained (a module worker cannot resolve bare imports such as @dagrejs/dagre).
  {
    input: 'src/layout/flow-worker.ts',
    output: { file: 'dist/layout/flow-worker.js', format: 'es', sourcemap: true },
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      typescript({
        tsconfig: './tsconfig.build.json',
        declaration: false,
        declarationDir: undefined,
        outDir: 'dist/layout',
        sourceMap: true,
      }),
      terser({ module: true, format: { comments: false } }),
    ],
  },
];
