// The research event log (events.csv): children as codes, any other child as OTHER (so it agrees with measures.csv), free text on request.
import { toCsv } from '../../shared/export/csv';
import { localTimestamp } from '../../shared/review/local-time';
import type { Actor } from '../../shared/session/events';
import type { Child } from '../store/groups-repo';
import { consented } from './exports';
import { FREE_TEXT_KEYS, NicknameScrubber } from './free-text';
import type { SessionLog } from './group-logs';

/** Stands in for a child without research consent (or an erased child) wherever an exported event names one. */
export const OTHER_CHILD = 'OTHER';

export interface EventsExportOptions {
  /** The centre's time zone: `at` is its wall clock with the offset (exact, and the day the centre lived). */
  timeZone: string;
  /**
   * Staff free text (observation notes, plan notes, programme titles and goals): left out unless asked for,
   * as staff may name children in it; when asked for, with every nickname of the group replaced.
   */
  freeText?: boolean;
}

/** Who an event names: a consented child (kept) or only other children (the event is theirs alone: left out). */
interface Named {
  consented: boolean;
  other: boolean;
}

class Pseudonyms {
  private readonly codes: ReadonlyMap<string, string>;
  private readonly others: ReadonlySet<string>;
  private readonly names: NicknameScrubber | null;

  constructor(children: readonly Child[], logs: readonly SessionLog[], freeText: boolean) {
    this.codes = consented(children);
    this.others = new Set(children.filter((c) => !this.codes.has(c.id)).map((c) => c.id));
    this.names = freeText
      ? new NicknameScrubber(
          everyNickname(children, logs).map(([id, name]) => [name, this.codes.get(id) ?? OTHER_CHILD]),
          OTHER_CHILD,
        )
      : null;
  }

  /**
   * A deep copy with every child id swapped: a consented child's for their code, any other child's for OTHER.
   * A map keyed by another child (hands dealt, turns so far) loses that entry: it is only that child's.
   */
  payload(value: unknown, named: Named): unknown {
    if (typeof value === 'string') return this.swap(value, named);
    if (Array.isArray(value)) return value.map((v) => this.payload(v, named));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        if (this.others.has(k)) continue;
        if (FREE_TEXT_KEYS.has(k) && typeof v === 'string') {
          if (this.names) out[k] = this.names.scrub(v);
          continue;
        }
        out[this.swap(k, named)] = this.payload(v, named);
      }
      return out;
    }
    return value;
  }

  actor(actor: Actor, named: Named): string {
    return actor.kind === 'seat' ? this.swap(actor.childId, named) : actor.kind;
  }

  /** The roster snapshot of a session start or sync: the consented children's codes, nicknames never. */
  roster(payload: unknown): { children: string[] } {
    const roster = (payload as { roster?: { childId: string }[] }).roster ?? [];
    return { children: roster.flatMap((r) => this.codes.get(r.childId) ?? []) };
  }

  private swap(value: string, named: Named): string {
    const code = this.codes.get(value);
    if (code !== undefined) return ((named.consented = true), code);
    if (this.others.has(value)) return ((named.other = true), OTHER_CHILD);
    return value;
  }
}

/** [child id, nickname] for every name a child of the group has had: now, and in each session's roster. */
function everyNickname(children: readonly Child[], logs: readonly SessionLog[]): [string, string][] {
  const names: [string, string][] = children.map((c) => [c.id, c.nickname]);
  for (const { events } of logs) {
    for (const e of events) {
      if (e.type === 'session.started' || e.type === 'roster.synced') for (const r of e.payload.roster) names.push([r.childId, r.nickname]);
    }
  }
  return names;
}

interface Row {
  session: number;
  seq: number;
  at: string;
  type: string;
  actor: string;
  payload: string;
}

/**
 * Every event of the group's sessions that a consented child's numbers may depend on, so each consented
 * child's counts in measures.csv can be recomputed from this file. An event that names only children without
 * consent is theirs alone and left out; one that also names a consented child is kept with the others as OTHER.
 */
export function eventsCsv(logs: readonly SessionLog[], children: readonly Child[], options: EventsExportOptions): string {
  const ids = new Pseudonyms(children, logs, options.freeText === true);
  const rows: Row[] = [];
  logs.forEach(({ events }, i) => {
    for (const e of events) {
      const named: Named = { consented: false, other: false };
      // Device hashes identify a tablet, not a child's participation: they never leave the server.
      const { deviceHash: _device, ...rest } = e.payload as Record<string, unknown>;
      const payload = e.type === 'session.started' || e.type === 'roster.synced' ? ids.roster(rest) : ids.payload(rest, named);
      const actor = ids.actor(e.actor, named);
      if (named.other && !named.consented) continue;
      rows.push({ session: i + 1, seq: e.seq, at: localTimestamp(e.at, options.timeZone), type: e.type, actor, payload: JSON.stringify(payload) });
    }
  });
  return toCsv<Row>(
    [
      { name: 'session', value: (r) => r.session },
      { name: 'seq', value: (r) => r.seq },
      { name: 'at', value: (r) => r.at },
      { name: 'type', value: (r) => r.type },
      { name: 'actor', value: (r) => r.actor },
      { name: 'payload', value: (r) => r.payload },
    ],
    rows,
  );
}
