// The per-child table of a group's review: participation over the whole programme, check-in results and tags.
import type { ReviewGroup } from '../api/review';
import type { ChildParticipation } from '../metrics/types';
import { OBSERVATION_TAGS, type ObservationTag } from '../session/observations';
import { childCheckins, type ChildCheckins, type UsedInstrument } from './overview-checkins';

/** Tags worth watching (Bales' negative reactions); every other tag is a positive one and is listed first. */
export const WATCH_TAGS: readonly ObservationTag[] = ['tension', 'withdrew', 'disagreed'];

export const isPositiveTag = (tag: ObservationTag): boolean => !WATCH_TAGS.includes(tag);

export interface TagCount {
  tag: ObservationTag;
  n: number;
  positive: boolean;
}

export interface ChildRow {
  childId: string;
  /** Sessions attended, of `sessions`. */
  attendance: number;
  sessions: number;
  totals: ChildParticipation;
  /** Tags with a count, positive ones first (in MEASURES order). */
  tags: TagCount[];
  checkins: ChildCheckins;
}

/** Non-zero tag counts, positive first; the tag list is already ordered positive-first. */
export function tagCounts(observations: Partial<Record<ObservationTag, number>>): TagCount[] {
  return OBSERVATION_TAGS.filter((tag) => (observations[tag] ?? 0) > 0).map((tag) => ({ tag, n: observations[tag] ?? 0, positive: isPositiveTag(tag) }));
}

/** One row per child of the group (the review's roster order), zeros included; a child never seen is all zeros. */
export function childRows(review: ReviewGroup, used: readonly UsedInstrument[]): ChildRow[] {
  const byId = new Map(review.programme.children.map((c) => [c.childId, c]));
  // The programme's metric rows lead (they hold erased children's placeholders too); roster children missing there follow.
  const ids = [...review.programme.children.map((c) => c.childId), ...review.children.map((c) => c.id).filter((id) => !byId.has(id))];
  return ids.map((childId) => {
    const totals = byId.get(childId) ?? emptyParticipation(childId);
    return {
      childId,
      attendance: totals.attendance,
      sessions: review.sessions.length,
      totals,
      tags: tagCounts(totals.observations),
      checkins: childCheckins(childId, review.checkins, used),
    };
  });
}

function emptyParticipation(childId: string): ChildParticipation {
  return {
    childId,
    attendance: 0,
    turns: 0,
    share: null,
    presentations: 0,
    passes: 0,
    starHolds: 0,
    piecesPlaced: 0,
    airtimeMs: 0,
    presentingMs: 0,
    holdingMs: 0,
    medianLatencyMs: null,
    latencySamples: 0,
    starPassesGiven: 0,
    starPassesReceived: 0,
    reactionsGiven: 0,
    reactionsReceived: 0,
    waves: 0,
    helpAsked: 0,
    helpGiven: 0,
    helpReceived: 0,
    cardsGiven: 0,
    cardsReceived: 0,
    cardsSelfPicked: 0,
    checkinsFinished: 0,
    checkinsDeclined: 0,
    observations: Object.fromEntries(OBSERVATION_TAGS.map((t) => [t, 0])) as Record<ObservationTag, number>,
  };
}
