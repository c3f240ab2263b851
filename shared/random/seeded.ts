// The one seeded random source (mulberry32): the same seed gives the same numbers everywhere (avatars, demo, tests).

/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit state advanced by the Weyl increment 0x6D2B79F5, then
 * mixed. Returns the next 32-bit unsigned integer each call. Small, fast, and good enough for drawings, demo
 * choices and test fuzzing; not for anything secret.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** A float in [0, 1) per call, from mulberry32: a drop-in for Math.random that replays from its seed. */
export function seeded(seed: number): () => number {
  const next = mulberry32(seed);
  return () => next() / 4294967296;
}

export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element, each with the given weight (default 1). */
  pick<T>(items: readonly T[], weight?: (item: T) => number): T;
}

/** seeded() with the helpers most callers want. */
export function seededPrng(seed: number): Prng {
  const next = seeded(seed);
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
