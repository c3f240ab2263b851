// A small seeded random source (mulberry32) so every demo run makes the same choices in the same order.
export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element, each with the given weight (default 1). */
  pick<T>(items: readonly T[], weight?: (item: T) => number): T;
}

export function seededPrng(seed: number): Prng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick(items, weight = () => 1) {
      if (items.length === 0) throw new Error('pick from an empty list');
      const weights = items.map(weight);
      let r = next() * weights.reduce((s, w) => s + w, 0);
      for (let i = 0; i < items.length; i++) {
        r -= weights[i]!;
        if (r < 0) return items[i]!;
      }
      return items[items.length - 1]!;
    },
  };
}
