// The live event feed: notable changes found by diffing consecutive views, and missed events from a catch-up.
import type { SessionEvent } from '../../../shared/session/events';
import type { ConsoleRound, ConsoleSeat, ConsoleView } from '../../../shared/session/views';
import type { Dict } from '../../../shared/i18n';
import { diffRounds, roundCatchup } from './feed-rounds';

export type FeedKind = keyof Dict['consolePage']['events'];

export interface FeedItem {
  /** Server time in ms. */
  at: number;
  kind: FeedKind;
  params: Record<string, string | number>;
}

export const FEED_MAX = 30;

const bySeat = (v: ConsoleView) => new Map(v.seats.map((s) => [s.childId, s]));

export function diffViews(prev: ConsoleView, next: ConsoleView): FeedItem[] {
  const at = next.serverNow;
  const out: FeedItem[] = [];
  const add = (kind: FeedKind, params: FeedItem['params'] = {}) => out.push({ at, kind, params });
  const before = bySeat(prev);
  const left: ConsoleSeat[] = [];
  const arrived: ConsoleSeat[] = [];
  if (prev.seats.map((s) => s.childId).join() !== next.seats.map((s) => s.childId).join()) add('roster');
  for (const s of next.seats) {
    const p = before.get(s.childId);
    if (!p) continue;
    const name = { name: s.nickname };
    if (p.requestedAt === null && s.requestedAt !== null) add('requested', name);
    if (!p.seated && s.seated) arrived.push(s);
    else if (p.seated && !s.seated) left.push(p);
    else if (p.requestedAt !== null && s.requestedAt === null && !s.seated) add('denied', name);
    else if (p.seated && s.seated && p.connected !== s.connected) add(s.connected ? 'connected' : 'disconnected', name);
  }
  // One seat emptied and another filled without a request in between: the facilitator moved a tablet.
  const [from] = left;
  const [to] = arrived;
  if (left.length === 1 && arrived.length === 1 && from && to && before.get(to.childId)?.requestedAt === null) {
    add('moved', { from: from.nickname, to: to.nickname });
  } else {
    for (const s of arrived) add(next.autoApprove && before.get(s.childId)?.requestedAt === null ? 'seatedAuto' : 'seated', { name: s.nickname });
    for (const s of left) add('released', { name: s.nickname });
  }
  if (prev.code !== next.code) add('codeChanged');
  if (prev.eyesOn !== next.eyesOn) add(next.eyesOn ? 'eyesOn' : 'eyesOff');
  if (prev.autoApprove !== next.autoApprove) add(next.autoApprove ? 'autoOn' : 'autoOff');
  if (prev.screensConnected !== next.screensConnected) add('screens', { n: next.screensConnected });
  diffRounds(prev, next, add);
  if (prev.endedAt === null && next.endedAt !== null) add('ended');
  return out;
}

export function catchupItems(events: readonly SessionEvent[], names: ReadonlyMap<string, string>, round: ConsoleRound | null = null): FeedItem[] {
  const name = (childId: string) => ({ name: names.get(childId) ?? childId });
  const out: FeedItem[] = [];
  const rounds = roundCatchup(names, round);
  for (const e of events) {
    if (rounds(e, out)) continue;
    const add = (kind: FeedKind, params: FeedItem['params'] = {}) => out.push({ at: e.at, kind, params });
    switch (e.type) {
      case 'session.started':
        add('started');
        break;
      case 'session.ended':
        add('ended');
        break;
      case 'roster.synced':
        add('roster');
        break;
      case 'join.code_changed':
        add('codeChanged');
        break;
      case 'seat.requested':
        add('requested', name(e.payload.childId));
        break;
      case 'seat.granted':
        add(e.payload.by === 'auto' ? 'seatedAuto' : 'seated', name(e.payload.childId));
        break;
      case 'seat.denied':
        add(e.payload.by === 'self' ? 'withdrawn' : 'denied', name(e.payload.childId));
        break;
      case 'seat.released':
        add(e.payload.by === 'self' ? 'left' : 'released', name(e.payload.childId));
        break;
      case 'seat.moved':
        add('moved', { from: names.get(e.payload.fromChildId) ?? '', to: names.get(e.payload.toChildId) ?? '' });
        break;
      case 'presence.changed':
        add(e.payload.connected ? 'connected' : 'disconnected', name(e.payload.childId));
        break;
      case 'settings.changed':
        add(e.payload.autoApprove ? 'autoOn' : 'autoOff');
        break;
      case 'eyes.changed':
        add(e.payload.on ? 'eyesOn' : 'eyesOff');
        break;
      case 'wave.sent':
        add('wave', name(e.payload.childId));
        break;
      case 'reaction.sent':
        add('reaction', name(e.payload.childId));
        break;
    }
  }
  return out;
}

/** Newest first, at most FEED_MAX. */
export function pushFeed(feed: readonly FeedItem[], items: readonly FeedItem[]): FeedItem[] {
  return [...[...items].reverse(), ...feed].slice(0, FEED_MAX);
}
