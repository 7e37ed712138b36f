import { expect } from '@open-wc/testing';
import { checkIncident, checkSop } from '../../src/model/parse.js';
import { normalizeSop } from '../../src/model/normalize.js';
import type { SopDocument } from '../../src/model/types.js';
import { exampleIncidents, exampleSops, loadExample } from '../helpers/examples.js';

describe('the bundled examples', () => {
  for (const name of exampleSops) {
    it(`${name} validates with no diagnostics and exercises the whole format`, async () => {
      const value = await loadExample(name);
      const { document, diagnostics } = checkSop(value);
      expect(diagnostics, JSON.stringify(diagnostics, null, 1)).to.deep.equal([]);
      const model = normalizeSop(document!);
      const types = new Set(model.steps.map((s) => s.type));
      for (const t of ['start', 'end', 'decision', 'escalation', 'communication']) expect(types, t).to.include(t);
      expect(model.roles.length).to.be.greaterThan(2);
      expect(model.phases.length).to.be.greaterThan(2);
      expect(model.priorities.every((p) => p.responseMs && p.resolutionMs)).to.equal(true);
      expect(model.flows.some((f) => f.when?.priorities?.length)).to.equal(true);
      expect(model.policies.length).to.be.greaterThan(0);
    });
  }

  for (const name of exampleIncidents) {
    it(`${name} validates against the SOP it follows`, async () => {
      const record = (await loadExample(name)) as { sop: string };
      const sops = await Promise.all(exampleSops.map((n) => loadExample(n) as Promise<SopDocument>));
      const sop = sops.find((s) => s.id === record.sop);
      expect(sop, `SOP ${record.sop}`).to.not.equal(undefined);
      const { diagnostics } = checkIncident(record, sop);
      expect(diagnostics, JSON.stringify(diagnostics, null, 1)).to.deep.equal([]);
    });
  }
});
