// The replay's sentences for activity events: one per move, or null for bookkeeping; never a check-in answer.
import type { ActivityEventBody } from '../activities/registry';
import { findCard } from '../activities/spotlight/decks';
import { strengthCard } from '../activities/strength-garden/deck';
import { fill } from '../i18n';
import type { Describers } from './replay-describe-types';
import { durationWords, listWords } from './replay-words';

type ActivityType = ActivityEventBody['type'];

export const ACTIVITY_DESCRIBERS: Describers<ActivityType> = {
  'spotlight.offered': (e, w) => fill(w.t.reviewReplay.events.spotOffered, { name: w.name(e.payload.childId), card: findCard(e.payload.card)?.text[w.lang] ?? '' }),
  'spotlight.card.changed': (e, w) => fill(w.t.reviewReplay.events.spotCard, { name: w.name(e.payload.childId), card: findCard(e.payload.card)?.text[w.lang] ?? '' }),
  'spotlight.started': (e, w) => fill(w.t.reviewReplay.events.spotStarted, { name: w.name(e.payload.childId) }),
  'spotlight.passed': (e, w) => fill(e.payload.by === 'staff' ? w.t.reviewReplay.events.spotSkipped : w.t.reviewReplay.events.spotPassed, { name: w.name(e.payload.childId) }),
  'spotlight.ended': (e, w) => fill(w.t.reviewReplay.events.spotEnded, { name: w.name(e.payload.childId), time: durationWords(e.payload.durationMs, w.t) }),
  'spotlight.invited': (e, w) => fill(w.t.reviewReplay.events.spotInvited, { name: w.name(e.payload.childId) }),
  'spotlight.badge': (e, w) => fill(w.t.reviewReplay.events.spotBadge, { name: w.name(e.payload.childId) }),
  'spotlight.extended': (e, w) => fill(w.t.reviewReplay.events.spotExtended, { name: w.name(e.payload.childId), s: e.payload.seconds }),

  'star.given': (e, w) => fill(e.payload.by === 'random' ? w.t.reviewReplay.events.starRandom : w.t.reviewReplay.events.starGiven, { name: w.name(e.payload.to) }),
  'star.passed': (e, w) => fill(w.t.reviewReplay.events.starPassed, { from: w.name(e.payload.from), to: w.name(e.payload.to) }),
  // The last hold closing as the round ends: the round's own end line says it.
  'star.kept': () => null,

  // Assent, each answer and going back are a child's private steps: only the outcome gets a line.
  'checkin.assented': () => null,
  'checkin.answered': () => null,
  'checkin.went-back': () => null,
  'checkin.response': (e, w) => {
    const ev = w.t.reviewReplay.events;
    const template = { finished: ev.checkinFinished, declined: ev.checkinDeclined, partial: ev.checkinPartial, 'no-answer': ev.checkinNoAnswer }[e.payload.status];
    return fill(template, { name: w.name(e.payload.childId) });
  },

  'garden.self-picked': (e, w) => fill(w.t.reviewReplay.events.gardenPicked, { name: w.name(e.payload.childId), card: strengthCard(e.payload.card)?.text[w.lang] ?? '' }),
  'garden.self-unpicked': (e, w) => fill(w.t.reviewReplay.events.gardenUnpicked, { name: w.name(e.payload.childId), card: strengthCard(e.payload.card)?.text[w.lang] ?? '' }),
  'garden.phase': (e, w) => {
    const ev = w.t.reviewReplay.events;
    return { self: ev.gardenSelf, give: ev.gardenGive, garden: ev.gardenGarden }[e.payload.phase];
  },
  'garden.given': (e, w) => fill(w.t.reviewReplay.events.gardenGave, { from: w.name(e.payload.from), to: w.name(e.payload.to), card: strengthCard(e.payload.card)?.text[w.lang] ?? '' }),
  'garden.nudged': (e, w) => fill(w.t.reviewReplay.events.gardenNudged, { name: w.name(e.payload.childId) }),

  // The first deal is part of the round starting; a deal after someone came or went is worth telling.
  'build.dealt': (e, w) => (e.payload.reason === 'start' ? null : e.payload.reason === 'joined' ? w.t.reviewReplay.events.buildDealtJoined : w.t.reviewReplay.events.buildDealtLeft),
  'build.placed': (e, w) => fill(w.t.reviewReplay.events.buildPlaced, { name: w.name(e.payload.childId) }),
  'build.help-asked': (e, w) => fill(w.t.reviewReplay.events.buildHelpAsked, { name: w.name(e.payload.childId) }),
  'build.help-given': (e, w) => fill(w.t.reviewReplay.events.buildHelped, { from: w.name(e.payload.from), to: w.name(e.payload.to) }),
  // Whose turn it is shows in the state; the move that follows (placed or passed) gets the line.
  'build.turn-offered': () => null,
  'build.turn-passed': (e, w) => fill(w.t.reviewReplay.events.buildPassed, { name: w.name(e.payload.childId) }),
  'build.completed': (e, w) => fill(w.t.reviewReplay.events.buildCompleted, { names: listWords(e.payload.by.map(w.name), w.t) }),
};
