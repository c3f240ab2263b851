// A seat's live status and since-when, derived from the console view and the server's current time.
import { AWAY_AFTER_MS } from '../../../shared/protocol/limits';
import type { ConsoleSeat } from '../../../shared/session/views';

export type SeatStatus = 'empty' | 'waiting' | 'connected' | 'reconnecting' | 'away';

export interface SeatState {
  status: SeatStatus;
  /** Server time the status began; null when unknown (an empty seat). */
  since: number | null;
}

export function seatState(seat: ConsoleSeat, serverNow: number): SeatState {
  if (!seat.seated) {
    return seat.requestedAt !== null ? { status: 'waiting', since: seat.requestedAt } : { status: 'empty', since: null };
  }
  if (seat.connected) return { status: 'connected', since: seat.since };
  // A dropped tablet usually comes back within seconds (Wi-Fi blip, sleep); only later is the child "away".
  const gone = seat.since === null ? 0 : serverNow - seat.since;
  return { status: gone < AWAY_AFTER_MS ? 'reconnecting' : 'away', since: seat.since };
}
