import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseJson } from '../model/parse.js';
import type { Diagnostic } from '../model/types.js';

export type SourceStatus = 'empty' | 'loading' | 'ready';

/** Where the value came from: a property set by script, a fetched `src`, or an inline JSON child. */
export type SourceKind = 'property' | 'src' | 'inline' | 'none';

export interface JsonSourceOptions {
  /** Diagnostic code prefix. */
  prefix: 'SOP' | 'INCIDENT';
  /** Which child `<script type="application/json">` holds the inline document. */
  inlineSelector: string;
  /** What the document is called in messages ("SOP document", "incident record"). */
  noun: string;
}

/**
 * Loads one JSON document for an element, from (in this order of precedence) a property, a `src` URL or an
 * inline `<script type="application/json">` child, and reports network, HTTP and JSON failures as
 * diagnostics. Only the latest request counts: a slow response to an older `src` is dropped.
 */
export class JsonSourceController implements ReactiveController {
  /** The parsed document (not yet validated), or `undefined`. */
  value: unknown = undefined;
  /** Load failures: network, HTTP status, JSON syntax. */
  diagnostics: Diagnostic[] = [];
  status: SourceStatus = 'empty';
  kind: SourceKind = 'none';
  /** Bumped whenever `value` or `diagnostics` change, for cheap memoisation by the host. */
  revision = 0;

  private property: unknown = undefined;
  private src: string | undefined;
  private inlineText: string | undefined;
  private token = 0;
  private abort: AbortController | undefined;
  private observer: MutationObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: JsonSourceOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.readInline();
    if (typeof MutationObserver !== 'undefined') {
      this.observer = new MutationObserver(() => {
        if (this.readInline()) this.resolve();
      });
      this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    }
    this.resolve();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.abort?.abort();
  }

  /** Tells the controller the current property value and `src` attribute; cheap when nothing changed. */
  sync(property: unknown, src: string | null | undefined): void {
    const nextSrc = src ? src : undefined;
    if (property === this.property && nextSrc === this.src) return;
    this.property = property;
    this.src = nextSrc;
    this.resolve();
  }

  private readInline(): boolean {
    const script = this.host.querySelector<HTMLScriptElement>(this.options.inlineSelector);
    const text = script?.textContent ?? undefined;
    if (text === this.inlineText) return false;
    this.inlineText = text;
    return true;
  }

  private set(value: unknown, diagnostics: Diagnostic[], status: SourceStatus, kind: SourceKind): void {
    this.value = value;
    this.diagnostics = diagnostics;
    this.status = status;
    this.kind = kind;
    this.revision++;
    this.host.requestUpdate();
  }

  private resolve(): void {
    const token = ++this.token;
    this.abort?.abort();
    this.abort = undefined;
    if (this.property !== undefined && this.property !== null) {
      if (typeof this.property === 'string') {
        const parsed = parseJson(this.property, this.options.prefix);
        this.set(parsed.value, parsed.diagnostics, 'ready', 'property');
      } else {
        this.set(this.property, [], 'ready', 'property');
      }
      return;
    }
    if (this.src) {
      this.status = 'loading';
      this.kind = 'src';
      this.host.requestUpdate();
      void this.load(this.src, token);
      return;
    }
    if (this.inlineText !== undefined) {
      const parsed = parseJson(this.inlineText, this.options.prefix);
      this.set(parsed.value, parsed.diagnostics, 'ready', 'inline');
      return;
    }
    this.set(undefined, [], 'empty', 'none');
  }

  private async load(src: string, token: number): Promise<void> {
    const abort = typeof AbortController !== 'undefined' ? new AbortController() : undefined;
    this.abort = abort;
    const fail = (code: string, message: string) => {
      if (token !== this.token) return;
      this.set(
        undefined,
        [{ severity: 'error', code: `${this.options.prefix}_${code}`, path: '', message }],
        'ready',
        'src',
      );
    };
    let response: Response;
    try {
      response = await fetch(src, { signal: abort?.signal, headers: { accept: 'application/json' } });
    } catch (error) {
      if (abort?.signal.aborted) return;
      fail(
        'LOAD_FAILED',
        `Could not load the ${this.options.noun} from ${JSON.stringify(src)}: the request failed (${error instanceof Error ? error.message : String(error)}). Check the address, the network, and that the server allows this page to read it (CORS).`,
      );
      return;
    }
    if (token !== this.token) return;
    if (!response.ok) {
      fail(
        'HTTP_STATUS',
        `Could not load the ${this.options.noun} from ${JSON.stringify(src)}: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}. Check the address.`,
      );
      return;
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (abort?.signal.aborted) return;
      fail(
        'LOAD_FAILED',
        `Reading the ${this.options.noun} from ${JSON.stringify(src)} failed: ${error instanceof Error ? error.message : String(error)}.`,
      );
      return;
    }
    if (token !== this.token) return;
    const parsed = parseJson(text, this.options.prefix);
    const diagnostics = parsed.diagnostics.map((d) => ({
      ...d,
      message: `${d.message} (loaded from ${JSON.stringify(src)})`,
    }));
    this.set(parsed.value, diagnostics, 'ready', 'src');
  }
}
