// Tracks the highest committed seq of a room and lets callers wait until a seq is committed.

/** A wait for a seq that a failed commit took back: that seq will be reused by other events. */
export class CommitAbandoned extends Error {
  constructor(readonly seq: number) {
    super(`seq ${seq} was not committed`);
  }
}

export class CommitTracker {
  private waiters: { seq: number; resolve: () => void; reject: (err: Error) => void }[] = [];

  constructor(public committed: number) {}

  advance(seq: number): void {
    if (seq <= this.committed) return;
    this.committed = seq;
    const ready = this.waiters.filter((w) => w.seq <= seq);
    this.waiters = this.waiters.filter((w) => w.seq > seq);
    for (const w of ready) w.resolve();
  }

  /**
   * After a failed commit the room folds its log again and the next events reuse the seqs above `seq`.
   * Whoever waits for one of those must hear now that it failed; left waiting, a later, different event
   * with the same seq would answer it.
   */
  reset(seq: number): void {
    this.committed = seq;
    const lost = this.waiters.filter((w) => w.seq > seq);
    this.waiters = this.waiters.filter((w) => w.seq <= seq);
    for (const w of lost) w.reject(new CommitAbandoned(w.seq));
    // Any left are at or below the log's end, so they are committed.
    for (const w of this.waiters.splice(0)) w.resolve();
  }

  until(seq: number): Promise<void> {
    if (seq <= this.committed) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ seq, resolve, reject }));
  }
}
