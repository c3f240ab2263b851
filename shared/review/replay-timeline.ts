// The replay's timeline: every meaningful event as a line with its time, grouped by round; runs of cheers summed.
import { fill, type Dict } from '../i18n';
import type { SessionEvent } from '../session/events';
import { describeEvent } from './replay-describe';
import { listWords, nameIn, type ReplayNames } from './replay-words';

export interface TimelineLine {
  /** The event the line is about (the first of a summed run): where a click jumps to. */
  index: number;
  /** The last event the line covers (a run of cheers); the line is current from `index` until the next line. */
  last: number;
  at: number;
  offsetMs: number;
  text: string;
}

export interface TimelineGroup {
  /** The round the lines belong to; null before the first round, between rounds and after the session. */
  round: { number: number; activity: string } | null;
  title: string;
  lines: TimelineLine[];
}

interface Cheers {
  line: TimelineLine;
  to: string | null;
  from: string[];
  n: number;
}

function cheersText(c: Cheers, names: ReplayNames, t: Dict): string {
  const name = nameIn(names, t);
  const from = listWords(c.from.map(name), t);
  return c.to ? fill(t.reviewReplay.events.cheersTo, { n: c.n, to: name(c.to), from }) : fill(t.reviewReplay.events.cheers, { n: c.n, from });
}

/** The whole timeline of one session's log in `t`'s language. */
export function replayTimeline(events: readonly SessionEvent[], names: ReplayNames, t: Dict): TimelineGroup[] {
  const tt = t.reviewReplay;
  const start = events.find((e) => e.type === 'session.started')?.at ?? events[0]?.at ?? 0;
  const groups: TimelineGroup[] = [];
  let group: TimelineGroup | null = null;
  let roundsSeen = 0;
  let ended = false;
  // Held in an object: the closure below resets it, which flow analysis of a plain `let` would not see.
  const run: { cheers: Cheers | null } = { cheers: null };
  const open = (round: TimelineGroup['round']) => {
    const title = round
      ? fill(tt.roundHead, {
          n: round.number,
          activity: t.consolePage.rounds.activities[round.activity as keyof Dict['consolePage']['rounds']['activities']] ?? round.activity,
        })
      : ended
        ? tt.afterSession
        : roundsSeen === 0
          ? tt.beforeRounds
          : tt.betweenRounds;
    group = { round, title, lines: [] };
    groups.push(group);
    run.cheers = null;
    return group;
  };
  for (const [index, e] of events.entries()) {
    if (e.type === 'round.started') {
      roundsSeen++;
      open({ number: e.payload.number, activity: e.payload.activity });
    }
    const text = describeEvent(e, names, t);
    // Events without a line (bookkeeping) neither show nor break a run of cheers.
    if (text === null) continue;
    const g: TimelineGroup = group ?? open(null);
    const line: TimelineLine = { index, last: index, at: e.at, offsetMs: Math.max(0, e.at - start), text };
    if (e.type === 'reaction.sent') {
      const to = e.payload.to ?? null;
      const c = run.cheers;
      if (c && c.to === to) {
        c.n++;
        if (!c.from.includes(e.payload.childId)) c.from.push(e.payload.childId);
        c.line.last = index;
        c.line.text = cheersText(c, names, t);
        continue;
      }
      run.cheers = { line, to, from: [e.payload.childId], n: 1 };
    } else run.cheers = null;
    g.lines.push(line);
    if (e.type === 'round.ended') open(null);
    if (e.type === 'session.ended') {
      ended = true;
      group = null;
    }
  }
  return groups.filter((g) => g.lines.length > 0);
}

/** The line that is current at event `index`: the last line starting at or before it (null before the first). */
export function currentLine(groups: readonly TimelineGroup[], index: number): TimelineLine | null {
  let found: TimelineLine | null = null;
  for (const g of groups) {
    for (const l of g.lines) {
      if (l.index > index) return found;
      found = l;
    }
  }
  return found;
}
