// describeEvent: one logged event in plain words for the replay's timeline, or null for bookkeeping not worth a line.
import { activity, activityEventTypes, activityOfEventType, parseActivityEvent, type ActivityEventBody } from '../activities/registry';
import { fill, type Dict } from '../i18n';
import type { EventBody, EventType } from '../session/events';
import type { Describers, Telling } from './replay-describe-types';
import { durationWords, languageOf, listWords, nameIn, type ReplayNames } from './replay-words';

/** Session, seat, round and timer events: activity events are worded by their activity's `describe`. */
type CoreType = Exclude<EventType, ActivityEventBody['type']>;

const activityName = (w: Telling, id: keyof Dict['consolePage']['rounds']['activities']) => w.t.consolePage.rounds.activities[id];

const CORE_DESCRIBERS: Describers<CoreType> = {
  'session.started': (_e, w) => w.t.reviewReplay.events.sessionStarted,
  'session.ended': (e, w) => (e.payload.reason === 'abandoned' ? w.t.reviewReplay.events.sessionAbandoned : w.t.reviewReplay.events.sessionEnded),
  'roster.synced': (_e, w) => w.t.reviewReplay.events.rosterSynced,
  // A request is followed by its grant or denial, which say what happened.
  'seat.requested': () => null,
  'seat.granted': (e, w) => fill(w.t.reviewReplay.events.seatGranted, { name: w.name(e.payload.childId) }),
  'seat.denied': (e, w) =>
    fill(e.payload.by === 'self' ? w.t.reviewReplay.events.seatWithdrawn : w.t.reviewReplay.events.seatDenied, { name: w.name(e.payload.childId) }),
  'seat.released': (e, w) =>
    fill(e.payload.by === 'self' ? w.t.reviewReplay.events.seatLeft : w.t.reviewReplay.events.seatReleased, { name: w.name(e.payload.childId) }),
  'seat.moved': (e, w) => fill(w.t.reviewReplay.events.seatMoved, { from: w.name(e.payload.fromChildId), to: w.name(e.payload.toChildId) }),
  'presence.changed': (e, w) => {
    const ev = w.t.reviewReplay.events;
    const template = e.payload.connected ? ev.connected : e.payload.reason === 'restart' ? ev.restartCut : ev.disconnected;
    return fill(template, { name: w.name(e.payload.childId) });
  },
  'join.code_changed': (_e, w) => w.t.reviewReplay.events.codeChanged,
  'settings.changed': (e, w) => (e.payload.autoApprove ? w.t.reviewReplay.events.autoOn : w.t.reviewReplay.events.autoOff),
  'eyes.changed': (e, w) => (e.payload.on ? w.t.reviewReplay.events.eyesOn : w.t.reviewReplay.events.eyesOff),
  'wave.sent': (e, w) => fill(w.t.reviewReplay.events.wave, { name: w.name(e.payload.childId) }),
  'reaction.sent': (e, w) => {
    const kind = w.t.reviewReplay.reactions[e.payload.kind];
    const { to } = e.payload;
    return to
      ? fill(w.t.reviewReplay.events.reactionTo, { name: w.name(e.payload.childId), to: w.name(to), kind })
      : fill(w.t.reviewReplay.events.reaction, { name: w.name(e.payload.childId), kind });
  },
  'observation.tagged': (e, w) => {
    const ev = w.t.reviewReplay.events;
    const values = { name: w.name(e.payload.childId), tag: w.t.common.observationTags[e.payload.tag], note: e.payload.note ?? '' };
    return fill(e.payload.note ? ev.observationNote : ev.observation, values);
  },
  'observation.undone': (_e, w) => w.t.reviewReplay.events.observationUndone,
  'plan.set': (e, w) => {
    const s = e.payload.session;
    if (s) return fill(w.t.reviewReplay.events.planSession, { i: s.index + 1, count: s.count, title: s.title });
    return fill(w.t.reviewReplay.events.planSet, { n: e.payload.rounds.length });
  },
  'round.started': (e, w) => fill(w.t.reviewReplay.events.roundStarted, { n: e.payload.number, activity: activityName(w, e.payload.activity) }),
  'round.paused': (_e, w) => w.t.reviewReplay.events.roundPaused,
  'round.resumed': (_e, w) => w.t.reviewReplay.events.roundResumed,
  'round.ended': (e, w) => {
    const ev = w.t.reviewReplay.events;
    return { complete: ev.roundComplete, staff: ev.roundStopped, session: ev.roundWithSession }[e.payload.reason];
  },
  'timer.set': (e, w) => {
    const ev = w.t.reviewReplay.events;
    if (e.payload.durationMs === null) return ev.timerOff;
    return fill(e.payload.visibleToChildren ? ev.timerSetShown : ev.timerSet, { time: durationWords(e.payload.durationMs, w.t) });
  },
  'timer.extended': (e, w) => fill(w.t.reviewReplay.events.timerExtended, { time: durationWords(e.payload.ms, w.t) }),
};

/** The words for one event in `t`'s language; names come from the session's roster snapshot. */
export function describeEvent(event: EventBody, names: ReplayNames, t: Dict): string | null {
  const w: Telling = { name: nameIn(names, t), t, lang: languageOf(t), duration: (ms) => durationWords(ms, t), list: (items) => listWords(items, t) };
  const id = activityOfEventType(event.type);
  if (id === undefined) {
    const describe = CORE_DESCRIBERS[event.type as CoreType] as ((e: EventBody, w: Telling) => string | null) | undefined;
    // An event type this build does not know (a newer server's log) is left out rather than breaking the replay.
    return describe ? describe(event, w) : null;
  }
  // An activity event is read with its activity's declared schema: a stored payload that does not match is left out too.
  const typed = parseActivityEvent(event.type, event.payload);
  const describe = activity(id).describe[event.type];
  return typed && describe ? describe(typed, w) : null;
}

/** Every event type the log can hold: the core ones here, and each activity's declared ones (tests check each one). */
export const DESCRIBED_TYPES = [...Object.keys(CORE_DESCRIBERS), ...activityEventTypes().map(([type]) => type)] as EventType[];
