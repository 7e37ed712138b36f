// The built package as a user gets it: `sop-elements/model` in plain Node, the standalone bundle, the exports map.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, stat } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const read = async (path) => readFile(new URL(path, root), 'utf8');

test('sop-elements/model imports in plain Node and validates every example with zero errors', async () => {
  assert.equal(typeof globalThis.document, 'undefined');
  const model = await import('sop-elements/model');
  const sops = new Map();
  for (const name of (await readdir(new URL('examples/', root))).filter((n) => n.endsWith('.sop.json'))) {
    const { document, diagnostics } = model.parseSop(await read(`examples/${name}`));
    assert.deepEqual(diagnostics, [], name);
    sops.set(document.id, document);
  }
  assert.ok(sops.size >= 5);
  for (const name of await readdir(new URL('examples/incidents/', root))) {
    const text = await read(`examples/incidents/${name}`);
    const sop = sops.get(JSON.parse(text).sop);
    assert.ok(sop, `${name} names a bundled SOP`);
    assert.deepEqual(model.parseIncident(text, sop).diagnostics, [], name);
  }
});

test('the model runs with every DOM global booby-trapped', () => {
  const script = `
    for (const name of ['document', 'window', 'customElements', 'HTMLElement', 'navigator']) {
      Object.defineProperty(globalThis, name, { get() { throw new Error('the model touched ' + name); }, configurable: true });
    }
    const model = await import('sop-elements/model');
    const fs = await import('node:fs');
    const text = fs.readFileSync('examples/cloud-operations.sop.json', 'utf8');
    const { document: doc, diagnostics } = model.parseSop(text);
    const sopModel = model.normalizeSop(doc);
    model.applyLens(sopModel, { priority: sopModel.priorities[0].id });
    const incident = model.parseIncident(fs.readFileSync('examples/incidents/db-outage-breach.incident.json', 'utf8'), doc);
    const clocks = model.computeClocks(model.normalizeIncident(incident.document), sopModel, Date.now());
    console.log(JSON.stringify({ diagnostics: diagnostics.length, breached: clocks.response.breached }));
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: fileURLToPath(root),
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), { diagnostics: 0, breached: true });
});

test('the standalone bundle is one ES module with no imports', async () => {
  const bundle = await read('dist/sop-elements.bundle.js');
  assert.doesNotMatch(bundle, /(^|[;}\s])import\s*[\w{*'"]/, 'static import');
  assert.doesNotMatch(bundle, /\bimport\(/, 'dynamic import');
  assert.doesNotMatch(bundle, /\beval\(|new Function\(/, 'eval');
  for (const tag of ['sop-diagram', 'escalation-matrix', 'incident-timeline'])
    assert.match(bundle, new RegExp(`"${tag}"`));
});

test('every path in the exports map exists after the build', async () => {
  const pkg = JSON.parse(await read('package.json'));
  for (const [entry, target] of Object.entries(pkg.exports)) {
    const files = typeof target === 'string' ? [target] : Object.values(target);
    for (const file of files) await assert.doesNotReject(stat(new URL(file, root)), `${entry} → ${file}`);
  }
});
