// A child's answers to a scale that add up to a chosen total: plausible item-by-item spread, reversed items respected.
import type { Instrument } from '../../shared/instruments/schema';
import type { Prng } from '../../shared/random/seeded';

type ScaleKey = Pick<Instrument, 'items' | 'scoring'>;

/**
 * Option id per item id so that the instrument's own scoring (reversal included) gives `total`.
 * Points above the minimum go one at a time to a random item that still has room, so answers vary
 * between items the way real answers do, while the total stays exactly the one the demo wants.
 */
export function answersForTotal(key: ScaleKey, total: number, prng: Prng): Record<string, string> {
  const byValue = new Map<number, string>();
  for (const [option, value] of Object.entries(key.scoring.values)) if (!byValue.has(value)) byValue.set(value, option);
  const values = [...byValue.keys()];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const n = key.items.length;
  if (!Number.isInteger(total) || total < n * lo || total > n * hi) throw new Error(`a total of ${total} is out of reach (${n * lo}–${n * hi})`);
  const scores = key.items.map(() => lo);
  for (let left = total - n * lo; left > 0; left--) {
    const open = scores.map((s, i) => (s < hi ? i : -1)).filter((i) => i >= 0);
    const i = prng.pick(open);
    scores[i]! += 1;
  }
  const answers: Record<string, string> = {};
  key.items.forEach((item, i) => {
    const raw = item.reversed ? lo + hi - scores[i]! : scores[i]!;
    const option = byValue.get(raw);
    if (option === undefined) throw new Error(`no option scores ${raw} on ${item.id}`);
    answers[item.id] = option;
  });
  return answers;
}
