// Facilitator observations for the report: tag counts per child and per session (only tags that were used).
import type { ReviewGroup } from '../api/review';
import { OBSERVATION_TAGS, type ObservationTag } from '../session/observations';

export interface TagTable {
  /** Tags with at least one count, positive first. */
  tags: ObservationTag[];
  /** One row per child (programme order) or per session: counts in `tags` order, and the row total. */
  rows: { key: string; counts: number[]; total: number }[];
}

function table(rows: { key: string; observations: Record<ObservationTag, number> }[]): TagTable {
  const tags = OBSERVATION_TAGS.filter((tag) => rows.some((r) => (r.observations[tag] ?? 0) > 0));
  return {
    tags,
    rows: rows.map((r) => {
      const counts = tags.map((tag) => r.observations[tag] ?? 0);
      return { key: r.key, counts, total: counts.reduce((a, b) => a + b, 0) };
    }),
  };
}

export function tagsPerChild(review: ReviewGroup): TagTable {
  return table(review.programme.children.map((c) => ({ key: c.childId, observations: c.observations })));
}

/** Rows keyed by the session number (as a string). */
export function tagsPerSession(review: ReviewGroup): TagTable {
  return table(
    review.sessions.map((s) => {
      const sum = Object.fromEntries(OBSERVATION_TAGS.map((tag) => [tag, 0])) as Record<ObservationTag, number>;
      for (const c of s.metrics.children) for (const tag of OBSERVATION_TAGS) sum[tag] += c.observations[tag] ?? 0;
      return { key: String(s.number), observations: sum };
    }),
  );
}
