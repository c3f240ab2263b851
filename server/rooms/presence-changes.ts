// Where the log's presence disagrees with the tablets actually attached: the presence events to log, and when to look again.
import type { EventBody } from '../../shared/session/events';
import type { SessionState } from '../../shared/session/state';

export interface PresenceLook {
  now: number;
  /** Device hashes of the tablets attached right now. */
  live: ReadonlySet<string>;
  /** In the grace window after a load only arrivals are logged: a tablet not back yet is probably on its way. */
  inGrace: boolean;
  /** When each tablet's last socket left (device hash → ms). */
  absentSince: ReadonlyMap<string, number>;
  /** How long a tablet must stay away before that is logged. */
  debounceMs: number;
  reason?: 'restart';
}

/** The presence.changed events to log now, and the time at which a departure not logged yet will have lasted. */
export function presenceChanges(seats: SessionState['seats'], look: PresenceLook): { changes: EventBody[]; wakeAt: number } {
  const changes: EventBody[] = [];
  let wakeAt = Infinity;
  for (const seat of Object.values(seats)) {
    const connected = look.live.has(seat.deviceHash);
    if (connected === seat.connected) continue;
    if (!connected && look.inGrace) continue;
    // A departure is logged once it lasts: a reconnect loop made 144 presence events in 5 s, now it makes none.
    const awaySince = look.absentSince.get(seat.deviceHash) ?? 0;
    if (!connected && look.now - awaySince < look.debounceMs) {
      wakeAt = Math.min(wakeAt, awaySince + look.debounceMs);
      continue;
    }
    changes.push({ type: 'presence.changed', payload: { childId: seat.childId, connected, ...(look.reason ? { reason: look.reason } : {}) } });
  }
  return { changes, wakeAt };
}
