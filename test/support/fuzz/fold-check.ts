// The fuzz's own fold of the room's log (read back from the store), and the folds with other children's private parts hidden.
import { isDeepStrictEqual } from 'node:util';
import type { SessionEvent } from '../../../shared/session/events';
import { applyEvent } from '../../../shared/session/reducer';
import { emptyState, type SessionState } from '../../../shared/session/state';
import { redactForConsole } from '../../../shared/activities/registry';

/** The key of the fold where every child's private parts are hidden (what the screen and guests may depend on). */
export const NOBODY = '*';

/** Whose private data an event carries: the child it is about, else the child who sent it. */
function ownerOf(e: SessionEvent): string | null {
  const payload = e.payload as { childId?: unknown };
  if (typeof payload.childId === 'string') return payload.childId;
  return e.actor.kind === 'seat' ? e.actor.childId : null;
}

/**
 * Folds the stored log step by step, like a replica would, and keeps beside it, per child, the fold of the
 * same log with every other child's private parts redacted (the activities say what is private: what they hide
 * from the console's feed). A child's view must be the same on both: nothing of another child's answers reaches it.
 */
export class LogFold {
  state: SessionState;
  private readonly hidden = new Map<string, SessionState>();
  /** Set once any event had something to hide; until then every hidden fold equals the real one. */
  private anyPrivate = false;

  constructor(readonly sessionId: string) {
    this.state = emptyState(sessionId);
  }

  get version(): number {
    return this.state.version;
  }

  /** Applies events read from the store; throws if they do not continue the log without a gap. */
  apply(events: readonly SessionEvent[]): void {
    for (const e of events) {
      if (e.seq !== this.state.version + 1) throw new Error(`log not contiguous: seq ${e.seq} after ${this.state.version}`);
      if (e.sessionId !== this.sessionId) throw new Error(`event of session ${e.sessionId} in ${this.sessionId}'s log`);
      const before = this.state;
      this.state = applyEvent(this.state, e);
      const redacted = redactForConsole(e);
      const isPrivate = !isDeepStrictEqual(redacted, e);
      if (isPrivate && !this.anyPrivate) {
        this.anyPrivate = true;
        for (const k of this.keys()) this.hidden.set(k, before);
      }
      if (!this.anyPrivate) continue;
      const owner = ownerOf(e);
      for (const k of this.keys()) {
        const s = this.hidden.get(k) ?? before;
        this.hidden.set(k, applyEvent(s, k === owner ? e : redacted));
      }
    }
  }

  /** Whether any event so far had private parts (until then there is nothing to leak). */
  get hasPrivate(): boolean {
    return this.anyPrivate;
  }

  /** The fold in which only `childId`'s private parts are kept (NOBODY: none are). */
  hiddenFor(childId: string): SessionState {
    return this.anyPrivate ? (this.hidden.get(childId) ?? this.hidden.get(NOBODY)!) : this.state;
  }

  private keys(): string[] {
    return [NOBODY, ...this.state.roster.map((r) => r.childId)];
  }
}
