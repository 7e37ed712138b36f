// `sop-elements validate FILE…`, as a team would run it in CI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'bin', 'sop-elements.js');
const run = (...args) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });

test('validates every example and exits 0', () => {
  const files = [
    ...readdirSync(join(root, 'examples'))
      .filter((n) => n.endsWith('.json'))
      .map((n) => join('examples', n)),
    ...readdirSync(join(root, 'examples', 'incidents')).map((n) => join('examples', 'incidents', n)),
  ];
  const r = run('validate', ...files);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /9 files checked: 0 errors, 0 warnings/);
});

test('prints "file: /pointer: message" for each diagnostic and exits 1 on errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sop-cli-'));
  const file = join(dir, 'bad.sop.json');
  writeFileSync(
    file,
    JSON.stringify({
      format: 'sop/v1',
      id: 'bad',
      title: 'Bad',
      roles: [{ id: 'desk', name: 'Desk' }],
      steps: [
        { id: 'a', type: 'start', label: 'A', role: 'desk' },
        { id: 'b', type: 'task', label: 'B', role: 'l9', sla: '15 minutes' },
      ],
      flows: [{ from: 'a', to: 'b' }],
    }),
  );
  const r = run('validate', file);
  assert.equal(r.status, 1);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 2);
  assert.match(
    lines[0],
    new RegExp(
      `^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: /steps/1/role: .*"l9".* \\[error SOP_UNKNOWN_ROLE\\]$`,
    ),
  );
  assert.match(lines[1], /: \/steps\/1\/sla: .*"15 minutes".*\[error SOP_BAD_DURATION\]$/);
});

test('reports unreadable files and bad JSON without a stack trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sop-cli-'));
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{"format": "sop/v1",,}');
  const r = run('validate', broken, join(dir, 'missing.json'));
  assert.equal(r.status, 1);
  assert.match(r.stdout, /broken\.json: \/: The document is not valid JSON at line 1, column 21/);
  assert.match(r.stdout, /missing\.json: \/: Cannot read the file/);
  assert.doesNotMatch(r.stderr, /at .*\.js:\d+/);
});

test('checks incident records against the SOP given beside them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sop-cli-'));
  const incident = join(dir, 'inc.json');
  writeFileSync(
    incident,
    JSON.stringify({
      format: 'incident/v1',
      id: 'INC-9',
      title: 'x',
      sop: 'cloud-operations',
      priority: 'nope',
      events: [{ at: '2026-01-01T10:00:00', type: 'detected' }],
    }),
  );
  const r = run('validate', 'examples/cloud-operations.sop.json', incident);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /inc\.json: \/priority: .*"nope".*INCIDENT_UNKNOWN_PRIORITY/);
  assert.match(r.stdout, /inc\.json: \/events\/0\/at: .*INCIDENT_NO_ZONE/);
});

test('explains its usage when called wrongly', () => {
  assert.equal(run('validate').status, 2);
  assert.equal(run('frobnicate').status, 2);
  assert.match(run('--help').stdout, /Usage: sop-elements validate/);
});
