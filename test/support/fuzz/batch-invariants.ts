// What must hold of every batch a fuzzed room sent: versions in order, events from the log, nothing private to the wrong client.
import { isDeepStrictEqual } from 'node:util';
import { redactForConsole } from '../../../shared/activities/registry';
import type { BatchMessage } from '../../../shared/protocol/messages';
import type { SessionEvent } from '../../../shared/session/events';
import type { LocalClient } from '../local-transport';
import { InvariantError } from './invariants';

/** How far each client's batches were checked already (batches are only ever appended). */
const checked = new WeakMap<LocalClient, { count: number; lastSeq: number }>();

function fail(what: string, detail?: unknown): never {
  throw new InvariantError(detail === undefined ? what : `${what}: ${JSON.stringify(detail).slice(0, 1500)}`);
}

/** The child a tablet was seated as when it got the batch (its held view says), or null. */
function childOfTablet(batch: BatchMessage, held: string | null): string | null {
  const me = (batch.view as { me?: { childId?: string } | null } | undefined)?.me;
  return batch.view ? (me?.childId ?? null) : held;
}

/**
 * Each batch covers versions after the last one (a new connection may start again from what it names), every event
 * lies in its (fromSeq, toSeq] in order and is the log's event of that seq, no device hash is ever sent, and an event
 * an activity calls private (a check-in's answers) reaches only the tablet of the child it is about, and only
 * consoles get live numbers, those of the batch's own version.
 */
export function batchesHold(clients: readonly LocalClient[], log: ReadonlyMap<number, SessionEvent>): void {
  for (const c of clients) {
    const seen = checked.get(c) ?? { count: 0, lastSeq: 0 };
    let child: string | null = null;
    for (const [i, b] of c.batches.entries()) {
      if (c.who.kind === 'tablet') child = childOfTablet(b, child);
      if (i < seen.count) continue;
      if (!b.catchup && b.fromSeq < seen.lastSeq) fail(`${c.id} got a batch from ${b.fromSeq} after one up to ${seen.lastSeq}`);
      // Every child's numbers are in them: a screen or a tablet never gets them; a console's are as of the batch.
      if (b.metrics && c.who.kind !== 'staff') fail(`${c.id} got the group's live numbers`);
      if (b.metrics && b.metrics.version !== b.toSeq) fail(`${c.id}: numbers of version ${b.metrics.version} in a batch up to ${b.toSeq}`);
      let prev = b.fromSeq;
      for (const e of b.events) {
        if (e.seq <= prev || e.seq > b.toSeq) fail(`${c.id}: event ${e.seq} outside or out of order in batch (${b.fromSeq}, ${b.toSeq}]`);
        prev = e.seq;
        const logged = log.get(e.seq);
        if (!logged || logged.type !== e.type) fail(`${c.id}: batch event ${e.seq} ${e.type} is not the log's`, logged);
        if ('sessionId' in e || 'intentId' in e) fail(`${c.id}: an event travelled with its session or intent id`, e);
        if ('deviceHash' in e.payload && (e.payload as { deviceHash: string }).deviceHash !== '') fail(`${c.id}: a device hash left the room`, e);
        if (c.who.kind !== 'staff' && e.actor.kind === 'staff' && e.actor.staffId !== '')
          fail(`${c.id}: a staff account id reached a child's or the screen's page`);
        if (c.who.kind !== 'staff' && (e.type === 'observation.tagged' || e.type === 'observation.undone')) fail(`${c.id} got a facilitator's note`, e);
        if (c.who.kind !== 'staff' && e.type === 'round.started' && Object.keys(e.payload.history).length > 0) fail(`${c.id} got earlier sessions' turns`, e);
        const about = (e.payload as { childId?: unknown }).childId;
        const own = c.who.kind === 'tablet' && about === child;
        if (!own && !isDeepStrictEqual(redactForConsole(e), e)) fail(`${c.id} got another child's private event`, e);
      }
      seen.lastSeq = b.toSeq;
    }
    seen.count = c.batches.length;
    checked.set(c, seen);
  }
}
