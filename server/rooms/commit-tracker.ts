// Tracks the highest committed seq of a room and lets callers wait until a seq is committed.
export class CommitTracker {
  private waiters: { seq: number; resolve: () => void }[] = [];

  constructor(public committed: number) {}

  advance(seq: number): void {
    if (seq <= this.committed) return;
    this.committed = seq;
    const ready = this.waiters.filter((w) => w.seq <= seq);
    this.waiters = this.waiters.filter((w) => w.seq > seq);
    for (const w of ready) w.resolve();
  }

  reset(seq: number): void {
    this.committed = seq;
  }

  until(seq: number): Promise<void> {
    if (seq <= this.committed) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ seq, resolve }));
  }
}
