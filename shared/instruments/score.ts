// scoreResponse: one pure scoring function for every instrument (reversal, totals, skipped items).
import type { Instrument } from './schema';

/** A child's answers: option id per item id; null (or absent) = skipped. */
export type Answers = Readonly<Record<string, string | null | undefined>>;

export interface ScoredResponse {
  /** Each item's score after reversal, by item id; null where skipped. */
  itemScores: Record<string, number | null>;
  /** Sum over all items; null unless every item was answered (no silent prorating). */
  total: number | null;
  /** Sum over the answered items only, and their mean (null when none was answered). */
  answeredSum: number;
  answeredMean: number | null;
  /** Item ids without an answer, in item order. */
  skipped: string[];
  complete: boolean;
}

export function scoreResponse(instrument: Pick<Instrument, 'items' | 'scoring'>, answers: Answers): ScoredResponse {
  const values = Object.values(instrument.scoring.values);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const itemScores: Record<string, number | null> = {};
  const skipped: string[] = [];
  let sum = 0;
  let answered = 0;
  for (const item of instrument.items) {
    const option = answers[item.id];
    const raw = option == null ? undefined : instrument.scoring.values[option];
    if (raw === undefined) {
      itemScores[item.id] = null;
      skipped.push(item.id);
      continue;
    }
    const score = item.reversed ? lo + hi - raw : raw;
    itemScores[item.id] = score;
    sum += score;
    answered++;
  }
  const complete = skipped.length === 0;
  return { itemScores, total: complete ? sum : null, answeredSum: sum, answeredMean: answered > 0 ? sum / answered : null, skipped, complete };
}
