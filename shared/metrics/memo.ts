// A one-slot cache for snapshot parts that change rarely (sociograms, follows), handed out deeply frozen.

/** Freezes an object graph so a part shared by several snapshots cannot be changed through one of them. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Recomputes only when `key` differs from the last call's key. */
export class Memo<T> {
  private key: string | null = null;
  private value: T | null = null;

  get(key: string, compute: () => T): T {
    if (this.key !== key || this.value === null) {
      this.value = deepFreeze(compute());
      this.key = key;
    }
    return this.value;
  }
}
