import type { Diagnostic, Severity } from './types.js';

/** Escapes one JSON Pointer token (`~` → `~0`, `/` → `~1`). */
export function pointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Appends tokens to a JSON Pointer: `child('/steps', 3, 'role')` → `/steps/3/role`. */
export function child(path: string, ...tokens: (string | number)[]): string {
  return path + tokens.map((t) => `/${pointerToken(t)}`).join('');
}

const MAX_QUOTE = 60;

/** Shows a value from the document in a message: strings quoted and shortened, other types named. */
export function quote(value: unknown): string {
  if (typeof value === 'string') {
    const short = value.length > MAX_QUOTE ? `${value.slice(0, MAX_QUOTE - 1)}…` : value;
    return JSON.stringify(short);
  }
  return describeType(value);
}

/** Names the JSON type of a value for a message: "a number (42)", "an array", "null". */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the text ${quote(value)}`;
    case 'number':
      return `a number (${String(value)})`;
    case 'boolean':
      return `${String(value)}`;
    case 'object':
      return 'an object';
    case 'undefined':
      return 'nothing';
    default:
      return `a ${typeof value}`;
  }
}

/** Lists known ids for a message, shortened when there are many. */
export function listIds(ids: Iterable<string>, max = 8): string {
  const all = [...ids];
  if (all.length === 0) return '(none are defined)';
  const shown = all.slice(0, max).map((id) => JSON.stringify(id));
  return all.length > max ? `${shown.join(', ')} and ${all.length - max} more` : shown.join(', ');
}

/** Whether `value` is a plain JSON object (not null, not a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own-property lookup that never reaches `Object.prototype` (ids like `constructor` stay data). */
export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] ?? 99;
}

/** The closest of `options` to `word` when it is a plausible typo, for "did you mean" hints. */
export function suggest(word: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = 3;
  const lower = word.toLowerCase();
  for (const option of options) {
    const score = distance(lower, option.toLowerCase());
    if (score < bestScore) {
      best = option;
      bestScore = score;
    }
  }
  return best;
}

/** Collects diagnostics for one document; codes get the report's domain prefix. */
export class Report {
  readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly prefix: 'SOP' | 'INCIDENT') {}

  add(severity: Severity, code: string, path: string, message: string): void {
    this.diagnostics.push({ severity, code: `${this.prefix}_${code}`, path, message });
  }

  error(code: string, path: string, message: string): void {
    this.add('error', code, path, message);
  }

  warning(code: string, path: string, message: string): void {
    this.add('warning', code, path, message);
  }

  /** Reports `value` unless it is an object; returns it typed when it is. */
  record(value: unknown, path: string, what: string): Record<string, unknown> | undefined {
    if (isRecord(value)) return value;
    this.error('TYPE', path, `${what} is ${describeType(value)}; expected an object with named fields ({ … }).`);
    return undefined;
  }

  /** Reports a present `value` that is not a list; returns the list when it is one. */
  list(value: unknown, path: string, what: string): unknown[] | undefined {
    if (value === undefined) return undefined;
    if (Array.isArray(value)) return value;
    this.error('TYPE', path, `${what} is ${describeType(value)}; expected a list ([ … ]).`);
    return undefined;
  }

  /**
   * Checks the field names of an object: required ones present, unknown ones reported as warnings with a
   * "did you mean" hint. Names starting with `x-` are extensions and always allowed.
   */
  fields(
    record: Record<string, unknown>,
    path: string,
    what: string,
    known: readonly string[],
    required: readonly string[],
    hints: Readonly<Record<string, string>> = {},
  ): void {
    for (const key of required) {
      if (own(record, key) === undefined) {
        const hint = hints[key] ? ` ${hints[key]}` : '';
        this.error('REQUIRED', child(path, key), `${what} has no "${key}", which is required.${hint}`);
      }
    }
    for (const key of Object.keys(record)) {
      if (known.includes(key) || key.startsWith('x-')) continue;
      const close = suggest(key, known);
      this.warning(
        'UNKNOWN_FIELD',
        child(path, key),
        `${what} has a field ${quote(key)} that the format does not know, so it is ignored.` +
          (close
            ? ` Did you mean "${close}"?`
            : ` Known fields: ${known.join(', ')}. Extensions must start with "x-".`),
      );
    }
  }

  /** Reports a present `value` that is not a string; returns the string when it is one. */
  string(value: unknown, path: string, what: string, options: { nonEmpty?: boolean } = {}): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      this.error('TYPE', path, `${what} is ${describeType(value)}; expected text in quotes.`);
      return undefined;
    }
    if (options.nonEmpty && value.trim() === '') {
      this.error('EMPTY', path, `${what} is empty; write some text.`);
      return undefined;
    }
    return value;
  }

  /** Reports a present value that is not one of `allowed`. */
  oneOf<T extends string>(value: unknown, path: string, what: string, allowed: readonly T[]): T | undefined {
    if (value === undefined) return undefined;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    const close = typeof value === 'string' ? suggest(value, allowed) : undefined;
    this.error(
      'BAD_VALUE',
      path,
      `${what} is ${quote(value)}; expected one of ${allowed.map((a) => `"${a}"`).join(', ')}.` +
        (close ? ` Did you mean "${close}"?` : ''),
    );
    return undefined;
  }

  /** Reports a present list whose items are not strings; returns the strings with their indexes. */
  strings(value: unknown, path: string, what: string): [string, number][] {
    const items = this.list(value, path, what);
    const out: [string, number][] = [];
    items?.forEach((item, i) => {
      const s = this.string(item, child(path, i), `Item ${i + 1} of ${what.toLowerCase()}`, { nonEmpty: true });
      if (s !== undefined) out.push([s, i]);
    });
    return out;
  }
}
