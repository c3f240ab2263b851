// Retention dates: real calendar days only, and a dated group is due once that day has ended (server-local midnight).
import { describe, expect, it } from 'vitest';
import { isCalendarDate, localDate, retentionEndsAt, retentionExpired } from '../../shared/privacy/retention-date';

describe('retention dates', () => {
  it('accepts real days and refuses everything else', () => {
    for (const d of ['2026-01-31', '2028-02-29', '2000-02-29', '2026-12-31']) expect(isCalendarDate(d), d).toBe(true);
    for (const d of [
      '2026-02-29',
      '2100-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '1999-12-31',
      '2026-1-5',
      '26-01-05',
      '2026-01-05T00:00',
      '',
    ])
      expect(isCalendarDate(d), d).toBe(false);
  });

  it('ends at local midnight after the day, not at its start', () => {
    const end = retentionEndsAt('2026-03-14');
    expect(end).toBe(new Date(2026, 2, 15).getTime());
    expect(retentionExpired('2026-03-14', new Date(2026, 2, 14, 0, 0).getTime())).toBe(false);
    expect(retentionExpired('2026-03-14', new Date(2026, 2, 14, 23, 59, 59, 999).getTime())).toBe(false);
    expect(retentionExpired('2026-03-14', end)).toBe(true);
    expect(retentionExpired('2026-03-14', end + 86_400_000)).toBe(true);
    // Month and year ends roll over.
    expect(retentionEndsAt('2026-12-31')).toBe(new Date(2027, 0, 1).getTime());
  });

  it('never expires an undated group or a malformed date', () => {
    // Any moment, however late: a fixed one, so the test never reads the wall clock.
    const late = new Date(2099, 0, 1).getTime();
    expect(retentionExpired(null, late)).toBe(false);
    expect(retentionExpired('2020-02-30', late)).toBe(false);
    expect(() => retentionEndsAt('2020-02-30')).toThrow(/calendar/);
  });

  it('writes the local day the way a date input does', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 30).getTime())).toBe('2026-01-05');
    expect(localDate(new Date(2026, 10, 25, 0, 1).getTime())).toBe('2026-11-25');
  });
});
