// The replay timeline: lines grouped by round with mm:ss offsets, cheers summed, the current line at any event.
import { beforeAll, describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../shared/i18n';
import { currentLine, replayTimeline, type TimelineGroup } from '../../shared/review/replay-timeline';
import { clock, namesFromLog } from '../../shared/review/replay-words';
import type { SessionEvent } from '../../shared/session/events';
import { wholeSessionLog } from '../support/replay-log';

let events: SessionEvent[];
let groups: TimelineGroup[];

beforeAll(async () => {
  ({ events } = await wholeSessionLog());
  groups = replayTimeline(events, namesFromLog(events), DICTIONARIES.en);
});

const lines = (gs: TimelineGroup[]) => gs.flatMap((g) => g.lines);

describe('replay timeline', () => {
  it('groups the lines by round, with what happened between', () => {
    expect(groups.map((g) => g.title)).toEqual([
      'Before the first round',
      'Round 1: Pass the Star',
      'Round 2: Spotlight',
      'Round 3: Build Together',
      'Round 4: Strength Garden',
      'Round 5: Check-in',
      'Between rounds',
    ]);
    const zh = replayTimeline(events, namesFromLog(events), DICTIONARIES['zh-CN']);
    expect(zh.map((g) => g.title).slice(0, 3)).toEqual(['第一轮开始前', '第 1 轮：传星星', '第 2 轮：聚光灯']);
    expect(groups[1]!.lines[0]!.text).toBe('Round 1 started: Pass the Star');
    expect(groups[1]!.lines.map((l) => l.text)).toContain('Kid 1 passed the star to Kid 2');
    // The note between Spotlight turns; a child leaving and the session's end after the last round.
    expect(groups[2]!.lines.map((l) => l.text)).toContain('Facilitator noted: Kid 2 — Helped a peer (“helped Mei tie a shoe”)');
    expect(groups.at(-1)!.lines.map((l) => l.text)).toEqual(['Kid 3 left', 'Session ended']);
  });

  it('times each line from the session start as mm:ss, in log order', () => {
    const all = lines(groups);
    expect(all[0]).toMatchObject({ index: 0, offsetMs: 0, text: 'Session started' });
    const presented = all.find((l) => l.text.startsWith('Kid 2 presented for'))!;
    expect(presented.text).toBe('Kid 2 presented for 42 s');
    expect(presented.offsetMs).toBe(events[presented.index]!.at - events[0]!.at);
    expect(clock(presented.offsetMs)).toMatch(/^\d\d:\d\d$/);
    const indices = all.map((l) => l.index);
    expect(indices).toEqual([...indices].sort((a, b) => a - b));
  });

  it('sums a run of cheers for one child into one line', () => {
    const cheers = lines(groups).filter((l) => l.text.includes('cheers'));
    expect(cheers).toHaveLength(1);
    expect(cheers[0]!.text).toBe('3 cheers for Kid 2 from Kid 1 and Kid 3');
    const claps = events.flatMap((e, i) => (e.type === 'reaction.sent' ? [i] : []));
    expect(cheers[0]).toMatchObject({ index: claps[0], last: claps.at(-1) });
    expect(lines(replayTimeline(events, namesFromLog(events), DICTIONARIES['zh-CN'])).find((l) => l.index === claps[0])!.text).toBe(
      'Kid 1和Kid 3为Kid 2喝彩 3 次',
    );
  });

  it('shows no check-in answer, only who finished or said not today', () => {
    const texts = lines(groups).map((l) => l.text);
    expect(texts).toContain('Kid 1 finished the check-in');
    expect(texts).toContain('Kid 2 said “not today” to the check-in');
    expect(texts.join('\n')).not.toMatch(/agree|worth|qualities/i);
  });

  it('finds the current line at any event: the last line at or before it', () => {
    const all = lines(groups);
    expect(currentLine(groups, 0)).toBe(all[0]);
    for (const [k, line] of all.entries()) {
      expect(currentLine(groups, line.index)).toBe(line);
      const next = all[k + 1];
      // Silent events after a line (a deal, an offered turn) keep that line current.
      if (next && next.index > line.index + 1) expect(currentLine(groups, next.index - 1)).toBe(line);
    }
    expect(currentLine([], 5)).toBeNull();
  });
});
