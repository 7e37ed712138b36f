// The JSON Schemas shipped for editors agree with the validator on the examples and on common mistakes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import { validateSop, validateIncident } from 'sop-elements/model';

const root = new URL('../../', import.meta.url);
const json = async (path) => JSON.parse(await readFile(new URL(path, root), 'utf8'));

const ajv = new Ajv2020({ strict: true, allErrors: true });
const sopSchema = ajv.compile(await json('schema/sop.schema.json'));
const incidentSchema = ajv.compile(await json('schema/incident.schema.json'));

test('every example is valid against its schema', async () => {
  for (const name of (await readdir(new URL('examples/', root))).filter((n) => n.endsWith('.sop.json'))) {
    assert.ok(sopSchema(await json(`examples/${name}`)), `${name}: ${JSON.stringify(sopSchema.errors)}`);
  }
  for (const name of await readdir(new URL('examples/incidents/', root))) {
    assert.ok(
      incidentSchema(await json(`examples/incidents/${name}`)),
      `${name}: ${JSON.stringify(incidentSchema.errors)}`,
    );
  }
});

test('every field of both schemas has a title and a description', async () => {
  const missing = [];
  const walk = (node, path) => {
    if (!node || typeof node !== 'object') return;
    for (const key of ['properties', '$defs']) {
      for (const [name, child] of Object.entries(node[key] ?? {})) {
        if (!child.title || !child.description) missing.push(`${path}/${key}/${name}`);
        walk(child, `${path}/${key}/${name}`);
      }
    }
    for (const key of ['items', 'additionalProperties'])
      if (typeof node[key] === 'object') walk(node[key], `${path}/${key}`);
  };
  walk(await json('schema/sop.schema.json'), '');
  walk(await json('schema/incident.schema.json'), '');
  assert.deepEqual(missing, []);
});

test('what the schema rejects, the validator reports as an error too', async () => {
  const base = await json('examples/classic-it-incident.sop.json');
  const breakages = [
    (d) => (d.format = 'sop/v2'),
    (d) => (d.steps[1].type = 'taks'),
    (d) => (d.priorities[0].response = '15 minutes'),
    (d) => (d.steps[1].id = 'Not A Slug'),
    (d) => (d.roles[0].tier = 0),
    (d) => delete d.title,
    (d) => (d.steps[1].label = 42),
    (d) => (d.businessHours.start = '8am'),
  ];
  for (const breakIt of breakages) {
    const doc = structuredClone(base);
    breakIt(doc);
    assert.equal(sopSchema(doc), false, breakIt.toString());
    assert.ok(
      validateSop(doc).some((d) => d.severity === 'error'),
      breakIt.toString(),
    );
  }
  const incident = await json('examples/incidents/db-outage-breach.incident.json');
  incident.events[0].at = '2026-03-06T02:14:00';
  assert.equal(incidentSchema(incident), false);
  assert.ok(validateIncident(incident).some((d) => d.code === 'INCIDENT_NO_ZONE'));
});
