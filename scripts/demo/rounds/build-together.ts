// A Build Together round: one friend asks for help and another shows where the piece goes, then everyone builds.
import type { BuildTogetherConsole, BuildTogetherTablet } from '../../../shared/activities/build-together';
import { fill } from '../../../shared/i18n';
import type { ConsoleView, TabletView } from '../../../shared/session/views';
import { DemoError } from '../errors';
import { demoChild, type DemoChild } from '../roster';
import type { PlayContext, RoundOutcome } from './context';

export interface BuildScript {
  kind: 'build-together';
  /** A child who asks for help with a piece, and the friend who helps. */
  helpAsker: string;
  helper: string;
  /** Turns mode: children who pass their first turn (a pass is fine, the turn moves on). */
  passesOnce?: readonly string[];
}

const buildOf = (v: ConsoleView): BuildTogetherConsole | null => (v.round?.activity === 'build-together' ? (v.round.view as BuildTogetherConsole) : null);
const tabletBuild = (v: TabletView): BuildTogetherTablet | null => (v.round?.activity === 'build-together' ? (v.round.view as BuildTogetherTablet) : null);
const filledIn = (b: BuildTogetherTablet) => b.slots.filter((s) => s.filled).length;

export async function playBuildTogether(ctx: PlayContext, planIndex: number, script: BuildScript): Promise<RoundOutcome> {
  const { room, prng } = ctx;
  const number = await room.startPlanned(planIndex, 'build-together');
  const running = (v: ConsoleView) => v.round?.number === number;
  const helped = await askAndHelp(ctx, demoChild(script.helpAsker), demoChild(script.helper));
  const byId = new Map(ctx.present.map((c) => [room.id(c), c]));
  const passed = new Set<string>();
  let pieces = 0;
  let nextInCircle = 0;

  for (let guard = 0; guard < 200; guard++) {
    const cv = room.console.latest!;
    const build = running(cv) ? buildOf(cv) : null;
    if (!build || build.completed) break;
    let child: DemoChild | undefined;
    if (build.turnMode === 'turns') {
      child = build.turn ? byId.get(build.turn.childId) : undefined;
      if (!child) throw new DemoError('Build Together: nobody is on turn');
      if (script.passesOnce?.includes(child.key) && !passed.has(child.key)) {
        passed.add(child.key);
        const since = build.turn!.since;
        await room.tablet(child).send({ type: 'build.pass' });
        await room.console.until(`the turn after ${child.nickname}'s pass`, (v) => !running(v) || buildOf(v)?.turn?.since !== since);
        continue;
      }
    } else {
      // Free building: round the circle, each child with pieces adding one at a time.
      for (let i = 0; i < ctx.present.length && !child; i++) {
        const c = ctx.present[(nextInCircle + i) % ctx.present.length]!;
        if ((build.children.find((x) => x.childId === room.id(c))?.hand.length ?? 0) > 0) {
          child = c;
          nextInCircle = (ctx.present.indexOf(c) + 1) % ctx.present.length;
        }
      }
      if (!child) throw new DemoError('Build Together: pieces are left but nobody holds one');
    }
    const tablet = room.tablet(child);
    // This tablet's picture must be at least as far along as the console's before the child picks a place.
    const caughtUp = (v: TabletView) => {
      const b = tabletBuild(v);
      return !!b && filledIn(b) >= build.filledCount && b.hand.length > 0;
    };
    const view = tabletBuild(await tablet.until('the latest picture', caughtUp))!;
    const piece = view.hand.find((p) => helped?.child === child && p.pieceId === helped.pieceId) ?? view.hand[0]!;
    const hint = view.myHelp?.pieceId === piece.pieceId ? view.myHelp.hint : [];
    const slot = hint[0] ?? view.slots.find((s) => !s.filled && s.shape === piece.shape && s.colour === piece.colour)?.slotId;
    if (!slot) throw new DemoError(`Build Together: no empty place fits ${child.nickname}'s piece`);
    await ctx.airtime(prng.int(30, 90));
    await tablet.send({ type: 'build.place', pieceId: piece.pieceId, slotId: slot });
    pieces++;
    await room.console.until(`${child.nickname}'s piece in the picture`, (v) => !running(v) || (buildOf(v)?.filledCount ?? 0) > build.filledCount);
  }
  // A full picture ends the round by itself.
  await room.roundClosed(number);
  return { detail: fill(ctx.t.buildDetail, { pieces, helps: helped ? 1 : 0 }) };
}

/** The asker taps "help" on a piece; the helper sees the request on their tablet and shows where it goes. */
async function askAndHelp(ctx: PlayContext, asker: DemoChild, helper: DemoChild): Promise<{ child: DemoChild; pieceId: string } | null> {
  const { room } = ctx;
  const here = new Set(ctx.present.map((c) => c.key));
  if (!here.has(asker.key) || !here.has(helper.key)) return null;
  const view = tabletBuild(await room.tablet(asker).until('a hand of pieces', (v) => (tabletBuild(v)?.hand.length ?? 0) > 0))!;
  const pieceId = view.hand[0]!.pieceId;
  await room.tablet(asker).send({ type: 'build.ask-help', pieceId });
  const askerId = room.id(asker);
  await room.tablet(helper).until(`${asker.nickname} asking for help`, (v) => tabletBuild(v)?.friendsAsking.some((f) => f.child.childId === askerId) ?? false);
  await ctx.airtime(300);
  await room.tablet(helper).send({ type: 'build.help', to: askerId });
  await room.tablet(asker).until(`${helper.nickname}'s help`, (v) => tabletBuild(v)?.myHelp?.helpedBy?.childId === room.id(helper));
  return { child: asker, pieceId };
}
