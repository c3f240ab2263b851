// What every round script gets: the live room, who is here, the seeded choices, the words, and airtime pauses.
import type { Instrument } from '../../../shared/instruments/schema';
import type { Language } from '../../../shared/session/roster';
import type { Prng } from '../../../shared/random/seeded';
import type { DemoRoom } from '../room';
import type { DemoChild } from '../roster';
import type { DemoTexts } from '../texts';

export interface PlayContext {
  room: DemoRoom;
  /** The children seated this session, in roster order. */
  present: readonly DemoChild[];
  prng: Prng;
  lang: Language;
  t: DemoTexts;
  /** The check-in instrument the demo group answers. */
  instrument: Instrument;
  /**
   * A deliberate pause that gives a child airtime (a presentation, holding the star, reading an item),
   * scaled by the demo's pace. Never used to wait for the server: that is what views are awaited for.
   */
  airtime(ms: number): Promise<void>;
}

/** The line the demo prints about a round once it has ended. */
export interface RoundOutcome {
  detail: string;
}

/** How the demo plays one round of an activity, from its script (`kind` is the activity id). */
export type DemoPlay<S> = (ctx: PlayContext, planIndex: number, script: S) => Promise<RoundOutcome>;
