// What a replay sentence is made from: names, the dictionary, its language; and the per-type describer table.
import type { Dict } from '../i18n';
import type { EventBody, EventType } from '../session/events';
import type { Language } from '../session/roster';

export interface Telling {
  name: (childId: string) => string;
  t: Dict;
  lang: Language;
  /** A duration in words ("1 min 5 s"), and names joined ("Lili, Tao and Mei"), in this language. */
  duration: (ms: number) => string;
  list: (names: readonly string[]) => string;
}

/** One describer per event type: typed as a full record, so a new event type without one fails the build. */
export type Describers<T extends EventType> = { [K in T]: (e: Extract<EventBody, { type: K }>, w: Telling) => string | null };
