// Narrow readers of event payloads: the metrics read `unknown` payloads and skip anything malformed.
import { OBSERVATION_TAGS, type ObservationTag } from './types';

export type Payload = Readonly<Record<string, unknown>>;

export function payloadOf(p: unknown): Payload | null {
  return typeof p === 'object' && p !== null && !Array.isArray(p) ? (p as Payload) : null;
}

export function str(p: Payload, key: string): string | null {
  const v = p[key];
  return typeof v === 'string' ? v : null;
}

/** A finite number, or null (a duration of NaN must not poison a sum). */
export function num(p: Payload, key: string): number | null {
  const v = p[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Child ids of a `roster` array of entries `{ childId }` (session.started, roster.synced). */
export function rosterIds(p: Payload): string[] {
  const roster = p['roster'];
  if (!Array.isArray(roster)) return [];
  const ids: string[] = [];
  for (const entry of roster as unknown[]) {
    const e = payloadOf(entry);
    const id = e ? str(e, 'childId') : null;
    if (id !== null) ids.push(id);
  }
  return ids;
}

const TAGS = new Set<string>(OBSERVATION_TAGS);

export function isObservationTag(x: unknown): x is ObservationTag {
  return typeof x === 'string' && TAGS.has(x);
}

export function zeroTags(): Record<ObservationTag, number> {
  const out = {} as Record<ObservationTag, number>;
  for (const t of OBSERVATION_TAGS) out[t] = 0;
  return out;
}
