import { expect } from '@open-wc/testing';
import { normalizeSop } from '../../src/model/normalize.js';
import { checkSop } from '../../src/model/parse.js';
import { cells, mount, root } from './mount.js';
import { exampleSops, loadExample } from '../helpers/examples.js';

describe('<escalation-matrix> with every example', () => {
  for (const name of exampleSops) {
    it(`${name}: renders the escalation view, accessibly`, async () => {
      const doc = await loadExample(name);
      const model = normalizeSop(checkSop(doc).document!);
      const roles = new Set(model.policies.flatMap((p) => p.steps.map((s) => s.role)));
      const el = await mount(doc, { priority: 'p1', elapsed: 'PT20M' });
      expect(root(el).querySelectorAll('tbody [part~="row"]').length).to.equal(model.priorities.length);
      expect(cells(el).length).to.equal(model.priorities.length * roles.size);
      expect(root(el).querySelectorAll('[part~="engaged"]').length).to.be.greaterThan(0);
      expect(root(el).querySelector('[part~="error"], [part~="notice"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it(`${name}: renders the priority view, accessibly`, async () => {
      const doc = await loadExample(name);
      const matrix = normalizeSop(checkSop(doc).document!).priorityMatrix!;
      const el = await mount(doc, { view: 'priority', priority: 'p2' });
      expect(cells(el).length).to.equal(matrix.impact.length * matrix.urgency.length);
      expect(cells(el).every((c) => c.dataset.impact && c.dataset.urgency && c.dataset.priority)).to.equal(true);
      expect(root(el).querySelectorAll('[part~="highlighted"]').length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });
  }
});
