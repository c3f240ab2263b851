// A Pass the Star round: the facilitator gives the star to the first child; each holder passes it on, friends first.
import type { PassStarConsole, PassStarTablet } from '../../../shared/activities/pass-star';
import { fill } from '../../../shared/i18n';
import type { ConsoleView, TabletView } from '../../../shared/session/views';
import { DemoError } from '../errors';
import { demoChild, type DemoChild } from '../roster';
import type { PlayContext, RoundOutcome } from './context';

export interface PassStarScript {
  kind: 'pass-star';
  /** Who the facilitator gives the star to first. */
  first: string;
}

const starOf = (v: ConsoleView): PassStarConsole | null => (v.round?.activity === 'pass-star' ? (v.round.view as PassStarConsole) : null);
const holderView = (v: TabletView): Extract<PassStarTablet, { role: 'holder' }> | null => {
  const view = v.round?.activity === 'pass-star' ? (v.round.view as PassStarTablet) : null;
  return view?.role === 'holder' ? view : null;
};

/** A friend is four times as likely to get the star: that is the tie the sociogram should show. */
const FRIEND_WEIGHT = 4;

export async function playPassStar(ctx: PlayContext, planIndex: number, script: PassStarScript): Promise<RoundOutcome> {
  const { room, prng } = ctx;
  const number = await room.startPlanned(planIndex, 'pass-star');
  let holder = demoChild(script.first);
  await room.console.send({ type: 'star.give', to: room.id(holder) });
  let passes = 0;
  // "Everyone once": the round ends by itself when the last child has had the star.
  for (let guard = 0; guard <= ctx.present.length; guard++) {
    const view = await room.tablet(holder).until('the star', (v) => holderView(v) !== null);
    const targets = holderView(view)?.targets.filter((x) => x.available) ?? [];
    if (targets.length === 0) break;
    const byId = new Map(ctx.present.map((c) => [room.id(c), c]));
    const candidates = targets.map((x) => byId.get(x.childId)).filter((c): c is DemoChild => c !== undefined);
    const to = prng.pick(candidates, (c) => (c.key === holder.friend ? FRIEND_WEIGHT : 1));
    // The holder says their line before passing (a name, something they like, a thank-you).
    await ctx.airtime(prng.int(250, 550));
    await room.tablet(holder).send({ type: 'star.pass', to: room.id(to) });
    passes++;
    const toId = room.id(to);
    const after = await room.console.until(`the star with ${to.nickname}`, (v) => starOf(v)?.holder === toId || v.roundsDone.some((r) => r.number === number));
    if (after.round?.number !== number) break;
    holder = to;
  }
  await room.roundClosed(number);
  if (passes < ctx.present.length - 1) throw new DemoError(`the star went round ${passes} times among ${ctx.present.length} children`);
  return { detail: fill(ctx.t.starDetail, { passes }) };
}
