// Erasing one child from a session log: the child becomes an anonymous placeholder, so every count stays the same.
import type { SessionEvent } from '../session/events';

export interface ErasureTarget {
  /** The id the child had. */
  childId: string;
  /** The random id that stands in for the child from now on (`erased-…`). */
  placeholderId: string;
  /** The child's nickname, so free text that mentions it can be cleared too. */
  nickname: string;
}

/** What a placeholder is called wherever a nickname was stored: nothing. */
export const ERASED_NICKNAME = '';
/** What replaces the nickname inside staff free text (notes, titles, goals). */
export const ERASED_MENTION = '…';
/** The device of the erased child's seat events: a tablet the child used could be the family's own. */
export const ERASED_DEVICE = 'erased';
/** Prefix of placeholder ids, so the console and review can tell them apart. */
export const ERASED_PREFIX = 'erased-';

/** Keys whose string values are staff free text that may mention a child by nickname. */
export const FREE_TEXT_KEYS: ReadonlySet<string> = new Set(['note', 'title', 'goal']);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replaces every mention of `nickname` in a free-text string (case-insensitively for letters). */
export function scrubMention(text: string, nickname: string): string {
  const name = nickname.trim();
  if (!name) return text;
  return text.replace(new RegExp(escapeRegExp(name), 'giu'), ERASED_MENTION);
}

/** Deep copy of `value` with the id swapped wherever it is a whole string or an object key. */
function swapId(value: unknown, from: string, to: string): unknown {
  if (typeof value === 'string') return value === from ? to : value;
  if (Array.isArray(value)) return value.map((v) => swapId(v, from, to));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k === from ? to : k] = swapId(v, from, to);
    return out;
  }
  return value;
}

/** Deep copy of `value` with the nickname cleared from every free-text field (notes of other children included). */
export function scrubFreeText<T>(value: T, nickname: string): T {
  const walk = (v: unknown, key: string | null): unknown => {
    if (typeof v === 'string') return key !== null && FREE_TEXT_KEYS.has(key) ? scrubMention(v, nickname) : v;
    if (Array.isArray(v)) return v.map((x) => walk(x, null));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return walk(value, null) as T;
}

type Payload = Record<string, unknown>;
const isRecord = (x: unknown): x is Payload => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The event with the child erased: the id everywhere (payload values and keys, the actor), the nickname in
 * roster snapshots and free text, the note of an observation about the child, and the child's device hash.
 * Numbers, answers and every other child's data stay as they were, so totals and check-in statistics hold.
 * Returns the same object when the event does not name the child.
 */
export function eraseChildFromEvent(event: SessionEvent, target: ErasureTarget): SessionEvent {
  const { childId, placeholderId, nickname } = target;
  const payload = scrubFreeText(swapId(event.payload, childId, placeholderId), nickname) as Payload;
  const actor = event.actor.kind === 'seat' && event.actor.childId === childId ? { kind: 'seat' as const, childId: placeholderId } : event.actor;

  if (Array.isArray(payload.roster)) {
    payload.roster = payload.roster.map((entry: unknown) =>
      isRecord(entry) && entry.childId === placeholderId ? { ...entry, nickname: ERASED_NICKNAME } : entry,
    );
  }
  if (payload.childId === placeholderId) {
    // A note about the child is staff's words about them: it goes with the child.
    if (event.type === 'observation.tagged') delete payload.note;
    if (typeof payload.deviceHash === 'string') payload.deviceHash = ERASED_DEVICE;
  }

  const changed = actor !== event.actor || JSON.stringify(payload) !== JSON.stringify(event.payload);
  return changed ? ({ ...event, actor, payload } as SessionEvent) : event;
}

/** A new placeholder id; `random` gives url-safe random characters (the server passes crypto randomness). */
export function placeholderId(random: string): string {
  return `${ERASED_PREFIX}${random}`;
}
