// The demo's rounds: one line per activity the demo plays, each loaded from its own file when a round needs it.
import type { ActivityId } from '../../../shared/activities/registry';
import type { DemoPlay } from './context';

// Optional per activity: a new activity plays in the demo once it has a file here and a line below (alphabetical).
export const DEMO_ROUNDS = {
  'build-together': () => import('./build-together').then((m) => m.playBuildTogether),
  checkin: () => import('./checkin').then((m) => m.playCheckin),
  'pass-star': () => import('./pass-star').then((m) => m.playPassStar),
  spotlight: () => import('./spotlight').then((m) => m.playSpotlight),
  'strength-garden': () => import('./strength-garden').then((m) => m.playStrengthGarden),
} satisfies { [K in ActivityId]?: () => Promise<DemoPlay<never>> };

type Played = keyof typeof DEMO_ROUNDS;
type ScriptOf<K extends Played> = Parameters<Awaited<ReturnType<(typeof DEMO_ROUNDS)[K]>>>[2];

// A round's script names its activity in `kind`: a play filed under another activity's id fails the build.
type KindsMatch = { [K in Played]: ScriptOf<K> extends { kind: K } ? true : never }[Played];
const kindsMatch: KindsMatch = true;
void kindsMatch;

/** A round of the demo's script: the script type of whichever activity's round it is. */
export type DemoRoundScript = { [K in Played]: ScriptOf<K> }[Played];

/** Plays a round with its activity's demo file. */
export async function playRound(ctx: Parameters<DemoPlay<unknown>>[0], planIndex: number, round: DemoRoundScript) {
  // Each activity's play is only handed a script of its own kind (the key is the script's kind).
  const play = (await DEMO_ROUNDS[round.kind]()) as DemoPlay<DemoRoundScript>;
  return play(ctx, planIndex, round);
}
