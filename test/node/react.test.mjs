// `sop-elements/react` in React 18 and React 19, in Chromium. test/react/harness.tsx is bundled from the sources
// with esbuild once per React version: the React 18 bundle aliases `react` and `react-dom` to the `react18` and
// `react-dom18` dev dependencies (npm aliases of react@18; package.json `overrides` lets npm install them beside
// React 19, and the alias makes react-dom 18 use react 18). Development builds, so StrictMode double-mounts.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from './support/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

const variants = [
  { name: 'React 18', major: 18, alias: { react: 'react18', 'react-dom': 'react-dom18' } },
  { name: 'React 19', major: 19, alias: {} },
];

async function bundle(alias) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['test/react/harness.tsx'],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    tsconfig: 'tsconfig.json',
    alias,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

function serve(script) {
  const page =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>sop-elements/react</title>' +
    '<link rel="icon" href="data:,">' +
    '<script type="module" src="/harness.js"></script></head><body></body></html>';
  const server = createServer((req, res) => {
    if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    else if (req.url === '/harness.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let browser;
before(async () => {
  browser = await launchChromium();
});
after(() => browser?.close());

for (const variant of variants) {
  describe(`sop-elements/react in ${variant.name}`, () => {
    let server;
    let page;
    const problems = [];
    const run = (name) => page.evaluate((scenario) => window.harness.scenarios[scenario](), name);

    before(async () => {
      server = await serve(await bundle(variant.alias));
      page = await browser.newPage();
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
      });
      await page.goto(`http://127.0.0.1:${server.address().port}/`);
      await page.waitForFunction(() => window.harness !== undefined, { timeout: 20000 });
    });
    after(async () => {
      await page?.close();
      server?.close();
    });

    test(`the page runs ${variant.name}`, async () => {
      const version = await page.evaluate(() => window.harness.react);
      assert.equal(Number(version.split('.')[0]), variant.major, version);
    });

    test('objects reach the elements as properties and strings as attributes, and they render', async () => {
      const facts = await run('properties');
      assert.equal(facts.diagramSopIsTheObject, true);
      assert.equal(facts.matrixSopIsTheObject, true);
      assert.equal(facts.timelineIncidentIsTheObject, true);
      assert.deepEqual(facts.objectAttributes, [], 'no object is stringified into an attribute');
      assert.equal(facts.priority, 'p1');
      assert.equal(facts.direction, 'vertical');
      assert.equal(facts.view, 'priority');
      assert.equal(facts.elapsed, 'PT20M');
      assert.equal(facts.now, '2026-03-02T12:00:00Z');
      assert.equal(facts.steps, facts.expectedSteps);
      assert.equal(facts.steps, 32, 'every step of the classic procedure');
      assert.equal(facts.cells, facts.expectedCells);
      assert.equal(facts.events, facts.expectedEvents);
      assert.ok(facts.cells > 0 && facts.events > 0);
    });

    test('the typed callbacks receive each event with its detail', async () => {
      const { seen, clickedStep, clickedCell, clickedEvent } = await run('events');
      assert.deepEqual(seen.step, [{ detail: { stepId: clickedStep }, isCustom: true }]);
      assert.deepEqual(seen.render, [{ detail: 'number', isCustom: true }]);
      assert.deepEqual(seen.cell, [{ detail: clickedCell, isCustom: true }]);
      assert.equal(seen.event.length, 1);
      assert.equal(seen.event[0].detail.index, clickedEvent.index);
      assert.equal(seen.event[0].detail.type, clickedEvent.type);
      assert.match(seen.event[0].detail.at, /^\d{4}-\d\d-\d\dT/);
      assert.deepEqual(seen.invalid.map((call) => call.detail).sort(), [
        'diagram:true',
        'matrix:true',
        'timeline:true',
      ]);
    });

    test('StrictMode double mounting leaves one working element of each, with one callback per event', async () => {
      const facts = await run('strictMode');
      assert.deepEqual(facts.effects, { mounts: 2, unmounts: 1 }, 'StrictMode ran effects twice');
      assert.equal(facts.diagrams, 1);
      assert.equal(facts.matrices, 1);
      assert.equal(facts.timelines, 1);
      assert.equal(facts.connected, true);
      assert.equal(facts.sopIsTheObject, true);
      assert.equal(facts.priority, 'p2');
      assert.equal(facts.steps, 32);
      assert.ok(facts.cells > 0 && facts.events > 0);
      assert.equal(facts.selectCalls, 2, 'two clicks, two calls: listeners are not doubled');
      assert.equal(typeof facts.selected, 'string');
      assert.equal(facts.renders, 1);
    });

    test('new props update the same element, a new callback replaces the old one, unmount removes it', async () => {
      const facts = await run('rerender');
      assert.equal(facts.sameElement, true);
      assert.equal(facts.priority, 'p3');
      assert.equal(facts.sopIsTheNewObject, true);
      assert.equal(facts.title, 'Renamed procedure');
      assert.equal(facts.calls.length, 1);
      assert.match(facts.calls[0], /^second:/);
      assert.equal(facts.elementsLeftAfterUnmount, 0);
    });

    if (variant.major >= 19) {
      test('React 19 also works with the bare tags: objects as properties, onsop-step-select as a listener', async () => {
        const facts = await run('directTags');
        assert.equal(facts.sopIsTheObject, true);
        assert.equal(facts.sopAttribute, null);
        assert.equal(facts.priority, 'p1');
        assert.equal(facts.steps, 32);
        assert.equal(facts.calls.length, 1);
      });
    } else {
      test('React 18 with the bare tags stringifies objects into attributes (why the wrappers exist)', async () => {
        const facts = await run('directTags');
        assert.equal(facts.sopIsTheObject, false);
        assert.equal(facts.sopAttribute, '[object Object]');
        assert.equal(facts.steps, 0);
        assert.deepEqual(facts.calls, []);
      });
    }

    test('no page error and no console error', () => {
      assert.deepEqual(problems, []);
    });
  });
}
