// The last pass of an "everyone once" round. The server ends the round in the same step as that pass,
// so the screen's next view has no round at all; this rebuilds the round as it ended, so the throw
// and the celebration can still be seen. The signs must all agree, else nothing is invented.
import type { PassStarScreen } from '../../../../shared/activities/pass-star/views';
import type { ScreenRound, ScreenView } from '../../../../shared/session/views';

/** star.passed (or star.given), star.kept and round.ended come in one step: at least three events. */
const EVENTS_OF_A_FINAL_PASS = 3;

export function passStarFinale(last: ScreenRound & { view: PassStarScreen }, next: ScreenView, eventsBetween: number): ScreenRound | null {
  const v = last.view;
  if (!v.everyoneOnce || v.holder === null || v.everyoneHasHeld || last.paused) return null;
  if (next.round !== null || next.ended || eventsBetween < EVENTS_OF_A_FINAL_PASS) return null;
  // A staff "end round" is two events (kept + ended); more means something else happened in the step,
  // so only accept a small jump, and only when exactly one present child was still waiting for the star.
  if (eventsBetween > EVENTS_OF_A_FINAL_PASS + 1) return null;
  const waiting = v.circle.filter((c) => !c.held);
  const receiver = waiting.length === 1 ? waiting[0] : undefined;
  if (!receiver || receiver.childId === v.holder) return null;
  const seat = next.seats.find((s) => s.childId === receiver.childId);
  if (!seat?.seated || !seat.connected) return null;
  const view: PassStarScreen = {
    ...v,
    circle: v.circle.map((c) => ({ ...c, held: true })),
    holder: receiver.childId,
    trail: [...v.trail, { from: v.holder, to: receiver.childId, at: 0 }].slice(-8),
    thrower: v.holder,
    everyoneHasHeld: true,
  };
  return { ...last, paused: false, timer: null, view };
}
