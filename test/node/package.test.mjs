// The built package as a user gets it: `sop-elements/model` in plain Node, the standalone bundle, the exports map.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, stat } from 'node:fs/promises';

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

test('the model has no DOM dependency anywhere in its import graph', async () => {
  const seen = new Set();
  const visit = async (url) => {
    if (seen.has(url.href)) return;
    seen.add(url.href);
    const text = await readFile(url, 'utf8');
    assert.doesNotMatch(text, /\b(document|window|customElements|HTMLElement)\./, url.pathname);
    for (const m of text.matchAll(/from\s+'(\.[^']+)'/g)) await visit(new URL(m[1], url));
  };
  await visit(new URL('dist/model/index.js', root));
  assert.ok(seen.size > 5);
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

test('importing the main entry defines no element', async () => {
  const source = await read('dist/index.js');
  assert.doesNotMatch(source, /customElements\.define|defineElement\(/);
});
