// demo/embed.html, the page a wiki or intranet user copies: plain HTML and dist/sop-elements.bundle.js, nothing
// else. Served from the repository root like any static server would, it renders all three elements.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from './support/chromium.mjs';
import { serveRepository } from './support/serve.mjs';
import { readFile } from 'node:fs/promises';

const root = new URL('../../', import.meta.url);

test('demo/embed.html renders all three elements with only the standalone bundle', async (t) => {
  const server = await serveRepository(['/demo/', '/dist/', '/examples/']);
  t.after(() => server.close());
  const browser = await launchChromium();
  t.after(() => browser.close());
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warn') problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  await page.goto(`${origin}/demo/embed.html`);

  const count = (id, part) =>
    page.evaluate(
      (i, p) => document.getElementById(i)?.shadowRoot?.querySelectorAll(`[part~="${p}"]`).length ?? 0,
      id,
      part,
    );
  await page.waitForFunction(
    () =>
      ['diagram', 'matrix', 'timeline'].every((id) =>
        document.getElementById(id)?.shadowRoot?.querySelector('[part~="step"], [part~="cell"], [part~="event"]'),
      ),
    { timeout: 30000 },
  );

  const sop = JSON.parse(await readFile(new URL('examples/classic-it-incident.sop.json', root), 'utf8'));
  const incident = JSON.parse(
    await readFile(new URL('examples/incidents/db-outage-breach.incident.json', root), 'utf8'),
  );
  assert.equal(await count('diagram', 'step'), sop.steps.length, 'every step of the procedure from src');
  assert.equal(await count('diagram', 'lane'), sop.roles.length);
  assert.ok((await count('diagram', 'dimmed')) > 0, 'the priority lens of the priority attribute');
  assert.equal(await count('matrix', 'cell'), 6, 'a cell per priority and role of the inline JSON');
  assert.equal(await count('matrix', 'engaged'), 2, '20 minutes into a p1: the desk and on-call');
  assert.equal(await count('timeline', 'event'), incident.events.length, 'every event of the incident from src');
  assert.ok((await count('timeline', 'breach')) > 0, 'the missed target of the sop-src procedure');
  for (const id of ['diagram', 'matrix', 'timeline']) assert.equal(await count(id, 'error'), 0, `${id} has no error`);

  // The page's own script listens to the bubbling event, as a wiki macro would.
  const stepId = await page.evaluate(() => {
    const step = document.getElementById('diagram').shadowRoot.querySelectorAll('[part~="step"]')[3];
    step.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    return step.dataset.id;
  });
  await page.waitForFunction((id) => document.getElementById('selected').value === id, { timeout: 5000 }, stepId);

  // Where a wiki allows no script: the drawing as a standalone SVG file, shown as an image.
  const svg = await page.evaluate(async () => {
    const text = document.getElementById('diagram').toSVG();
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    await image.decode();
    return { text, width: image.naturalWidth, height: image.naturalHeight };
  });
  assert.match(svg.text, /^(<\?xml[^>]*>\s*)?<svg[\s>]/);
  assert.match(svg.text, /IT incident management procedure/);
  assert.doesNotMatch(svg.text, /<script|href="(?!#)|url\((?!#)/i, 'nothing to fetch or run');
  assert.ok(svg.width > 400 && svg.height > 200, `decoded as an image: ${svg.width}×${svg.height}`);

  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.initiatorType === 'script')
      .map((entry) => new URL(entry.name).pathname),
  );
  assert.deepEqual(scripts, ['/dist/sop-elements.bundle.js'], 'the bundle is the only script loaded');
  assert.deepEqual(problems, []);
});
