// A Spotlight round: the console offers each child a turn; they present for a moment (or pass) while friends react.
import type { SpotlightConsole, SpotlightTablet } from '../../../shared/activities/spotlight';
import { fill } from '../../../shared/i18n';
import { REACTION_KINDS } from '../../../shared/session/reactions';
import type { ConsoleView, TabletView } from '../../../shared/session/views';
import { DemoError } from '../errors';
import { demoChild, type DemoChild } from '../roster';
import type { PlayContext, RoundOutcome } from './context';

export interface SpotlightScript {
  kind: 'spotlight';
  /** Who is offered a turn, in this order (children not here are left out). */
  order: readonly string[];
  /** Children who pass when offered: always allowed, never penalised. */
  passes: readonly string[];
  /** Children who ask for another card before they start. */
  swapsCard: readonly string[];
  /** Children the facilitator gives a "brave" badge after their turn. */
  badges: readonly string[];
}

const spotlightOf = (v: ConsoleView): SpotlightConsole | null => (v.round?.activity === 'spotlight' ? (v.round.view as SpotlightConsole) : null);
const presenterView = (v: TabletView): Extract<SpotlightTablet, { role: 'presenter' }> | null => {
  const view = v.round?.activity === 'spotlight' ? (v.round.view as SpotlightTablet) : null;
  return view?.role === 'presenter' ? view : null;
};

interface Turn {
  child: DemoChild;
  passes: boolean;
  swaps: boolean;
  badge: boolean;
  /** How long the child talks, and after how long each friend reacts. */
  speakMs: number;
  reactions: { from: DemoChild; afterMs: number; kind: (typeof REACTION_KINDS)[number] }[];
}

export async function playSpotlight(ctx: PlayContext, planIndex: number, script: SpotlightScript): Promise<RoundOutcome> {
  const { room, prng } = ctx;
  const here = new Set(ctx.present.map((c) => c.key));
  const turns: Turn[] = script.order
    .filter((k) => here.has(k))
    .map((key) => {
      const child = demoChild(key);
      const passes = script.passes.includes(key);
      const speakMs = passes ? 0 : prng.int(1000, 2500);
      const audience = ctx.present.filter((c) => c.key !== key);
      const reactions: Turn['reactions'] = [];
      if (!passes) {
        // The friend reacts first; then one or two others.
        const friend = audience.find((c) => c.key === child.friend);
        const others = audience.filter((c) => c !== friend);
        const from = [...(friend ? [friend] : []), ...Array.from({ length: prng.int(1, 2) }, () => prng.pick(others))];
        for (const f of new Set(from)) reactions.push({ from: f, afterMs: prng.int(200, speakMs - 200), kind: prng.pick(REACTION_KINDS) });
        reactions.sort((a, b) => a.afterMs - b.afterMs);
      }
      return { child, passes, swaps: script.swapsCard.includes(key), badge: script.badges.includes(key), speakMs, reactions };
    });

  const number = await room.startPlanned(planIndex, 'spotlight');
  let reactionsSent = 0;
  for (const turn of turns) {
    const id = room.id(turn.child);
    const tablet = room.tablet(turn.child);
    await room.console.send({ type: 'spotlight.offer', childId: id });
    const offered = await tablet.until('the Spotlight offer', (v) => presenterView(v)?.phase === 'offered');
    if (turn.passes) {
      await tablet.send({ type: 'spotlight.pass' });
      await room.console.until(`${turn.child.nickname}'s pass`, (v) => spotlightOf(v)?.phase === 'idle');
      continue;
    }
    if (turn.swaps) {
      const first = presenterView(offered)!.card.id;
      await tablet.send({ type: 'spotlight.another-card' });
      await tablet.until('another card', (v) => presenterView(v)?.card.id !== first);
    }
    await tablet.send({ type: 'spotlight.ready' });
    await room.console.until(`${turn.child.nickname} presenting`, (v) => spotlightOf(v)?.phase === 'presenting');
    let spoken = 0;
    for (const r of turn.reactions) {
      await ctx.airtime(r.afterMs - spoken);
      spoken = r.afterMs;
      // The server turns away a child tapping reactions too fast (only at a fast pace): that tap is simply lost.
      const sent = await room.tablet(r.from).trySend({ type: 'reaction', kind: r.kind });
      if (sent.ok) reactionsSent++;
      else if (sent.code !== 'reaction.too_fast') throw new DemoError(`${r.from.nickname}'s tablet: reaction was refused (${sent.code})`);
    }
    await ctx.airtime(turn.speakMs - spoken);
    await tablet.send({ type: 'spotlight.done' });
    await room.console.until(`${turn.child.nickname}'s turn ended`, (v) => spotlightOf(v)?.phase === 'idle');
    if (turn.badge) await room.console.send({ type: 'spotlight.badge', childId: id });
  }
  await room.endRound(number);
  const passed = turns.filter((t) => t.passes).length;
  return { detail: fill(ctx.t.spotlightDetail, { presented: turns.length - passed, passed, reactions: reactionsSent }) };
}
