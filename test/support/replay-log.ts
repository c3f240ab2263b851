// A whole session for the replay tests, played through the real room (harness): every activity, cheers, a note, a drop-out.
import type { BuildTogetherTablet } from '../../shared/activities/build-together';
import type { CheckinTablet } from '../../shared/activities/checkin';
import type { PassStarScreen } from '../../shared/activities/pass-star';
import type { SessionEvent } from '../../shared/session/events';
import { harness, type Harness } from './activity-harness';

const must = async (p: Promise<{ ok: boolean }>, what: string) => {
  const r = await p;
  if (!r.ok) throw new Error(`${what}: ${JSON.stringify(r)}`);
};

async function passStar(h: Harness): Promise<void> {
  await must(h.staff({ type: 'round.start', activity: 'pass-star', settings: { firstHolder: 'facilitator', everyoneOnce: true } }), 'star round');
  await must(h.staff({ type: 'star.give', to: h.ids[0]! }), 'give');
  for (let i = 0; i < h.ids.length - 1; i++) {
    h.wait(3000);
    const holder = (h.screenView().round!.view as PassStarScreen).holder!;
    await must(h.child(h.ids.indexOf(holder), { type: 'star.pass', to: h.ids[i + 1]! }), 'pass');
  }
}

async function spotlight(h: Harness): Promise<void> {
  await must(h.staff({ type: 'round.start', activity: 'spotlight' }), 'spotlight round');
  await must(h.staff({ type: 'spotlight.offer', childId: h.ids[1]! }), 'offer');
  h.wait(2000);
  await must(h.child(1, { type: 'spotlight.ready' }), 'ready');
  for (const i of [0, 2, 0]) {
    h.wait(1500);
    await must(h.child(i, { type: 'reaction', kind: 'clap' }), 'clap');
  }
  h.wait(37_500);
  await must(h.child(1, { type: 'spotlight.done' }), 'done');
  await must(h.staff({ type: 'observation.tag', childId: h.ids[1]!, tag: 'helped-peer', note: 'helped Mei tie a shoe' }), 'tag');
  await must(h.staff({ type: 'spotlight.offer', childId: h.ids[2]! }), 'offer 2');
  h.wait(4000);
  await must(h.child(2, { type: 'spotlight.pass' }), 'pass');
  await must(h.staff({ type: 'round.pause' }), 'pause');
  h.wait(5000);
  await must(h.staff({ type: 'round.resume' }), 'resume');
  await must(h.staff({ type: 'round.end' }), 'end spotlight');
}

async function build(h: Harness): Promise<void> {
  await must(h.staff({ type: 'round.start', activity: 'build-together', settings: { design: 'rocket' } }), 'build round');
  const tab = (i: number) => h.tabletView(i).round?.view as BuildTogetherTablet | undefined;
  const first = tab(0)!;
  await must(h.child(0, { type: 'build.ask-help', pieceId: first.hand[0]!.pieceId }), 'ask help');
  await must(h.child(1, { type: 'build.help', to: h.ids[0]! }), 'help');
  // Round robin, one piece each, until the picture closes the round.
  for (let guard = 0; guard < 200 && h.screenView().round; guard++) {
    const i = guard % h.ids.length;
    const v = tab(i);
    const piece = v?.hand[0];
    if (!v || !piece) continue;
    const slot = v.slots.find((s) => !s.filled && s.shape === piece.shape && s.colour === piece.colour)!;
    h.wait(700);
    await must(h.child(i, { type: 'build.place', pieceId: piece.pieceId, slotId: slot.slotId }), 'place');
  }
}

async function garden(h: Harness): Promise<void> {
  await must(h.staff({ type: 'round.start', activity: 'strength-garden' }), 'garden round');
  await must(h.child(0, { type: 'garden.pick', card: 'kind' }), 'pick');
  await must(h.child(1, { type: 'garden.pick', card: 'brave' }), 'pick');
  await must(h.child(1, { type: 'garden.unpick', card: 'brave' }), 'unpick');
  await must(h.child(1, { type: 'garden.pick', card: 'funny' }), 'pick');
  await must(h.staff({ type: 'garden.set-phase', phase: 'give' }), 'give phase');
  await must(h.staff({ type: 'garden.nudge', childId: h.ids[2]! }), 'nudge');
  await must(h.child(0, { type: 'garden.give', to: h.ids[2]!, card: 'kind' }), 'give');
  await must(h.child(1, { type: 'garden.give', to: h.ids[0]!, card: 'helpful' }), 'give');
  await must(h.staff({ type: 'garden.set-phase', phase: 'garden' }), 'garden phase');
  await must(h.staff({ type: 'round.end' }), 'end garden');
}

async function checkin(h: Harness): Promise<void> {
  await must(h.staff({ type: 'round.start', activity: 'checkin', settings: { instrument: 'rses' } }), 'checkin round');
  await must(h.child(0, { type: 'checkin.assent', yes: true, lang: 'en' }), 'assent');
  for (let n = 0; n < 10; n++) {
    const item = (h.tabletView(0).round!.view as CheckinTablet).item!;
    await must(h.child(0, { type: 'checkin.answer', itemId: item.id, option: 'strongly-agree' }), 'answer');
  }
  await must(h.child(1, { type: 'checkin.assent', yes: false }), 'decline');
  await must(h.staff({ type: 'round.end' }), 'end checkin');
}

/** The log of one session with every activity; children k1…k3 (Kid 1…Kid 3), k3 leaves before the end. */
export async function wholeSessionLog(): Promise<{ h: Harness; events: SessionEvent[] }> {
  const h = await harness(3, { seed: 11 });
  await must(h.staff({ type: 'eyes.set', on: true }), 'eyes');
  await must(h.staff({ type: 'eyes.set', on: false }), 'eyes off');
  await must(h.child(0, { type: 'wave' }), 'wave');
  await passStar(h);
  await spotlight(h);
  await build(h);
  await garden(h);
  await checkin(h);
  await must(h.child(2, { type: 'seat.leave' }), 'leave');
  await must(h.staff({ type: 'session.end' }), 'end');
  return { h, events: await h.events() };
}
