import { afterEach, describe, expect, it, vi } from 'vitest';
import { today } from '../../src/index.js';
import { issueOf } from '../issue-of.js';

describe('today with a clock outside the years 0000 to 9999', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('refuses to answer rather than write a date no other function accepts', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('+010000-01-01T12:00:00Z'));
    const issue = issueOf(() => today({ timeZone: 'UTC' }));
    expect([issue.code, issue.path, issue.message, issue.received]).toEqual([
      'too-big',
      [],
      'Its date in UTC is outside the years 0000 to 9999',
      '+010000-01-01T12:00:00.000Z',
    ]);
  });

  it('answers on the last day there is', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('9999-12-31T12:00:00Z'));
    expect(today({ timeZone: 'UTC' })).toBe('9999-12-31');
  });
});
