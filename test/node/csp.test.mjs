// Every element works on a page served with the strict policy hardened intranets use:
// no eval, no inline scripts or styles, Trusted Types required for script sinks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, normalize } from 'node:path';
import { launchChromium } from './support/chromium.mjs';

const POLICY = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const root = new URL('../../', import.meta.url);
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
};
const allowed = ['/dist/', '/examples/', '/test/csp/'];

function serve() {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://localhost').pathname));
    if (!allowed.some((prefix) => path.startsWith(prefix))) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(new URL(`.${path}`, root));
      res.writeHead(200, {
        'content-type': types[extname(path)] ?? 'application/octet-stream',
        'content-security-policy': POLICY,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-security-policy': POLICY }).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

test('the three elements render under script-src self, style-src self and Trusted Types with no violation', async (t) => {
  const server = await serve();
  t.after(() => server.close());
  const browser = await launchChromium();
  t.after(() => browser.close());
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/404|Failed to load resource/.test(msg.text()))
      problems.push(`console: ${msg.text()}`);
  });
  const { port } = server.address();
  await page.goto(`http://127.0.0.1:${port}/test/csp/index.html`);
  await page.waitForFunction('window.__result !== undefined', { timeout: 30000 });
  const result = await page.evaluate('window.__result');
  const violations = await page.evaluate('window.__violations');
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
  assert.equal(result.ready, true, JSON.stringify(result));
  assert.equal(result.steps, 32, 'every step of the classic procedure is drawn');
});
