import { layoutFlowCached, MAX_FLOW_STEPS } from '../../layout/flow.js';
import type { FlowWorkerRequest, FlowWorkerResponse } from '../../layout/flow-worker.js';
import type { FlowDirection, FlowLayout } from '../../layout/flow-types.js';
import type { SopModel } from '../../model/normalize.js';
import { canvasMeasurer } from './measure-text.js';

/**
 * Where the layout worker lives and from how many steps it is used. Set `url` to `null` to always lay out on
 * the main thread; point it at the bundled `flow-worker.js` when the default (next to the layout modules)
 * is not served. Whatever goes wrong with the worker (no file, a Content-Security-Policy, Trusted Types, a
 * cross-origin script), layout falls back to the main thread.
 */
export const layoutWorkerConfig: { url: URL | string | null; threshold: number } = {
  url: new URL('../../layout/flow-worker.js', import.meta.url),
  threshold: 150,
};

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}

let policy: ScriptUrlPolicy | undefined;

/** A Trusted Types policy that only ever vouches for the configured worker URL. */
function scriptUrl(href: string): unknown {
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): ScriptUrlPolicy } })
    .trustedTypes;
  if (!tt) return href;
  policy ??= tt.createPolicy('sop-elements-worker', {
    createScriptURL: (url: string) => {
      if (url !== String(new URL(String(layoutWorkerConfig.url), globalThis.location?.href))) {
        throw new TypeError(`sop-elements only loads its own layout worker, not ${url}.`);
      }
      return url;
    },
  });
  return policy.createScriptURL(href);
}

class WorkerClient {
  readonly ready: Promise<boolean>;
  private readonly worker: Worker;
  private readonly jobs = new Map<number, (layout: FlowLayout | undefined) => void>();
  private next = 1;

  constructor(href: string) {
    this.worker = new Worker(scriptUrl(href) as string, { type: 'module', name: 'sop-elements layout' });
    this.ready = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 5000);
      this.worker.addEventListener('message', (event: MessageEvent<FlowWorkerResponse>) => {
        const data = event.data;
        if ('ready' in data) {
          clearTimeout(timer);
          resolve(true);
          return;
        }
        const done = this.jobs.get(data.id);
        this.jobs.delete(data.id);
        done?.('layout' in data ? data.layout : undefined);
      });
      this.worker.addEventListener('error', (event) => {
        event.preventDefault();
        clearTimeout(timer);
        resolve(false);
        for (const done of this.jobs.values()) done(undefined);
        this.jobs.clear();
      });
    });
  }

  async run(request: Omit<FlowWorkerRequest, 'id'>): Promise<FlowLayout | undefined> {
    if (!(await this.ready)) return undefined;
    const id = this.next++;
    return new Promise((resolve) => {
      this.jobs.set(id, resolve);
      this.worker.postMessage({ ...request, id } satisfies FlowWorkerRequest);
    });
  }

  terminate(): void {
    this.worker.terminate();
  }
}

let client: { href: string; worker: WorkerClient } | undefined;
/** The worker URL that failed (no file, blocked by a policy…): not tried again until the URL changes. */
let broken: string | undefined;

function workerClient(): WorkerClient | undefined {
  if (!layoutWorkerConfig.url || typeof Worker === 'undefined') return undefined;
  let href: string;
  try {
    href = String(new URL(String(layoutWorkerConfig.url), globalThis.location?.href));
  } catch {
    return undefined;
  }
  if (href === broken) return undefined;
  if (client?.href === href) return client.worker;
  client?.worker.terminate();
  client = undefined;
  try {
    const worker = new WorkerClient(href);
    client = { href, worker };
    void worker.ready.then((ok) => {
      if (ok) return;
      broken = href;
      worker.terminate();
      if (client?.worker === worker) client = undefined;
    });
    return worker;
  } catch {
    broken = href;
    return undefined;
  }
}

/**
 * Lays out documents for one element: small ones at once on the main thread, large ones in the worker
 * (returning `undefined` until it answers, then asking the element to update). Results are kept per model,
 * so lens, selection and hover never lay out again.
 */
export class LayoutRunner {
  private readonly done = new WeakMap<SopModel, Map<string, FlowLayout>>();
  private readonly pending = new WeakMap<SopModel, Set<string>>();

  constructor(private readonly onReady: () => void) {}

  layout(model: SopModel, direction: FlowDirection, fontFamily: string): FlowLayout | undefined {
    const options = { direction, measureText: canvasMeasurer(), fontFamily: fontFamily || undefined };
    const large = model.steps.length > layoutWorkerConfig.threshold;
    const refused = model.steps.length > MAX_FLOW_STEPS || model.flows.length > 2 * MAX_FLOW_STEPS;
    const worker = large && !refused ? workerClient() : undefined;
    if (!worker) return this.done.get(model)?.get(`${direction}|${fontFamily}`) ?? layoutFlowCached(model, options);
    const key = `${direction}|${fontFamily}`;
    const known = this.done.get(model)?.get(key);
    if (known) return known;
    const pending = this.pending.get(model) ?? new Set<string>();
    if (pending.has(key)) return undefined;
    pending.add(key);
    this.pending.set(model, pending);
    void worker
      .run({ document: model.document, options: { direction, fontFamily: options.fontFamily ?? '' } })
      .then((layout) => {
        // Workers have a smaller stack than the page: a chain that overflowed there is laid out here instead.
        const result = layout && layout.diagnostics.length === 0 ? layout : layoutFlowCached(model, options);
        const map = this.done.get(model) ?? new Map<string, FlowLayout>();
        map.set(key, result);
        this.done.set(model, map);
        pending.delete(key);
        this.onReady();
      });
    return undefined;
  }
}
