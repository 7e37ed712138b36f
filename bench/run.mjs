#!/usr/bin/env node
// `npm run bench`: <sop-diagram> against Mermaid on the same generated SOPs, in one headless Chromium. Prints tables
// and the budgets of issue 7, and writes bench/results.json. See bench/README.md for what each figure means.
//
//   node bench/run.mjs [--runs 5] [--mermaid-max 500] [--mermaid-timeout 60000] [--quick] [--no-build]
import { createServer } from 'node:http';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import puppeteer from 'puppeteer-core';

const root = new URL('../', import.meta.url);
const rootPath = fileURLToPath(root);
const started = Date.now();

// ---------------------------------------------------------------------------------------------------------------
// Options and the plan

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
}
const flag = (name) => process.argv.includes(`--${name}`);
const quick = flag('quick');
const RUNS = option('runs', quick ? 3 : 5);
/** Mermaid needs seconds at 500 steps and minutes beyond: larger documents are drawn by us only. */
const MERMAID_MAX_STEPS = option('mermaid-max', quick ? 200 : 500);
const MERMAID_TIMEOUT_MS = option('mermaid-timeout', 60000);
/** After this, no new Mermaid run starts (the rest of the plan still runs for us), so the whole run stays bounded. */
const MERMAID_DEADLINE_MS = option('mermaid-deadline', 11 * 60000);
const SOP_TIMEOUT_MS = 60000;
const FRAME_BUDGET_MS = 1000 / 60;

/** Sizes along the main line (4 lanes, short labels), and the variations of lanes and label length. */
const SIZES = quick ? [20, 60, 200, 500, 1500] : [20, 60, 100, 200, 300, 500, 1000, 1500];
const VARIANT_SIZES = quick ? [100] : [20, 100, 500, 1500];
const PAN_ZOOM_SIZES = quick ? [500] : [100, 500, 1500];
const TOO_LARGE = [1501, 3000];

const cases = [];
for (const steps of SIZES) cases.push({ steps, lanes: 4, labels: 'short' });
for (const steps of VARIANT_SIZES) {
  cases.push({ steps, lanes: 1, labels: 'short' }, { steps, lanes: 12, labels: 'short' });
  cases.push({ steps, lanes: 4, labels: 'long' });
}
cases.sort((a, b) => a.steps - b.steps || a.lanes - b.lanes || a.labels.localeCompare(b.labels));
const caseName = (c) => `${c.steps} steps, ${c.lanes} lane${c.lanes === 1 ? '' : 's'}, ${c.labels}`;

// ---------------------------------------------------------------------------------------------------------------
// Statistics

function summary(samples) {
  const xs = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (xs.length === 0) return undefined;
  const at = (q) => xs[Math.min(xs.length - 1, Math.max(0, Math.ceil(q * xs.length) - 1))];
  return { n: xs.length, median: at(0.5), p95: at(0.95), min: xs[0], max: xs[xs.length - 1] };
}
const fmt = (x, digits = 0) => (x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(digits));
const ms = (s, key = 'median') => (s ? fmt(s[key], s[key] < 10 ? 1 : 0) : '—');

// ---------------------------------------------------------------------------------------------------------------
// Build, serve, launch

