// Dates and times in the centre's time zone (exports, review, report), checked against hand-worked values.
import { describe, expect, it } from 'vitest';
import { localDate, localTimestamp } from '../../shared/review/local-time';

const AT = Date.UTC(2026, 2, 5, 20, 30, 0, 123); // 2026-03-05 20:30:00.123 UTC

describe('local time', () => {
  it('writes the date and an ISO timestamp with the offset of the zone at that moment', () => {
    expect([localDate(AT, 'Asia/Shanghai'), localTimestamp(AT, 'Asia/Shanghai')]).toEqual(['2026-03-06', '2026-03-06T04:30:00.123+08:00']);
    expect([localDate(AT, 'America/New_York'), localTimestamp(AT, 'America/New_York')]).toEqual(['2026-03-05', '2026-03-05T15:30:00.123-05:00']);
    expect(localTimestamp(AT, 'Asia/Kolkata')).toBe('2026-03-06T02:00:00.123+05:30');
    expect(localTimestamp(AT, 'UTC')).toBe('2026-03-05T20:30:00.123+00:00');
    // New York moved to summer time on 8 March 2026: 03:00 UTC on the 9th is 23:00 on the 8th, −04:00.
    expect(localTimestamp(Date.UTC(2026, 2, 9, 3, 0, 0, 0), 'America/New_York')).toBe('2026-03-08T23:00:00.000-04:00');
    expect(localDate(Date.UTC(2026, 2, 9, 3, 0, 0, 0), 'America/New_York')).toBe('2026-03-08');
  });

  it('reads back to the same instant', () => {
    for (const zone of ['Asia/Shanghai', 'America/New_York', 'Pacific/Kiritimati', 'UTC']) expect(Date.parse(localTimestamp(AT, zone))).toBe(AT);
  });
});
