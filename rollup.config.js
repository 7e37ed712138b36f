import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
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
];
