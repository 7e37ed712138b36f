import { expect } from '@open-wc/testing';
import {
  addBusinessMs,
  businessElapsedMs,
  isValidTimeZone,
  localTimeToMs,
  workingIntervals,
  zoneOffsetMs,
} from '../../src/model/calendar.js';
import { HOUR_MS } from '../../src/model/duration.js';
import { timestampMs } from '../../src/model/time.js';
import type { BusinessHours } from '../../src/model/types.js';

const t = (s: string): number => {
  const ms = timestampMs(s);
  if (ms === undefined) throw new Error(`bad test timestamp ${s}`);
  return ms;
};
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as BusinessHours['days'];
const london: BusinessHours = { timeZone: 'Europe/London', days: weekdays, start: '09:00', end: '17:00' };
const newYork: BusinessHours = {
  timeZone: 'America/New_York',
  days: weekdays,
  start: '08:00',
  end: '17:00',
  holidays: ['2026-11-26'],
};
const allDayLondon: BusinessHours = {
  timeZone: 'Europe/London',
  days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
  start: '00:00',
  end: '24:00',
};

describe('business-hours calendar', () => {
  it('knows IANA zones and refuses made-up ones', () => {
    expect(isValidTimeZone('Europe/London')).to.equal(true);
    expect(isValidTimeZone('UTC')).to.equal(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).to.equal(false);
    expect(isValidTimeZone('')).to.equal(false);
  });

  it('reads zone offsets on both sides of a DST change', () => {
    expect(zoneOffsetMs(t('2026-03-29T00:59:00Z'), 'Europe/London')).to.equal(0);
    expect(zoneOffsetMs(t('2026-03-29T01:00:00Z'), 'Europe/London')).to.equal(HOUR_MS);
    expect(zoneOffsetMs(t('2026-07-01T12:00:00Z'), 'America/New_York')).to.equal(-4 * HOUR_MS);
  });

  it('maps wall-clock times to instants, moving skipped times forward and taking the first of repeated ones', () => {
    expect(localTimeToMs(2026, 3, 30, 9 * 60, 'Europe/London')).to.equal(t('2026-03-30T08:00:00Z'));
    // 01:30 does not exist in London on 29 March 2026: it is taken as 02:30 BST.
    expect(localTimeToMs(2026, 3, 29, 90, 'Europe/London')).to.equal(t('2026-03-29T01:30:00Z'));
    // 01:30 happens twice on 25 October 2026: the first (BST) one.
    expect(localTimeToMs(2026, 10, 25, 90, 'Europe/London')).to.equal(t('2026-10-25T00:30:00Z'));
  });

  it('counts only working time across a weekend and a DST change', () => {
    // Fri 27 Mar 16:00 GMT → Mon 30 Mar 10:00 BST: Friday 16–17 plus Monday 09–10 = 2 h.
    expect(businessElapsedMs(t('2026-03-27T16:00:00Z'), t('2026-03-30T10:00:00+01:00'), london)).to.equal(2 * HOUR_MS);
  });

  it('counts a 23-hour and a 25-hour day when the whole day is working time', () => {
    expect(businessElapsedMs(t('2026-03-29T00:00:00Z'), t('2026-03-30T00:00:00+01:00'), allDayLondon)).to.equal(
      23 * HOUR_MS,
    );
    expect(businessElapsedMs(t('2026-10-25T00:00:00+01:00'), t('2026-10-26T00:00:00Z'), allDayLondon)).to.equal(
      25 * HOUR_MS,
    );
  });

  it('skips holidays', () => {
    // Wed 16:00 → Fri 09:00 around Thanksgiving: Wednesday 1 h, Thursday none, Friday 1 h.
    expect(businessElapsedMs(t('2026-11-25T16:00:00-05:00'), t('2026-11-27T09:00:00-05:00'), newYork)).to.equal(
      2 * HOUR_MS,
    );
  });

  it('clips to opening hours and gives nothing for a weekend or a reversed span', () => {
    expect(businessElapsedMs(t('2026-03-02T06:00:00Z'), t('2026-03-02T10:00:00Z'), london)).to.equal(HOUR_MS);
    expect(businessElapsedMs(t('2026-03-07T09:00:00Z'), t('2026-03-08T17:00:00Z'), london)).to.equal(0);
    expect(businessElapsedMs(t('2026-03-03T10:00:00Z'), t('2026-03-02T10:00:00Z'), london)).to.equal(0);
  });

  it('lists the working intervals inside a span', () => {
    const intervals = workingIntervals(t('2026-03-06T12:00:00Z'), t('2026-03-10T00:00:00Z'), london);
    expect(intervals.map(([a, b]) => [new Date(a).toISOString(), new Date(b).toISOString()])).to.deep.equal([
      ['2026-03-06T12:00:00.000Z', '2026-03-06T17:00:00.000Z'],
      ['2026-03-09T09:00:00.000Z', '2026-03-09T17:00:00.000Z'],
    ]);
  });

  it('finds the due time of a business-hours target', () => {
    const office: BusinessHours = { ...london, start: '08:00', end: '17:00' };
    // P2D at 08:00–17:00 is 18 working hours: Fri 15–17 (2), Mon 08–17 (9), Tue 08–15 (7).
    expect(addBusinessMs(t('2026-03-06T15:00:00Z'), 18 * HOUR_MS, office)).to.equal(t('2026-03-10T15:00:00Z'));
    // Starting on a Saturday, the clock starts on Monday morning.
    expect(addBusinessMs(t('2026-03-07T11:00:00Z'), HOUR_MS, office)).to.equal(t('2026-03-09T09:00:00Z'));
    expect(addBusinessMs(0, HOUR_MS, { ...office, days: [] })).to.equal(undefined);
  });

  it('agrees with itself: the elapsed time up to a due time is the amount added', () => {
    const from = t('2026-10-23T13:17:00+01:00');
    for (const hours of [1, 5, 9, 30, 100]) {
      const due = addBusinessMs(from, hours * HOUR_MS, london);
      expect(due).to.be.a('number');
      expect(businessElapsedMs(from, due!, london)).to.equal(hours * HOUR_MS);
    }
  });
});
