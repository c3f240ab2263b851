// The report's pure parts: check-in results per session (complete answers, a child once per session) and the print footer CSS.
import { describe, expect, it } from 'vitest';
import type { ReviewCheckin } from '../../shared/api/review';
import { checkinSessionSummaries } from '../../shared/review/report-checkins';
import { cssString, pageCounterContent, printFooterCss } from '../../shared/review/report-print-css';

function checkin(
  childId: string,
  session: number,
  at: number,
  total: number | null,
  status: ReviewCheckin['status'] = 'finished',
  instrumentId = 'daily-5',
): ReviewCheckin {
  return {
    childId,
    instrumentId,
    version: '1',
    status,
    answers: {},
    skipped: [],
    itemScores: {},
    total,
    changes: 0,
    durationMs: 1000,
    language: 'en',
    session,
    at,
  };
}

describe('check-in summaries per session', () => {
  it('gives n, mean and range of complete answers, counting declined ones only as responses', () => {
    const rows = checkinSessionSummaries(
      [
        checkin('a', 1, 1, 9),
        checkin('b', 1, 2, 12),
        checkin('c', 1, 3, null, 'declined'),
        checkin('a', 2, 10, 15),
        checkin('z', 2, 11, 3, 'finished', 'rses'),
      ],
      'daily-5',
      3,
    );
    expect(rows).toEqual([
      { session: 1, n: 2, responses: 3, mean: 10.5, min: 9, max: 12 },
      { session: 2, n: 1, responses: 1, mean: 15, min: 15, max: 15 },
      { session: 3, n: 0, responses: 0, mean: null, min: null, max: null },
    ]);
  });

  it('counts a child who answered twice in one session once, with the last complete answer', () => {
    const rows = checkinSessionSummaries([checkin('a', 1, 5, 6), checkin('a', 1, 9, 12), checkin('b', 1, 7, null, 'partial')], 'daily-5', 1);
    expect(rows[0]).toEqual({ session: 1, n: 1, responses: 2, mean: 12, min: 12, max: 12 });
    // A later incomplete answer does not hide the complete one (the trend chart shows the same value).
    expect(checkinSessionSummaries([checkin('a', 1, 5, 6), checkin('a', 1, 9, null, 'partial')], 'daily-5', 1)[0]).toMatchObject({
      n: 1,
      responses: 1,
      mean: 6,
    });
  });
});

describe('print footer CSS', () => {
  it('turns the page template into counters in the language’s word order', () => {
    expect(pageCounterContent('Page {page} of {pages}')).toBe('"Page " counter(page) " of " counter(pages)');
    expect(pageCounterContent('第 {page} 页，共 {pages} 页')).toBe('"第 " counter(page) " 页，共 " counter(pages) " 页"');
    expect(pageCounterContent('{page}/{pages}')).toBe('counter(page) "/" counter(pages)');
  });

  it('keeps a group name with quotes, backslashes or line breaks inside its string', () => {
    expect(cssString('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c d"');
    const css = printFooterCss('x"; } body { display: none', 'Page {page}');
    expect(css).toContain('content: "x\\"; } body { display: none";');
    expect(css.match(/@bottom-(left|right)/g)).toEqual(['@bottom-left', '@bottom-right']);
  });
});
