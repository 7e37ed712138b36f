import { expect } from '@open-wc/testing';
import * as entry from '../src/index.js';

describe('the main entry', () => {
  it('exports the element classes without defining any tag', () => {
    expect(entry.SopDiagram).to.be.a('function');
    expect(entry.EscalationMatrix).to.be.a('function');
    expect(entry.IncidentTimeline).to.be.a('function');
    for (const tag of ['sop-diagram', 'escalation-matrix', 'incident-timeline']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
  });

  it('defines the three tags when asked, under the names given', () => {
    entry.defineSopElements({ sopDiagram: 'entry-test-diagram' });
    expect(customElements.get('entry-test-diagram')).to.not.equal(undefined);
    expect(customElements.get('sop-diagram')).to.equal(undefined);
    expect(customElements.get('escalation-matrix')).to.equal(entry.EscalationMatrix);
    expect(customElements.get('incident-timeline')).to.equal(entry.IncidentTimeline);
  });
});
