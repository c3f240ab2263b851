// A seeded generator of long, plausible session logs for the metrics tests and benchmark (not a test file itself).
import type { MetricEvent } from '../../shared/metrics';
import { seeded } from '../../shared/random/seeded';
import { CHECKIN_REST } from '../support/event-fixtures';

export interface StreamOptions {
  seed: number;
  events: number;
  children?: number;
  /** Close with round.ended + session.ended (a finished session) instead of stopping mid-round. */
  end?: boolean;
}

const ACTIVITIES = ['spotlight', 'pass-star', 'build', 'garden', 'checkin'] as const;
const TAGS = ['helped-peer', 'encouraged', 'spoke-clearly', 'shared-idea', 'asked-question', 'joined-in', 'tension', 'withdrew', 'disagreed'];

/**
 * A session log: children seated and leaving, rounds of every activity (including ones that do not exist
 * yet), reactions, waves, tags and undos, a late roster sync, plus noise (unknown types, a null payload).
 * Some children get far more turns than others so the measures are not trivially equal.
 */
export function metricStream(o: StreamOptions): MetricEvent[] {
  const rnd = seeded(o.seed);
  const k = o.children ?? 8;
  const ids = Array.from({ length: k }, (_, i) => `c${i + 1}`);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  // Skewed choice: the first children are picked more often.
  const skewed = (xs: readonly string[]) => xs[Math.floor(rnd() * rnd() * xs.length)]!;
  const out: MetricEvent[] = [];
  let at = 1_000_000;
  const emit = (type: string, payload: unknown) => {
    at += 1 + Math.floor(rnd() * 3000);
    out.push({ seq: out.length + 1, type, payload, at });
  };
  emit('session.started', {
    groupId: 'g',
    groupName: 'G',
    language: 'en',
    ageBand: '7-12',
    autoApprove: true,
    roster: ids.map((childId) => ({ childId, nickname: childId, avatar: 'fox' })),
  });
  const seated = new Set<string>();
  for (const id of ids.slice(0, k - 1)) {
    emit('seat.granted', { childId: id, deviceHash: `d-${id}`, by: 'auto' });
    seated.add(id);
  }
  let round = 0;
  let activity: (typeof ACTIVITIES)[number] | null = null;
  let holder: string | null = null;
  let tagN = 0;
  const liveTags: string[] = [];
  let synced = false;
  while (out.length < o.events - (o.end ? 2 : 0)) {
    const r = rnd();
    const present = [...seated];
    if (present.length < 2) {
      const id = pick(ids);
      seated.add(id);
      emit('seat.granted', { childId: id, deviceHash: `d-${id}`, by: 'staff' });
    } else if (r < 0.03) {
      const id = pick(ids);
      if (seated.has(id)) emit('presence.changed', { childId: id, connected: rnd() < 0.5 });
      else {
        seated.add(id);
        emit('seat.granted', { childId: id, deviceHash: `d-${id}`, by: 'auto' });
      }
    } else if (r < 0.04) {
      const id = pick(present);
      seated.delete(id);
      emit('seat.released', { childId: id, by: 'self' });
    } else if (r < 0.1) {
      emit('reaction.sent', { childId: pick(present), kind: 'clap', ...(rnd() < 0.7 ? { to: skewed(present) } : {}) });
    } else if (r < 0.12) {
      emit('wave.sent', { childId: pick(present) });
    } else if (r < 0.15) {
      const id = `t${++tagN}`;
      liveTags.push(id);
      emit('observation.tagged', { id, childId: pick(ids), tag: pick(TAGS), ...(rnd() < 0.3 ? { note: 'n' } : {}) });
    } else if (r < 0.16 && liveTags.length > 0) {
      emit('observation.undone', { id: liveTags.splice(Math.floor(rnd() * liveTags.length), 1)[0] });
    } else if (r < 0.165) {
      emit(pick(['mystery.event', 'garden.nudged', 'timer.set']), rnd() < 0.5 ? null : { childId: pick(ids) });
    } else if (!synced && out.length > o.events / 3) {
      synced = true;
      ids.push(`c${k + 1}`);
      emit('roster.synced', { roster: ids.map((childId) => ({ childId, nickname: childId, avatar: 'owl' })) });
    } else if (activity === null) {
      activity = pick(ACTIVITIES);
      emit('round.started', { number: ++round, activity, settings: {}, planIndex: null, history: {} });
    } else if (r > 0.985) {
      if (activity === 'pass-star' && holder) emit('star.kept', { holder, heldMs: Math.floor(rnd() * 9000) });
      holder = null;
      activity = null;
      emit('round.ended', { reason: 'staff' });
    } else {
      holder = activityEvent(activity, present, holder, { rnd, pick, skewed, emit, at: () => at });
    }
  }
  if (o.end) {
    if (activity) emit('round.ended', { reason: 'session' });
    emit('session.ended', { reason: 'staff' });
  }
  // A step can log two events: trim to the exact length asked for (an open session may stop mid-turn).
  return o.end ? out : out.slice(0, o.events);
}

interface Gen {
  rnd: () => number;
  pick: <T>(xs: readonly T[]) => T;
  skewed: (xs: readonly string[]) => string;
  emit: (type: string, payload: unknown) => void;
  at: () => number;
}

/** One activity step; returns the star holder after it. */
function activityEvent(activity: (typeof ACTIVITIES)[number], present: string[], holder: string | null, g: Gen): string | null {
  const { rnd, pick, skewed, emit } = g;
  const child = skewed(present);
  const ms = () => Math.floor(rnd() * 20_000);
  switch (activity) {
    case 'spotlight': {
      emit('spotlight.offered', { childId: child, card: 'k', by: 'scheduler' });
      const x = rnd();
      if (x < 0.7) {
        emit('spotlight.started', { childId: child, latencyMs: ms() });
        emit('spotlight.ended', { childId: child, durationMs: ms(), by: 'child' });
      } else emit('spotlight.passed', { childId: child, latencyMs: ms(), by: x < 0.85 ? 'child' : 'staff' });
      return holder;
    }
    case 'pass-star': {
      if (holder === null || rnd() < 0.1) {
        emit('star.given', { to: child, by: 'staff', heldMs: holder ? ms() : null, from: holder });
        return child;
      }
      const to = pick(present.filter((id) => id !== holder));
      emit('star.passed', { from: holder, to, heldMs: ms() });
      return to;
    }
    case 'build': {
      const x = rnd();
      if (x < 0.5) emit('build.turn-offered', { childId: child });
      else if (x < 0.85) emit('build.placed', { childId: child, pieceId: 'p', slotId: 's', latencyMs: null });
      else if (x < 0.93) emit('build.help-asked', { childId: child, pieceId: 'p' });
      else emit('build.help-given', { from: child, to: pick(present), pieceId: 'p' });
      return holder;
    }
    case 'garden': {
      const x = rnd();
      if (x < 0.4) emit('garden.self-picked', { childId: child, card: 'kind' });
      else if (x < 0.5) emit('garden.self-unpicked', { childId: child, card: 'kind' });
      else emit('garden.given', { from: child, to: pick(present), card: 'brave' });
      return holder;
    }
    case 'checkin':
      emit('checkin.response', { ...CHECKIN_REST, childId: child, status: pick(['finished', 'partial', 'declined', 'no-answer']) });
      return holder;
  }
}
