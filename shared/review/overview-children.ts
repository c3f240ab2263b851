// The per-child table of a group's review: participation over the whole programme, check-in results and tags.
import type { ReviewGroup } from '../api/review';
import type { ChildParticipation } from '../metrics/types';
import { participation } from '../metrics/participation';
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
    // A child the logs never saw gets the metrics module's own zero row.
    const totals = byId.get(childId) ?? participation([], [childId]).children[0]!;
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
