// Drives the load: every tablet sends wave / reaction intents at a jittered rate and each send and ack is recorded.
import type { Intent } from '../../shared/protocol/intents';
import type { IntentResult } from '../../shared/protocol/messages';
import { REACTIONS_PER_WINDOW, REACTION_WINDOW_MS } from '../../shared/protocol/limits';
import { REACTION_KINDS } from '../../shared/session/reactions';
import type { BenchSocket, ConnectedRoom } from './load-clients';
import { waitUntil } from './pool';

export interface IntentRecord {
  id: string;
  room: number;
  type: 'wave' | 'reaction';
  sentAt: number;
  /** Sent inside the measured window (not warm-up). */
  measured: boolean;
  result?: IntentResult;
  /** Set when no ack came within the ack timeout, or the socket dropped. */
  failure?: string;
}

export interface LoadPlan {
  ratePerTablet: number;
  warmupMs: number;
  measureMs: number;
  /** Called exactly when the measured window opens and closes (CPU, wall-clock and log-window marks). */
  onWindowStart: () => void;
  onWindowEnd: () => void;
}

export interface LoadResult {
  records: IntentRecord[];
  /** Whether every ack arrived and every screen caught up before the drain timeout. */
  drained: boolean;
}

const ACK_TIMEOUT_MS = 15_000;
const DRAIN_TIMEOUT_MS = 15_000;
// The server allows 3 reactions per 2 s per child, timed when it decides. A reaction occupies a slot until 2 s after
// its ack (the decision happened before the ack), so however slow the server is, the bench never trips the limit.
// A retried reaction keeps its slot until its last attempt is answered, so a retry never trips it either.
export interface ReactionSlot {
  ackedAt: number | undefined;
}

/** One tablet's next intents: wave and reaction alternate, a reaction only while a slot is free. */
export class IntentMaker {
  private slots: ReactionSlot[] = [];
  private n = 0;

  constructor(private readonly idPrefix: string) {}

  next(now: number): { intent: Intent; slot: ReactionSlot | undefined } {
    this.slots = this.slots.filter((s) => s.ackedAt === undefined || now - s.ackedAt < REACTION_WINDOW_MS);
    const wantReaction = this.n % 2 === 1 && this.slots.length < REACTIONS_PER_WINDOW;
    const id = `${this.idPrefix}-${this.n++}`;
    const kind = REACTION_KINDS[Math.floor(Math.random() * REACTION_KINDS.length)] ?? 'clap';
    const intent: Intent = wantReaction ? { id, type: 'reaction', kind } : { id, type: 'wave' };
    const slot: ReactionSlot | undefined = wantReaction ? { ackedAt: undefined } : undefined;
    if (slot) this.slots.push(slot);
    return { intent, slot };
  }
}

function tabletLoop(
  room: ConnectedRoom,
  tablet: BenchSocket,
  tabletNo: number,
  plan: LoadPlan,
  clock: { measuring: boolean; stopAt: number },
  records: IntentRecord[],
  runId: string,
): Promise<void> {
  const meanGapMs = 1000 / plan.ratePerTablet;
  const maker = new IntentMaker(`b${runId}-${room.index}-${tabletNo}`);
  return new Promise((resolve) => {
    const send = () => {
      const now = performance.now();
      const { intent, slot } = maker.next(now);
      const rec: IntentRecord = {
        id: intent.id,
        room: room.index,
        type: intent.type === 'reaction' ? 'reaction' : 'wave',
        sentAt: now,
        measured: clock.measuring,
      };
      records.push(rec);
      tablet
        .timeout(ACK_TIMEOUT_MS)
        .emitWithAck('intent', intent)
        .then(
          (r) => (rec.result = r),
          (err: unknown) => (rec.failure = err instanceof Error ? err.message : String(err)),
        )
        .finally(() => {
          if (slot) slot.ackedAt = performance.now();
        });
    };
    const tick = () => {
      if (performance.now() >= clock.stopAt || !tablet.connected) return resolve();
      send();
      setTimeout(tick, meanGapMs * (0.5 + Math.random()));
    };
    // A random phase, so 1,000 tablets do not fire in lockstep.
    setTimeout(tick, Math.random() * meanGapMs);
  });
}

export async function runLoad(rooms: readonly ConnectedRoom[], plan: LoadPlan): Promise<LoadResult> {
  const records: IntentRecord[] = [];
  const runId = Math.random().toString(36).slice(2, 8);
  const start = performance.now();
  const clock = { measuring: false, stopAt: start + plan.warmupMs + plan.measureMs };
  const windowOpen = setTimeout(() => {
    clock.measuring = true;
    plan.onWindowStart();
  }, plan.warmupMs);
  const windowClose = setTimeout(() => {
    clock.measuring = false;
    plan.onWindowEnd();
  }, plan.warmupMs + plan.measureMs);
  const loops = rooms.flatMap((room) => room.tablets.map((t, i) => tabletLoop(room, t, i, plan, clock, records, runId)));
  await Promise.all(loops);
  // Timers may fire a hair after the loops end; wait for both marks so the window is always closed.
  await waitUntil(() => performance.now() >= clock.stopAt && !clock.measuring, 2000);
  clearTimeout(windowOpen);
  clearTimeout(windowClose);

  const settled = await waitUntil(() => records.every((r) => r.result !== undefined || r.failure !== undefined), DRAIN_TIMEOUT_MS);
  const caughtUp = await screensCaughtUp(rooms, records, DRAIN_TIMEOUT_MS);
  return { records, drained: settled && caughtUp };
}

/** Waits (bounded) until each room's screen has seen the highest seq acked in that room; returns whether it did. */
export function screensCaughtUp(rooms: readonly ConnectedRoom[], records: readonly IntentRecord[], timeoutMs: number): Promise<boolean> {
  const maxAckedSeq = new Map<number, number>();
  for (const r of records) {
    if (r.result?.ok) maxAckedSeq.set(r.room, Math.max(maxAckedSeq.get(r.room) ?? 0, r.result.seq));
  }
  return waitUntil(() => rooms.every((room) => room.recorder.maxVersion >= (maxAckedSeq.get(room.index) ?? 0)), timeoutMs);
}
