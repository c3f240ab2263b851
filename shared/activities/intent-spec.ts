// How an activity declares its intents once: the roles allowed and the payload schema; types derive from it.
import type * as v from 'valibot';
import type { ActivityActor } from './activity';

export interface IntentSpec<E extends v.ObjectEntries = v.ObjectEntries> {
  roles: readonly ActivityActor['role'][];
  entries: E;
}

export type IntentSpecs = Record<string, IntentSpec>;

/** The union of intents a spec map describes: `{ type: K } & payload` for each key. */
export type IntentsOf<M extends IntentSpecs> = {
  [K in keyof M & string]: { type: K } & v.InferOutput<v.ObjectSchema<M[K]['entries'], undefined>>;
}[keyof M & string];

export function intentSpecs<M extends IntentSpecs>(m: M): M {
  return m;
}
