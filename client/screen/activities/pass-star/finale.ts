// The last pass of an "everyone once" round. The server ends the round in the same step as that pass, so the
// screen's next view has no round at all; the pass itself travels as an event, and this draws the round as it
// ended from it, so the throw and the celebration can still be seen.
import type { PassStarScreen } from '../../../../shared/activities/pass-star/views';
import type { WireEvent } from '../../../../shared/protocol/recipient-events';
import type { ScreenRound } from '../../../../shared/session/views';

export function passStarFinale(last: ScreenRound & { view: PassStarScreen }, events: readonly WireEvent[]): ScreenRound | null {
  const v = last.view;
  const pass = events.findLast((e) => e.type === 'star.passed' || e.type === 'star.given');
  if (!pass || (pass.type !== 'star.passed' && pass.type !== 'star.given')) return null;
  const { from, to } = pass.payload;
  const circle = v.circle.map((c) => (c.childId === to ? { ...c, held: true } : c));
  const view: PassStarScreen = {
    ...v,
    circle,
    holder: to,
    trail: from ? [...v.trail, { from, to, at: 0 }].slice(-8) : v.trail,
    thrower: from,
    everyoneHasHeld: circle.every((c) => c.held),
  };
  return { ...last, paused: false, timer: null, view };
}
