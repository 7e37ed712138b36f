import { expect } from '@open-wc/testing';
import {
  businessDurationToMs,
  durationToMs,
  formatDuration,
  HOUR_MS,
  msToDuration,
  parseDuration,
} from '../../src/model/duration.js';
import type { BusinessHours } from '../../src/model/types.js';

const officeHours: BusinessHours = {
  timeZone: 'Europe/London',
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  start: '08:00',
  end: '17:00',
};

describe('durations', () => {
  it('parses the ISO 8601 forms the format allows', () => {
    expect(parseDuration('PT15M')).to.deep.equal({ weeks: 0, days: 0, hours: 0, minutes: 15, seconds: 0 });
    expect(parseDuration('P1DT2H')).to.deep.equal({ weeks: 0, days: 1, hours: 2, minutes: 0, seconds: 0 });
    expect(parseDuration('P2W')).to.deep.equal({ weeks: 2, days: 0, hours: 0, minutes: 0, seconds: 0 });
    expect(parseDuration('PT1.5S')?.seconds).to.equal(1.5);
  });

  it('refuses years, months, empty designators and free text', () => {
    for (const bad of ['P', 'PT', 'P1Y', 'P1M', 'PT15m', '15 minutes', 'P1DT', '', ' PT15M', 'PT-5M']) {
      expect(parseDuration(bad), bad).to.equal(undefined);
    }
    expect(parseDuration(15)).to.equal(undefined);
  });

  it('measures calendar length: a day is 24 h and a week 7 days', () => {
    expect(durationToMs('PT15M')).to.equal(15 * 60_000);
    expect(durationToMs('P1DT12H')).to.equal(36 * HOUR_MS);
    expect(durationToMs('P2W')).to.equal(14 * 24 * HOUR_MS);
    expect(durationToMs('nope')).to.equal(undefined);
  });

  it('measures business length: a day is one working day and a week as many working days as are listed', () => {
    expect(businessDurationToMs('P2D', officeHours)).to.equal(18 * HOUR_MS);
    expect(businessDurationToMs('P1W', officeHours)).to.equal(45 * HOUR_MS);
    expect(businessDurationToMs('PT4H', officeHours)).to.equal(4 * HOUR_MS);
    expect(businessDurationToMs('P1DT1H', { ...officeHours, days: ['mon', 'tue', 'wed'] })).to.equal(10 * HOUR_MS);
  });

  it('formats for people', () => {
    expect(formatDuration('PT15M')).to.equal('15 min');
    expect(formatDuration('P1DT2H')).to.equal('1 d 2 h');
    expect(formatDuration('P2W')).to.equal('2 w');
    expect(formatDuration('PT0M')).to.equal('0 min');
    expect(formatDuration((26 * 60 + 3) * 60_000 + 4000)).to.equal('1 d 2 h 3 min');
    expect(formatDuration(45_000)).to.equal('45 s');
    expect(formatDuration(-90 * 60_000)).to.equal('−1 h 30 min');
    expect(formatDuration('garbage')).to.equal('');
  });

  it('round-trips milliseconds to ISO durations', () => {
    expect(msToDuration(90 * 60_000)).to.equal('PT1H30M');
    expect(msToDuration(26 * HOUR_MS)).to.equal('P1DT2H');
    expect(msToDuration(0)).to.equal('PT0S');
    expect(durationToMs(msToDuration(123_456_000))).to.equal(123_456_000);
  });
});
