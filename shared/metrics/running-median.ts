// A running median (two heaps): O(log n) to add a sample, O(1) to read the median, for live latencies.

/** A binary heap ordered by `before(a, b)` = a sits above b. */
class Heap {
  private readonly items: number[] = [];
  constructor(private readonly before: (a: number, b: number) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  peek(): number | undefined {
    return this.items[0];
  }

  push(x: number): void {
    const a = this.items;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(a[i]!, a[parent]!)) break;
      [a[i], a[parent]] = [a[parent]!, a[i]!];
      i = parent;
    }
  }

  pop(): number | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length === 0 || last === undefined) return top;
    a[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < a.length && this.before(a[l]!, a[best]!)) best = l;
      if (r < a.length && this.before(a[r]!, a[best]!)) best = r;
      if (best === i) return top;
      [a[i], a[best]] = [a[best]!, a[i]!];
      i = best;
    }
  }
}

export class RunningMedian {
  /** The lower half (max on top) and the upper half (min on top); low holds the extra sample when n is odd. */
  private readonly low = new Heap((a, b) => a > b);
  private readonly high = new Heap((a, b) => a < b);

  get count(): number {
    return this.low.size + this.high.size;
  }

  add(x: number): void {
    if (this.low.size === 0 || x <= this.low.peek()!) this.low.push(x);
    else this.high.push(x);
    if (this.low.size > this.high.size + 1) this.high.push(this.low.pop()!);
    else if (this.high.size > this.low.size) this.low.push(this.high.pop()!);
  }

  /** The median (mean of the two middle samples when n is even); null with no samples. */
  median(): number | null {
    if (this.low.size === 0) return null;
    if (this.low.size > this.high.size) return this.low.peek()!;
    return (this.low.peek()! + this.high.peek()!) / 2;
  }
}

/** The median of a list (mean of the two middle values when even); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
