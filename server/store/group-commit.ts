// Collects appends made during one tick and hands them to a committer as one batch.
import type { SessionEvent } from '../../shared/session/events';

interface Waiter {
  events: readonly SessionEvent[];
  resolve: () => void;
  reject: (err: Error) => void;
}

export class GroupCommit {
  private waiting: Waiter[] = [];
  private scheduled = false;

  constructor(private readonly commit: (events: SessionEvent[]) => void) {}

  append(events: readonly SessionEvent[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ events, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        // setImmediate runs after this tick's I/O callbacks, so every intent read in this
        // tick lands in the same transaction and pays for a single fsync.
        setImmediate(() => this.flush());
      }
    });
  }

  flush(): void {
    this.scheduled = false;
    const batch = this.waiting;
    this.waiting = [];
    if (batch.length === 0) return;
    try {
      this.commit(batch.flatMap((w) => w.events));
    } catch (err) {
      for (const w of batch) w.reject(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    for (const w of batch) w.resolve();
  }
}
