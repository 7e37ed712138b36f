import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import MagicString from 'magic-string';

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

/**
 * d3-zoom imports d3-transition (with d3-color, d3-interpolate, d3-ease and d3-timer: a third of the d3 code in
 * the bundle) only to interrupt zoom transitions and to animate double-click zooms. Our zoom controllers never
 * start a transition (the diagram ignores double-clicks, the timeline zooms on them at once with `duration(0)`),
 * so in the standalone bundle d3-transition is this stub: there is nothing to interrupt. Apps that bundle the
 * package themselves get the real d3-transition.
 */
const noTransitions = {
  name: 'no-transitions',
  resolveId(source) {
    return source === 'd3-transition' ? '\0d3-transition-stub' : null;
  },
  load(id) {
    if (id !== '\0d3-transition-stub') return null;
    return [
      "import { selection } from 'd3-selection';",
      'export function interrupt() {}',
      'selection.prototype.interrupt = function () { return this; };',
    ].join('\n');
  },
};

/**
 * d3-interpolate ships as one module whose interpolators are built by top-level calls (colour ones with
 * d3-color). The calls only make closures: annotated pure, the unused ones go, and d3-color with them (d3-zoom
 * only needs `interpolateZoom`).
 */
const pureD3Interpolate = {
  name: 'pure-d3-interpolate',
  transform(code, id) {
    if (!id.replaceAll('\\', '/').includes('/d3-interpolate/')) return null;
    const out = new MagicString(code);
    for (const match of code.matchAll(/^var \w+ = (?=\(function|\w+\()/gm)) {
      out.appendLeft(match.index + match[0].length, '/*#__PURE__*/');
    }
    return { code: out.toString(), map: out.generateMap({ hires: true }) };
  },
};

/** Collapses the whitespace of CSS outside strings and drops comments. */
function minifyCss(text, first, last) {
  return text
    .split(/('[^']*'|"[^"]*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('')
    .replace(first ? /^ / : /$^/, '')
    .replace(last ? / $/ : /$^/, '');
}

/**
 * Minifies the static parts of Lit's `css`, `html` and `svg` templates in the standalone bundle (terser leaves
 * template literals alone): CSS loses comments and spaces; markup loses the indentation between lines, which in
 * `svg` templates (outside any `<text>`, where it would be drawn) is dropped between tags altogether.
 */
const minifyTemplates = {
  name: 'minify-templates',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id)) return null;
    const out = new MagicString(code);
    let changed = false;
    const visit = (node) => {
      if (!node || typeof node.type !== 'string') return;
      if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier') {
        const tag = node.tag.name;
        const quasis = node.quasi.quasis;
        if (tag === 'css' || tag === 'html' || tag === 'svg') {
          quasis.forEach((q, i) => {
            const raw = q.value.raw;
            let min = raw;
            if (tag === 'css') min = minifyCss(raw, i === 0, i === quasis.length - 1);
            else if (tag === 'svg' && !/<text[\s>]/.test(raw))
              min = raw.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');
            else min = raw.replace(/\s*\n\s*/g, ' ');
            if (min !== raw && q.end > q.start) {
              out.overwrite(q.start, q.end, min);
              changed = true;
            }
          });
        }
      }
      for (const key of Object.keys(node)) {
        const value = node[key];
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === 'object' && key !== 'loc') visit(value);
      }
    };
    visit(this.parse(code));
    return changed ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
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
      noTransitions,
      pureD3Interpolate,
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      typescript({
        tsconfig: './tsconfig.build.json',
        declaration: false,
        declarationDir: undefined,
        outDir: 'dist',
        sourceMap: true,
      }),
      minifyTemplates,
      terser({ module: true, compress: { passes: 3 }, format: { comments: false } }),
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