async function newest(dir) {
  let latest = 0;
  for (const entry of await readdir(new URL(dir, root), { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      latest = Math.max(latest, (await stat(`${entry.parentPath ?? entry.path}/${entry.name}`)).mtimeMs);
  }
  return latest;
}

async function ensureBuilt() {
  const bundle = await stat(new URL('dist/sop-elements.bundle.js', root)).catch(() => undefined);
  if (flag('no-build') && bundle) return;
  if (bundle && bundle.mtimeMs > (await newest('src/'))) return;
  console.log('dist/ is missing or older than src/: building it (npm run build)…');
  const r = spawnSync('npm', ['run', 'build'], { cwd: rootPath, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build failed');
}

async function pageScript() {
  const result = await esbuild.build({
    entryPoints: [fileURLToPath(new URL('bench/page.ts', root))],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

function serve(script) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json' };
  const allowed = (path) =>
    path === '/bench/sop.html' ||
    path === '/bench/mermaid.html' ||
    path === '/node_modules/mermaid/dist/mermaid.min.js' ||
    (path.startsWith('/dist/') && !path.includes('..'));
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://localhost').pathname;
    if (path === '/bench/page.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    if (!allowed(path)) return void res.writeHead(404).end();
    try {
      const body = await readFile(new URL(`.${path}`, root));
      const type = types[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type, 'cache-control': 'max-age=3600' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const sleep = (t) => new Promise((resolve) => setTimeout(resolve, t));

function withTimeout(promise, timeoutMs, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer in ${timeoutMs} ms`)), timeoutMs);
    }),
  ]).finally(() => clearTimeout(timer));
}

// ---------------------------------------------------------------------------------------------------------------
// Chrome traces: top-level tasks of the page's main thread

function mainThreadEvents(buffer) {
  const { traceEvents } = JSON.parse(Buffer.from(buffer).toString('utf8'));
  const names = new Map();
  for (const e of traceEvents) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  // The page's renderer main thread: the CrRendererMain that was busiest.
  const busy = new Map();
  for (const e of traceEvents) {
    const key = `${e.pid}:${e.tid}`;
    if (names.get(key) === 'CrRendererMain' && e.ph === 'X') busy.set(key, (busy.get(key) ?? 0) + (e.dur ?? 0));
  }
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const events = traceEvents.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X');
  const tasks = events
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask')
    .map((e) => ({ start: e.ts / 1000, end: (e.ts + e.dur) / 1000 }));
  // Nested tasks (a nested run loop) count once, as part of the task around them.
  tasks.sort((a, b) => a.start - b.start);
  const topLevel = [];
  for (const t of tasks) {
    const last = topLevel[topLevel.length - 1];
    if (last && t.start < last.end) continue;
    topLevel.push(t);
  }
  const frames = events.filter((e) => e.name === 'ProxyMain::BeginMainFrame').map((e) => e.ts / 1000);
  // Frames drawn on screen (by the display compositor, in another process).
  const drawn = traceEvents.filter((e) => e.name === 'DirectRenderer::DrawFrame').length;
  return { tasks: topLevel, frames: frames.sort((a, b) => a - b), drawn };
}

/** Main-thread busy time per frame: every top-level task between two frames' starts belongs to the later frame. */
function frameTimes({ tasks, frames }) {
  const out = [];
  for (let i = 1; i < frames.length; i++) {
    const from = frames[i - 1];
    const to = frames[i];
    out.push(tasks.filter((t) => t.start >= from && t.start < to).reduce((sum, t) => sum + (t.end - t.start), 0));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// One run of each library

let browser;
let origin;

async function openPage(lib) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${origin}/bench/${lib}.html`);
  await page.waitForFunction(
    (kind) =>
      globalThis.sopBench &&
      (kind === 'mermaid'
        ? globalThis.mermaid
        : customElements.get('sop-diagram') && customElements.get('sop-diagram')),
    {},
    lib,
  );
  if (lib === 'mermaid') await page.evaluate(() => globalThis.sopBench.mermaidInit());
  const cdp = await page.createCDPSession();
  return { page, cdp, problems };
}

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

async function panZoom(page) {
  const box = await page.evaluate(() => globalThis.sopBench.drawingBox());
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await sleep(100);
  await page.tracing.start({ categories: ['toplevel', 'cc', 'viz', 'benchmark', 'devtools.timeline'] });
  const t0 = Date.now();
  for (let i = 0; i < 40; i++) {
    await page.mouse.wheel({ deltaY: i % 20 < 10 ? -80 : 80 });
    await sleep(12);
  }
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) {
    await page.mouse.move(cx + 220 * Math.sin(i / 9), cy + 120 * Math.sin(i / 13));
    await sleep(12);
  }
  await page.mouse.up();
  const gestureMs = Date.now() - t0;
  await sleep(50);
  const trace = mainThreadEvents(await page.tracing.stop());
  return { frames: frameTimes(trace), fps: (trace.drawn * 1000) / gestureMs, inputs: (102 * 1000) / gestureMs };
}

async function sopRun(spec, { panzoom }) {
  const { page, cdp, problems } = await openPage('sop');
  try {
    const heap0 = await heapAfterGc(cdp);
    const evaluate = (fn, ...args) => withTimeout(page.evaluate(fn, ...args), SOP_TIMEOUT_MS + 5000, caseName(spec));
    const first = await evaluate((s, t) => globalThis.sopBench.sopFirst(s, t), spec, SOP_TIMEOUT_MS);
    const heap1 = await heapAfterGc(cdp);
    const relabel = await evaluate((t) => globalThis.sopBench.sopRelabel(1, t), SOP_TIMEOUT_MS);
    const lens = [];
    for (const p of ['p1', 'p3', undefined]) lens.push(await evaluate((q) => globalThis.sopBench.sopLens(q), p));
    const select = [];
    for (const at of [0.25, 0.5, 0.75]) {
      select.push(await evaluate((i) => globalThis.sopBench.sopSelect(i), Math.floor(spec.steps * at)));
    }
    const pz = panzoom ? await panZoom(page) : undefined;
    if (problems.length) throw new Error(problems.join('; '));
    return { first, heapBytes: heap1 - heap0, relabel, lens, select, panZoom: pz };
  } finally {
    await page.close();
  }
}

/** A first render under a Chrome trace: the longest top-level task on the main thread, whatever its length. */
async function sopTracedRun(spec) {
  const { page } = await openPage('sop');
  try {
    await page.tracing.start({ categories: ['toplevel', 'devtools.timeline'] });
    await withTimeout(
      page.evaluate((s, t) => globalThis.sopBench.sopFirst(s, t), spec, SOP_TIMEOUT_MS),
      SOP_TIMEOUT_MS + 5000,
      caseName(spec),
    );
    const { tasks } = mainThreadEvents(await page.tracing.stop());
    return tasks.reduce((m, t) => Math.max(m, t.end - t.start), 0);
  } finally {
    await page.close();
  }
}

async function mermaidRun(spec) {
  const { page, cdp, problems } = await openPage('mermaid');
  try {
    const heap0 = await heapAfterGc(cdp);
    const first = await withTimeout(
      page.evaluate((s) => globalThis.sopBench.mermaidFirst(s), spec),
      MERMAID_TIMEOUT_MS,
      `Mermaid, ${caseName(spec)}`,
    );
    const heap1 = await heapAfterGc(cdp);
    const relabel = await withTimeout(
      page.evaluate(() => globalThis.sopBench.mermaidRelabel(1)),
      MERMAID_TIMEOUT_MS,
      `Mermaid re-render, ${caseName(spec)}`,
    );
    if (problems.length) throw new Error(problems.join('; '));
    return { first, heapBytes: heap1 - heap0, relabel };
  } finally {
    await page.close().catch(() => undefined);
  }
}

async function tooLargeRun(steps) {
  const { page } = await openPage('sop');
  try {
    return await withTimeout(
      page.evaluate((n) => globalThis.sopBench.sopTooLarge(n), steps),
      SOP_TIMEOUT_MS,
      `${steps} steps`,
    );
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Bytes

async function sizes() {
  const gz = (text) => gzipSync(text, { level: 9 }).length;
  const file = async (path) => gz(await readFile(new URL(path, root)));
  const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
  const entries = {};
  for (const [name, target] of Object.entries(pkg.exports)) {
    const js = typeof target === 'string' ? target : target.default;
    if (!js?.endsWith('.js') || js.includes('bundle')) continue;
    const result = await esbuild.build({
      entryPoints: [fileURLToPath(new URL(js, root))],
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      platform: 'browser',
      conditions: ['production'],
      external: ['react', 'react-dom', 'react/*'],
      write: false,
      logLevel: 'error',
    });
    entries[name] = { own: await file(js), bundled: gz(result.outputFiles[0].contents) };
  }
  return {
    bundle: await file('dist/sop-elements.bundle.js'),
    worker: await file('dist/layout/flow-worker.js'),
    entries,
    mermaid: await file('node_modules/mermaid/dist/mermaid.min.js'),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Main

function table(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])));
  console.log(line(head).join('  '));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r).join('  '));
  console.log('');
}

async function main() {
  await ensureBuilt();
  const server = await serve(await pageScript());
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
  const chromium = await browser.version();
  const mermaidVersion = JSON.parse(await readFile(new URL('node_modules/mermaid/package.json', root), 'utf8')).version;
  console.log(
    `${chromium}, Mermaid ${mermaidVersion}, Node ${process.version}, ${cpus().length} CPUs; ${RUNS} runs per case, ` +
      `us and Mermaid alternating; Mermaid up to ${MERMAID_MAX_STEPS} steps (${MERMAID_TIMEOUT_MS / 1000} s per render)\n`,
  );

  const notes = [];
  const results = [];
  for (const spec of cases) {
    const panzoom = spec.lanes === 4 && spec.labels === 'short' && PAN_ZOOM_SIZES.includes(spec.steps);
    const withMermaid = spec.steps <= MERMAID_MAX_STEPS;
    const ours = [];
    const theirs = [];
    const errors = [];
    let mermaidFailed;
    for (let run = 0; run < RUNS; run++) {
      const order = run % 2 === 0 ? ['sop', 'mermaid'] : ['mermaid', 'sop'];
      for (const lib of order) {
        if (lib === 'sop') {
          ours.push(await sopRun(spec, { panzoom }).catch((e) => errors.push(`us: ${e.message}`)));
        } else if (withMermaid && !mermaidFailed && Date.now() - started < MERMAID_DEADLINE_MS) {
          theirs.push(
            await mermaidRun(spec).catch((e) => {
              // Mermaid's errors are deterministic (its Dagre fails on some graphs with many subgraphs).
              mermaidFailed = e.message;
              errors.push(`Mermaid: ${e.message}`);
            }),
          );
        }
      }
    }
    const good = ours.filter((r) => typeof r === 'object');
    const mgood = theirs.filter((r) => typeof r === 'object');
    if (mermaidFailed) {
      notes.push(`${caseName(spec)}: Mermaid could not draw it: "${mermaidFailed.slice(0, 120)}".`);
    } else if (withMermaid && mgood.length < RUNS) {
      notes.push(`${caseName(spec)}: Mermaid ran ${mgood.length} of ${RUNS} times (time cap).`);
    }
    const traced = await sopTracedRun(spec).catch(() => NaN);
    const pick = (list, f) => list.map(f);
    const frames = good.flatMap((r) => r.panZoom?.frames ?? []);
    const result = {
      spec,
      name: caseName(spec),
      steps: good[0]?.first.steps ?? spec.steps,
      ours: {
        first: summary(pick(good, (r) => r.first.ms)),
        renderEvent: summary(pick(good, (r) => r.first.renderEventMs)),
        layout: summary(pick(good, (r) => r.first.layoutMs)),
        relabel: summary(pick(good, (r) => r.relabel.ms)),
        lens: summary(good.flatMap((r) => r.lens.map((x) => x.ms))),
        select: summary(good.flatMap((r) => r.select.map((x) => x.ms))),
        longestTask: traced,
        longTaskObserved: summary(pick(good, (r) => r.first.longTaskMs)),
        elementsPerStep: good[0] ? good[0].first.elements / good[0].first.steps : NaN,
        heapMB: summary(pick(good, (r) => r.heapBytes / 2 ** 20)),
        panZoom: frames.length
          ? {
              ...summary(frames),
              frames: frames.length,
              over16ms: frames.filter((f) => f > FRAME_BUDGET_MS).length,
              fps: summary(good.map((r) => r.panZoom?.fps))?.median,
              inputsPerSecond: summary(good.map((r) => r.panZoom?.inputs))?.median,
            }
          : undefined,
      },
      mermaidError: mermaidFailed,
      mermaid: mgood.length
        ? {
            first: summary(pick(mgood, (r) => r.first.ms)),
            relabel: summary(pick(mgood, (r) => r.relabel.ms)),
            longestTask: Math.max(...mgood.map((r) => r.first.longTaskMs)),
            elementsPerStep: mgood[0].first.elements / mgood[0].first.steps,
            heapMB: summary(pick(mgood, (r) => r.heapBytes / 2 ** 20)),
          }
        : undefined,
      errors,
    };
    results.push(result);
    const m = result.mermaid?.first?.median;
    console.log(
      `${result.name.padEnd(30)} us ${ms(result.ours.first).padStart(6)} ms` +
        (m
          ? `   Mermaid ${ms(result.mermaid.first).padStart(6)} ms   ratio ${fmt(result.ours.first?.median / m, 2)}`
          : '') +
        (errors.length ? `   (${errors.length} errors: ${errors[0]})` : ''),
    );
  }

  const tooLarge = [];
  for (const steps of TOO_LARGE) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await tooLargeRun(steps));
    tooLarge.push({
      steps,
      ms: summary(runs.map((r) => r.ms)),
      codes: runs[0].codes,
      shown: runs.every((r) => r.shown),
    });
  }
  await browser.close();
  server.close();
  const bytes = await sizes();

  // Tables
  console.log('\nFirst render and re-render (ms, median / p95; until the frame that shows it)\n');
  table(
    [
      'case',
      'us',
      'us p95',
      'Mermaid',
      'M p95',
      'us/M',
      'relabel',
      'M re-render',
      'layout',
      'longest task',
      'M longest',
    ],
    results.map((r) => [
      r.name,
      ms(r.ours.first),
      ms(r.ours.first, 'p95'),
      r.mermaidError ? 'failed' : ms(r.mermaid?.first),
      ms(r.mermaid?.first, 'p95'),
      r.mermaid?.first ? fmt(r.ours.first?.median / r.mermaid.first.median, 2) : '—',
      ms(r.ours.relabel),
      ms(r.mermaid?.relabel),
      ms(r.ours.layout),
      fmt(r.ours.longestTask),
      fmt(r.mermaid?.longestTask),
    ]),
  );
  console.log('Interaction and weight (lens and selection: main-thread ms to the painted frame; heap in MB)\n');
  table(
    [
      'case',
      'lens',
      'lens p95',
      'select',
      'sel p95',
      'pan/zoom',
      'p95',
      '>16.7ms',
      'fps',
      'el/step',
      'M el/step',
      'heap',
      'M heap',
    ],
    results.map((r) => [
      r.name,
      ms(r.ours.lens),
      ms(r.ours.lens, 'p95'),
      ms(r.ours.select),
      ms(r.ours.select, 'p95'),
      r.ours.panZoom ? fmt(r.ours.panZoom.median, 1) : '—',
      r.ours.panZoom ? fmt(r.ours.panZoom.p95, 1) : '—',
      r.ours.panZoom ? `${r.ours.panZoom.over16ms}/${r.ours.panZoom.frames}` : '—',
      fmt(r.ours.panZoom?.fps),
      fmt(r.ours.elementsPerStep, 1),
      fmt(r.mermaid?.elementsPerStep, 1),
      fmt(r.ours.heapMB?.median, 1),
      fmt(r.mermaid?.heapMB?.median, 1),
    ]),
  );
  console.log('Documents too large to draw\n');
  table(
    ['steps', 'refused in (median)', 'p95', 'diagnostic', 'error panel'],
    tooLarge.map((t) => [t.steps, ms(t.ms), ms(t.ms, 'p95'), t.codes.join(', '), t.shown ? 'yes' : 'no']),
  );
  const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
  console.log('Bytes (gzip -9)\n');
  table(
    ['file', 'own file', 'with its imports (esbuild, minified)'],
    [
      ['dist/sop-elements.bundle.js', kib(bytes.bundle), '(standalone)'],
      ['dist/layout/flow-worker.js', kib(bytes.worker), '(standalone)'],
      ...Object.entries(bytes.entries).map(([name, b]) => [`sop-elements${name.slice(1)}`, kib(b.own), kib(b.bundled)]),
      ['mermaid.min.js (for reference)', kib(bytes.mermaid), ''],
    ],
  );

  // Budgets
  const compared = results.filter((r) => r.mermaid?.first && r.ours.first);
  const worstRatio = compared.reduce(
    (w, r) => {
      const ratio = r.ours.first.median / r.mermaid.first.median;
      return ratio > w.ratio ? { ratio, name: r.name } : w;
    },
    { ratio: 0, name: '' },
  );
  const sixty = results.filter((r) => r.spec.steps === 60);
  const worst60 = Math.max(...sixty.map((r) => r.ours.first?.median ?? Infinity));
  const three = results.find((r) => r.spec.steps === 300 && r.spec.lanes === 4 && r.spec.labels === 'short');
  const upTo500 = results.filter((r) => r.spec.steps <= 500);
  const worstLens = Math.max(...upTo500.map((r) => r.ours.lens?.p95 ?? Infinity));
  const worstSelect = Math.max(...upTo500.map((r) => r.ours.select?.p95 ?? Infinity));
  const pz500 = results.find((r) => r.spec.steps === 500 && r.ours.panZoom)?.ours.panZoom;
  const refusal = Math.max(...tooLarge.map((t) => t.ms?.median ?? Infinity));
  const budgets = [
    {
      budget: 'first render ≤ ¼ of Mermaid at every size with lanes',
      met: compared.length > 0 && worstRatio.ratio <= 0.25,
      figure: `worst ratio ${fmt(worstRatio.ratio, 2)} (${worstRatio.name}); compared up to ${MERMAID_MAX_STEPS} steps`,
    },
    {
      budget: '60-step SOP rendered in under 100 ms',
      met: worst60 < 100,
      figure: `${fmt(worst60)} ms median (slowest 60-step case)`,
    },
    {
      budget: 'no main-thread task over 50 ms while a 300-step SOP lays out',
      met: three !== undefined && three.ours.longestTask <= 50,
      figure: `longest task ${fmt(three?.ours.longestTask)} ms (traced first render)`,
    },
    {
      budget: 'lens and selection changes under 16 ms (up to 500 steps)',
      met: worstLens < 16 && worstSelect < 16,
      figure: `lens p95 ${fmt(worstLens, 1)} ms, selection p95 ${fmt(worstSelect, 1)} ms (worst case up to 500 steps)`,
    },
    {
      budget: 'pan/zoom at 60 fps at 500 steps',
      met: pz500 !== undefined && pz500.p95 <= FRAME_BUDGET_MS,
      figure: pz500
        ? `main-thread time per frame median ${fmt(pz500.median, 1)} ms, p95 ${fmt(pz500.p95, 1)} ms; ` +
          `${pz500.over16ms} of ${pz500.frames} frames over 16.7 ms; ${fmt(pz500.fps)} frames drawn per second for ` +
          `${fmt(pz500.inputsPerSecond)} input events per second`
        : 'not measured',
    },
    {
      budget: 'standalone bundle under 60 KiB gzip',
      met: bytes.bundle < 60 * 1024,
      figure: kib(bytes.bundle),
    },
    {
      budget: 'documents too large to lay out refused in under 50 ms',
      met: refusal < 50,
      figure: `${fmt(refusal)} ms median (worst of ${TOO_LARGE.join(' and ')} steps)`,
    },
  ];
  console.log('Budgets (issue 7)\n');
  for (const b of budgets) console.log(`  ${b.met ? 'met   ' : 'MISSED'}  ${b.budget}: ${b.figure}`);
  if (MERMAID_MAX_STEPS < Math.max(...SIZES)) {
    notes.push(
      `Mermaid is capped at ${MERMAID_MAX_STEPS} steps (it needs tens of seconds beyond, ~14 s at 800 nodes): larger ` +
        `cases are ours only. Raise with --mermaid-max.`,
    );
  }
  console.log(`\nNotes\n${notes.map((n) => `  - ${n}`).join('\n')}`);
  const totalS = (Date.now() - started) / 1000;
  console.log(`\nDone in ${fmt(totalS)} s; results in bench/results.json`);

  await writeFile(
    new URL('bench/results.json', root),
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        environment: { chromium, mermaid: mermaidVersion, node: process.version, cpus: cpus().length },
        settings: { runs: RUNS, mermaidMaxSteps: MERMAID_MAX_STEPS, mermaidTimeoutMs: MERMAID_TIMEOUT_MS, quick },
        cases: results,
        tooLarge,
        bytes,
        budgets,
        notes,
        totalSeconds: totalS,
      },
      null,
      2,
    )}\n`,
  );
}

main().catch(async (error) => {
  console.error(error);
  await browser?.close().catch(() => undefined);
  process.exit(1);
});
