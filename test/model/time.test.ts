import { expect } from '@open-wc/testing';
import { parseDate, parseTimestamp } from '../../src/model/time.js';

describe('timestamps and dates', () => {
  it('reads timestamps with Z or an offset', () => {
    expect(parseTimestamp('2026-03-06T14:05:00Z')).to.deep.equal({ ms: Date.UTC(2026, 2, 6, 14, 5) });
    expect(parseTimestamp('2026-03-06T14:05:00+01:30')).to.deep.equal({ ms: Date.UTC(2026, 2, 6, 12, 35) });
    expect(parseTimestamp('2026-03-06T14:05-05:00')).to.deep.equal({ ms: Date.UTC(2026, 2, 6, 19, 5) });
    expect(parseTimestamp('2026-03-06T14:05:00.250Z')).to.deep.equal({ ms: Date.UTC(2026, 2, 6, 14, 5, 0, 250) });
  });

  it('refuses to guess the zone of a timestamp without one', () => {
    expect(parseTimestamp('2026-03-06T14:05:00')).to.deep.equal({ problem: 'no-zone' });
  });

  it('refuses impossible instants and other shapes', () => {
    for (const bad of [
      '2026-02-30T10:00:00Z',
      '2026-03-06T24:00:00Z',
      '2026-03-06 14:05Z',
      'yesterday',
      '2026-03-06',
    ]) {
      expect(parseTimestamp(bad), bad).to.deep.equal({ problem: 'invalid' });
    }
    expect(parseTimestamp(1700000000)).to.deep.equal({ problem: 'invalid' });
  });

  it('reads calendar dates, including leap days', () => {
    expect(parseDate('2028-02-29')).to.deep.equal({ year: 2028, month: 2, day: 29 });
    expect(parseDate('2026-02-29')).to.equal(undefined);
    expect(parseDate('26-02-01')).to.equal(undefined);
  });
});
