#!/usr/bin/env node
// The sop-elements command line: `sop-elements validate FILE…` checks SOP documents and incident records.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));

const USAGE = `Usage: sop-elements validate [--json] [--no-warnings] FILE…

Checks SOP documents ("format": "sop/v1") and incident records ("format": "incident/v1").
Incident records are also checked against the SOP they name when that SOP is among the FILEs.
Prints one line per diagnostic as "file: /json/pointer: message [severity CODE]".
Exit status: 0 when no file has errors, 1 when some file has errors, 2 on usage errors.

Options:
  --json          print the diagnostics as JSON instead
  --no-warnings   print errors only
  -h, --help      show this help`;

async function loadModel() {
  try {
    return await import('sop-elements/model');
  } catch {
    return import(join(here, '..', 'dist', 'model', 'index.js'));
  }
}

async function validate(args) {
  const files = [];
  let json = false;
  let warnings = true;
  for (const arg of args) {
    if (arg === '--json') json = true;
    else if (arg === '--no-warnings') warnings = false;
    else if (arg.startsWith('-')) {
      process.stderr.write(`sop-elements: unknown option ${arg}\n\n${USAGE}\n`);
      return 2;
    } else files.push(arg);
  }
  if (files.length === 0) {
    process.stderr.write(`sop-elements: name at least one file to validate\n\n${USAGE}\n`);
    return 2;
  }
  const model = await loadModel();
  const docs = [];
  for (const file of files) {
    let text;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      docs.push({
        file,
        diagnostics: [
          { severity: 'error', code: 'SOP_LOAD_FAILED', path: '', message: `Cannot read the file: ${error.message}` },
        ],
      });
      continue;
    }
    const parsed = model.parseJson(text, 'SOP');
    const value = parsed.value;
    const kind = value && typeof value === 'object' && value.format === 'incident/v1' ? 'incident' : 'sop';
    docs.push({ file, kind, value, diagnostics: parsed.diagnostics });
  }
  const sops = new Map();
  for (const doc of docs) {
    if (doc.kind === 'sop' && doc.diagnostics.length === 0) {
      doc.diagnostics = model.validateSop(doc.value);
      if (!model.hasErrors(doc.diagnostics) && typeof doc.value.id === 'string') sops.set(doc.value.id, doc.value);
    }
  }
  for (const doc of docs) {
    if (doc.kind === 'incident' && doc.diagnostics.length === 0) {
      doc.diagnostics = model.validateIncident(doc.value, sops.get(doc.value.sop));
    }
  }
  let errors = 0;
  let warningCount = 0;
  const out = [];
  for (const doc of docs) {
    for (const d of doc.diagnostics) {
      if (d.severity === 'error') errors++;
      else warningCount++;
      if (d.severity === 'warning' && !warnings) continue;
      if (json) out.push({ file: doc.file, ...d });
      else process.stdout.write(`${doc.file}: ${d.path || '/'}: ${d.message} [${d.severity} ${d.code}]\n`);
    }
  }
  if (json) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  const failed = new Set(docs.filter((d) => model.hasErrors(d.diagnostics)).map((d) => d.file)).size;
  process.stderr.write(
    `${files.length} file${files.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warningCount} warning${warningCount === 1 ? '' : 's'}${failed ? `; ${failed} invalid` : ''}\n`,
  );
  return errors > 0 ? 1 : 0;
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'validate') {
  process.exitCode = await validate(rest);
} else if (!command || command === '-h' || command === '--help' || command === 'help') {
  process.stdout.write(`${USAGE}\n`);
  process.exitCode = command ? 0 : 2;
} else {
  process.stderr.write(`sop-elements: unknown command ${command}\n\n${USAGE}\n`);
  process.exitCode = 2;
}
