// Every element works on a page served with the strict policy hardened intranets use:
// no eval, no inline scripts or styles, Trusted Types required for script sinks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from './support/chromium.mjs';
import { serveRepository } from './support/serve.mjs';

const POLICY = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

test('the three elements render under script-src self, style-src self and Trusted Types with no violation', async (t) => {
  const server = await serveRepository(['/dist/', '/examples/', '/test/csp/'], { 'content-security-policy': POLICY });
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
