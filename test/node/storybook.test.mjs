// Every story of the static Storybook build renders in Chromium with no error in the page, and every element's
// docs page is generated from custom-elements.json. Needs `npm run build-storybook` first (CI runs this test after
// building it); without storybook-static/index.json the test is skipped with a message.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, normalize } from 'node:path';
import { launchChromium } from './support/chromium.mjs';

const root = new URL('../../storybook-static/', import.meta.url);
const indexFile = new URL('index.json', root);
const built = existsSync(indexFile);
const skip = built ? false : 'storybook-static/index.json is absent: run `npm run build-storybook` first';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** Stories that point `src` at a file that does not exist on purpose (and the browser's own favicon request). */
const MISSING_ON_PURPOSE = /does-not-exist|no-such-|\/favicon\.ico$/;
const TAGS = 'sop-diagram, escalation-matrix, incident-timeline';

function serve() {
  const server = createServer(async (req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url, 'http://localhost').pathname));
    if (path.includes('..')) return void res.writeHead(400).end();
    if (path.endsWith('/')) path += 'index.html';
    try {
      const body = await readFile(new URL(`.${path}`, root));
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const entries = built ? Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries) : [];
const stories = entries.filter((entry) => entry.type === 'story');
const docs = entries.filter((entry) => entry.type === 'docs');
const manifestFile = new URL('../../custom-elements.json', import.meta.url);
const manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : { modules: [] };
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);

