import { expect } from '@open-wc/testing';
import type { EscalationMatrix } from '../../src/escalation-matrix.js';
import { loadExample } from '../helpers/examples.js';
import { cells, mount, root, text } from './mount.js';

/** Text as rendered (what a sighted reader sees, hidden parts excluded), in lower case (badges are upper case). */
const seen = (el: EscalationMatrix) =>
  (root(el).querySelector('.body') as HTMLElement).innerText.replace(/\s+/g, ' ').toLowerCase();
const fact = (node: Element) => text(node).toLowerCase();

describe('<escalation-matrix> narrow containers and print', () => {
  it('stacks one card per priority in a ~320 px container, keeping every fact and never scrolling sideways', async () => {
    const doc = await loadExample('managed-service-provider.sop.json');
    const wide = await mount(doc, { priority: 'p1', elapsed: 'PT20M' });
    const narrow = await mount(doc, { priority: 'p1', elapsed: 'PT20M', width: 320 });
    const row = root(narrow).querySelector('tbody tr')!;
    expect(getComputedStyle(row).display).to.equal('block');
    expect(getComputedStyle(root(wide).querySelector('tbody tr')!).display).to.equal('table-row');
    expect(narrow.scrollWidth).to.be.at.most(320);

    // Every cell names its role, since the column headers are gone.
    for (const cell of cells(narrow)) {
      const role = cell.querySelector<HTMLElement>('.cell-role')!;
      expect(getComputedStyle(role).display, cell.dataset.role).to.not.equal('none');
    }
    // Every fact of the wide table is still on screen: times, channels, conditions, notes, targets, tiers, progress.
    const facts = seen(narrow);
    for (const cell of cells(wide)) {
      for (const part of cell.querySelectorAll('.when, .channel, .condition, .note, .badge')) {
        expect(facts, `${cell.dataset.priority}/${cell.dataset.role}`).to.contain(fact(part));
      }
    }
    for (const part of root(wide).querySelectorAll(
      '[part~="targets"] dd, .repeat, .hours, [part~="progress"], .tier',
    )) {
      expect(facts).to.contain(fact(part));
    }
    expect(facts).to.contain('show 4 contacts');
    await expect(narrow).to.be.accessible();
  });

  it('has a print stylesheet for a black-and-white table', async () => {
    const el = await mount(await loadExample('classic-it-incident.sop.json'));
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules));
    const print = rules.filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print');
    expect(print.length).to.equal(1);
    expect(print[0]!.cssText).to.contain('--_tone-critical: #000');
    const forced = rules.filter((r) => r instanceof CSSMediaRule && r.media.mediaText.includes('forced-colors'));
    expect(forced.length).to.be.greaterThan(0);
  });
});
