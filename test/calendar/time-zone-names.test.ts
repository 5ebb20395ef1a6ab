import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../src/index.js';
import { issueOf } from '../issue-of.js';

describe('toIsoDate and time zone names', () => {
  const instant = new Date('2027-01-15T23:30:00Z');

  it('reads a zone name in any case as the zone Intl resolves it to', () => {
    // Berlin is UTC+1 in January: 23:30 UTC is already the 16th there.
    for (const timeZone of ['Europe/Berlin', 'europe/berlin', 'EUROPE/BERLIN', 'eUrOpE/bErLiN']) {
      expect(toIsoDate(instant, { timeZone })).toBe('2027-01-16');
    }
  });

  it('names the resolved zone when it refuses a day outside 0000 to 9999', () => {
    expect(
      issueOf(() => toIsoDate(new Date('9999-12-31T23:00:00Z'), { timeZone: 'asia/tokyo' }))
        .message,
    ).toBe('Its date in Asia/Tokyo is outside the years 0000 to 9999');
  });

  it('answers the same after more distinct spellings than its cache keeps', () => {
    // 2^11 spellings of one name: past the bound of 1,000, the cache starts again, and every
    // spelling still gives Berlin's day.
    const name = 'europe/berlin';
    const letters = [...name].map((c, i) => (/[a-z]/.test(c) ? i : -1)).filter((i) => i >= 0);
    for (let mask = 0; mask < 2 ** 11; mask++) {
      const spelled = [...name]
        .map((c, i) =>
          mask & (1 << letters.indexOf(i)) && letters.indexOf(i) < 11 ? c.toUpperCase() : c,
        )
        .join('');
      expect(toIsoDate(instant, { timeZone: spelled })).toBe('2027-01-16');
    }
  });
});
