// Collects appends while a commit is in flight and hands them to the committer as the next batch (group commit).
import type { SessionEvent } from '../../shared/session/events';
import { FencedError, type Fence } from './event-store';

/** One room's append waiting for its batch. */
export interface PendingAppend {
  readonly sessionId: string;
  readonly events: readonly SessionEvent[];
  readonly fence: Fence | undefined;
}

interface Waiter extends PendingAppend {
  resolve: () => void;
  reject: (err: Error) => void;
}

/** Commits one batch in one transaction; resolves with the appends it refused as fenced (the rest are stored). */
export type BatchCommitter = (batch: readonly PendingAppend[]) => Promise<ReadonlySet<PendingAppend>>;

export class GroupCommit {
  private waiting: Waiter[] = [];
  private scheduled = false;
  private inFlight: Promise<void> | null = null;

  constructor(private readonly commit: BatchCommitter) {}

  append(events: readonly SessionEvent[], fence: Fence | undefined): Promise<void> {
    const sessionId = events[0]?.sessionId;
    if (sessionId === undefined) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ sessionId, events, fence, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight) return;
    this.scheduled = true;
    // setImmediate runs after this tick's I/O callbacks, so every intent read in this tick lands in the same
    // transaction and pays for a single fsync; while one commit is in flight the next batch collects.
    setImmediate(() => void this.flush());
  }

  /** Commits what is waiting now (after any commit in flight); resolves when that is done. */
  async flush(): Promise<void> {
    this.scheduled = false;
    while (this.inFlight) await this.inFlight;
    const batch = this.waiting;
    this.waiting = [];
    if (batch.length === 0) return;
    this.inFlight = this.run(batch);
    try {
      await this.inFlight;
    } finally {
      this.inFlight = null;
      if (this.waiting.length > 0) this.schedule();
    }
  }

  private async run(batch: Waiter[]): Promise<void> {
    let fenced: ReadonlySet<PendingAppend>;
    try {
      fenced = await this.commit(batch);
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err));
      for (const w of batch) w.reject(error);
      // Appends already collected for the same rooms were built on the events that just failed: storing them
      // would leave a gap in the log. They fail too; their rooms fold the log again.
      const failedRooms = new Set(batch.map((w) => w.sessionId));
      const dependent = this.waiting.filter((w) => failedRooms.has(w.sessionId));
      this.waiting = this.waiting.filter((w) => !failedRooms.has(w.sessionId));
      for (const w of dependent) w.reject(error);
      return;
    }
    for (const w of batch) {
      if (fenced.has(w)) w.reject(new FencedError(w.sessionId));
      else w.resolve();
    }
  }
}
