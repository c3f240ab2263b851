// How an activity declares its events once: a payload schema per event type; the event union and constructors derive from it.
import * as v from 'valibot';

/** Event type → schema of its payload (as logged, so a stored log always parses with it). */
export type EventSchemas = Record<string, v.GenericSchema>;

/** The union of events a schema map describes: `{ type: K; payload }` for each key. */
export type EventsOf<M extends EventSchemas> = {
  [K in keyof M & string]: { type: K; payload: v.InferOutput<M[K]> };
}[keyof M & string];

/** The payload of event type K in a schema map. */
export type PayloadOf<M extends EventSchemas, K extends keyof M> = v.InferOutput<M[K]>;

export function eventSchemas<M extends EventSchemas>(m: M): M {
  return m;
}

/**
 * A typed constructor for an activity's events: `make('<type>', payload)` is checked by
 * TypeScript against the declared schema (used by rules and by test fixtures alike).
 */
export function eventMaker<M extends EventSchemas>(_schemas: M) {
  return <K extends keyof M & string>(type: K, payload: v.InferOutput<M[K]>): { type: K; payload: v.InferOutput<M[K]> } => ({ type, payload });
}

/**
 * One stored event read back with an activity's own schemas: typed, or null when the type is not declared
 * there or the payload does not match its declaration (a malformed stored payload is skipped, never trusted).
 */
export function parseEvent<M extends EventSchemas>(schemas: M, e: { type: string; payload: unknown }): EventsOf<M> | null {
  if (!Object.hasOwn(schemas, e.type)) return null;
  const r = v.safeParse(schemas[e.type]!, e.payload);
  return r.success ? ({ type: e.type, payload: r.output } as EventsOf<M>) : null;
}