describe('the static Storybook', { skip }, () => {
  let server;
  let browser;
  let origin;

  before(async () => {
    server = await serve();
    origin = `http://127.0.0.1:${server.address().port}`;
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  /** Opens one iframe.html view and returns the problems seen while it renders and settles. */
  async function open(id, viewMode, inspect) {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const url = msg.location()?.url ?? '';
      if (/Failed to load resource/.test(msg.text()) && MISSING_ON_PURPOSE.test(url)) return;
      problems.push(`console error: ${msg.text()} ${url}`.trim());
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !MISSING_ON_PURPOSE.test(response.url()))
        problems.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    try {
      await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=${viewMode}`);
      await page.waitForFunction(
        () => ['sb-show-main', 'sb-show-errordisplay'].some((name) => document.body.classList.contains(name)),
        { timeout: 30000 },
      );
      const errorShown = await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'));
      if (errorShown) {
        const message = await page.evaluate(() => document.querySelector('#error-message')?.textContent ?? '');
        problems.push(`Storybook shows an error: ${message}`);
      }
      // Let `src` fetches, layout and the elements' updates finish, so late errors are caught too.
      await page.waitForNetworkIdle({ idleTime: 250, timeout: 20000 }).catch(() => {});
      await page.evaluate(
        (tags) => Promise.all(Array.from(document.querySelectorAll(tags), (el) => el.updateComplete)),
        TAGS,
      );
      return { problems, details: inspect ? await inspect(page) : undefined };
    } finally {
      await page.close();
    }
  }

  test(`index.json lists stories of every element and the guides (${stories.length} stories)`, () => {
    const titles = new Set(stories.map((story) => story.title));
    for (const title of [
      'Elements/sop-diagram',
      'Elements/escalation-matrix',
      'Elements/incident-timeline',
      'Guides/Playground',
      'Guides/Theming',
    ])
      assert.ok(titles.has(title), `no stories titled ${title}`);
  });

  test('every story renders with no page error, console error or failed request', async (t) => {
    for (const story of stories) {
      await t.test(story.id, async () => {
        const { problems, details } = await open(story.id, 'story', (page) =>
          page.evaluate((tags) => {
            const elements = Array.from(document.querySelectorAll(tags));
            return {
              elements: elements.length,
              blank: elements.filter((el) => !el.shadowRoot || el.shadowRoot.childElementCount === 0).length,
            };
          }, TAGS),
        );
        assert.deepEqual(problems, []);
        assert.ok(details.elements > 0, 'the story shows at least one element');
        assert.equal(details.blank, 0, 'every element rendered something');
      });
    }
  });

  test('each element has a docs page generated from custom-elements.json', async (t) => {
    for (const declaration of declarations) {
      const entry = docs.find((d) => d.id === `elements-${declaration.tagName}--docs`);
      await t.test(declaration.tagName, async () => {
        assert.ok(entry, `no autodocs entry for ${declaration.tagName}`);
        const { problems, details } = await open(entry.id, 'docs', (page) =>
          page.evaluate(() => {
            // The args table: a heading row per section ("Hide attributes items"), then one row per name.
            const sections = {};
            let current = '';
            for (const row of document.querySelectorAll('.docblock-argstable tbody tr')) {
              const first = row.children[0]?.innerText.trim().split('\n')[0] ?? '';
              const heading = /^Hide (.+) items$/.exec(first);
              if (heading) current = heading[1];
              else (sections[current] ??= []).push(first);
            }
            return { text: document.querySelector('.sbdocs-content')?.innerText ?? '', sections };
          }),
        );
        assert.deepEqual(problems, []);
        const plain = (markdown) => markdown.replace(/`/g, '').replace(/\s+/g, ' ').trim();
        assert.ok(plain(details.text).includes(plain(declaration.description)), 'the element description');
        const expected = {
          attributes: (declaration.attributes ?? []).map((a) => a.name),
          properties: (declaration.members ?? [])
            .filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.attribute)
            .map((m) => m.name),
          events: (declaration.events ?? []).map((e) => e.name),
          'css shadow parts': (declaration.cssParts ?? []).map((p) => `::part(${p.name})`),
          'css custom properties': (declaration.cssProperties ?? []).map((p) => p.name),
        };
        for (const [section, names] of Object.entries(expected)) {
          const listed = details.sections[section] ?? [];
          const missing = names.filter((name) => !listed.includes(name));
          assert.deepEqual(missing, [], `${section} missing from the docs table`);
        }
        const hidden = (declaration.members ?? [])
          .filter((m) => m.privacy === 'private' || m.privacy === 'protected')
          .map((m) => m.name);
        assert.deepEqual(
          hidden.filter((name) => (details.sections.properties ?? []).includes(name)),
          [],
          'no private member is listed',
        );
      });
    }
  });

  test('the playground follows the JSON as it is typed', async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    try {
      await page.goto(`${origin}/iframe.html?id=guides-playground--playground&viewMode=story`);
      const titleOf = () =>
        page.evaluate(
          () => document.querySelector('sop-diagram')?.shadowRoot?.querySelector('[part~="title"]')?.textContent,
        );
      await page.waitForFunction(() =>
        document.querySelector('sop-diagram')?.shadowRoot?.querySelector('[part~="step"]'),
      );
      const read = (name) => page.evaluate((n) => document.querySelector(`textarea[name="${n}"]`).value, name);
      const type = (name, value) =>
        page.evaluate(
          (n, v) => {
            const area = document.querySelector(`textarea[name="${n}"]`);
            area.value = v;
            area.dispatchEvent(new Event('input', { bubbles: true }));
          },
          name,
          value,
        );
      await type('sop', JSON.stringify({ ...JSON.parse(await read('sop')), title: 'Edited live' }));
      await page.waitForFunction(
        () =>
          document.querySelector('sop-diagram').shadowRoot.querySelector('[part~="title"]')?.textContent ===
          'Edited live',
        { timeout: 10000 },
      );
      assert.equal(await titleOf(), 'Edited live');
      await type('sop', (await read('sop')).slice(0, 200));
      await page.waitForFunction(
        () =>
          ['sop-diagram', 'escalation-matrix', 'incident-timeline'].every((tag) =>
            document.querySelector(tag).shadowRoot.querySelector('[part~="error"]'),
          ),
        { timeout: 10000 },
      );
      const status = await page.evaluate(() => document.querySelector('output[name="sop-status"]').value);
      assert.match(status, /^SOP: [1-9]\d* error/);
      await page.select('select', 'Cloud operations');
      await page.waitForFunction(
        () => !document.querySelector('sop-diagram').shadowRoot.querySelector('[part~="error"]'),
        { timeout: 10000 },
      );
      assert.match(await titleOf(), /cloud/i);
      assert.equal(await page.evaluate(() => document.querySelector('output[name="sop-status"]').value), 'SOP: valid');
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  test('the docs pages of the guides render with no error', async (t) => {
    for (const entry of docs.filter((d) => d.id.startsWith('guides-'))) {
      await t.test(entry.id, async () => {
        const { problems } = await open(entry.id, 'docs');
        assert.deepEqual(problems, []);
      });
    }
  });
});
