// A static file server on 127.0.0.1 for the Node page tests: only the listed folders of the repository.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, normalize } from 'node:path';

const root = new URL('../../../', import.meta.url);
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** Serves the repository's files under `allowed` path prefixes, with `headers` on every answer. */
export function serveRepository(allowed, headers = {}) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://localhost').pathname));
    if (!allowed.some((prefix) => path.startsWith(prefix))) return void res.writeHead(404).end();
    try {
      const body = await readFile(new URL(`.${path}`, root));
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', ...headers }).end(body);
    } catch {
      res.writeHead(404, headers).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
