import { locateJsonError } from './json-position.js';
import { validateIncident } from './validate-incident.js';
import { validateSop } from './validate-sop.js';
import type { Diagnostic, IncidentRecord, SopDocument } from './types.js';

/** The outcome of reading a document: the document when it has no errors, and every diagnostic. */
export interface ParseResult<T> {
  document: T | undefined;
  diagnostics: Diagnostic[];
}

/** Whether any diagnostic is an error (errors stop rendering; warnings do not). */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

function lineAndColumn(text: string, position: number): string {
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return `line ${line}, column ${position - lastBreak}`;
}

/** Parses JSON text, turning a syntax error into a diagnostic with its line and column. */
export function parseJson(text: unknown, prefix: 'SOP' | 'INCIDENT'): { value?: unknown; diagnostics: Diagnostic[] } {
  if (typeof text !== 'string') {
    return {
      diagnostics: [
        { severity: 'error', code: `${prefix}_JSON_SYNTAX`, path: '', message: 'Expected the document as JSON text.' },
      ],
    };
  }
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { value: JSON.parse(source) as unknown, diagnostics: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const where = ` at ${lineAndColumn(source, locateJsonError(source))}`;
    return {
      diagnostics: [
        {
          severity: 'error',
          code: `${prefix}_JSON_SYNTAX`,
          path: '',
          message: `The document is not valid JSON${where}: ${reason}. Check for a missing comma, quote or bracket there (comments and trailing commas are not allowed in JSON).`,
        },
      ],
    };
  }
}

/** Reads an SOP document from JSON text: parse, then validate. */
export function parseSop(text: string): ParseResult<SopDocument> {
  const { value, diagnostics } = parseJson(text, 'SOP');
  if (diagnostics.length) return { document: undefined, diagnostics };
  return checkSop(value);
}

/** Validates an already-parsed value as an SOP document. */
export function checkSop(value: unknown): ParseResult<SopDocument> {
  const diagnostics = validateSop(value);
  return { document: hasErrors(diagnostics) ? undefined : (value as SopDocument), diagnostics };
}

/** Reads an incident record from JSON text: parse, then validate (against the SOP it followed, if given). */
export function parseIncident(text: string, sop?: SopDocument): ParseResult<IncidentRecord> {
  const { value, diagnostics } = parseJson(text, 'INCIDENT');
  if (diagnostics.length) return { document: undefined, diagnostics };
  return checkIncident(value, sop);
}

/** Validates an already-parsed value as an incident record. */
export function checkIncident(value: unknown, sop?: SopDocument): ParseResult<IncidentRecord> {
  const diagnostics = validateIncident(value, sop);
  return { document: hasErrors(diagnostics) ? undefined : (value as IncidentRecord), diagnostics };
}
