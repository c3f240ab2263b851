// The seeded whole-room fuzz: random valid, stale and invalid intents from every role through a real Room, invariants after each step.
import { isDeepStrictEqual } from 'node:util';
import { Room } from '../../../server/rooms/room';
import type { EventStore } from '../../../server/store/event-store';
import { parseIntent, type Intent } from '../../../shared/protocol/intents';
import type { IntentResult } from '../../../shared/protocol/messages';
import { seeded } from '../../../shared/random/seeded';
import { AGE_BANDS, LANGUAGES, type RosterEntry } from '../../../shared/session/roster';
import type { SessionState } from '../../../shared/session/state';
import { DAILY_FAMILY } from '../../../shared/activities/checkin';
import { AVATAR_IDS } from '../../../shared/avatars';
import { BUILTIN_CATALOG } from '../activity-harness';
import { LocalClient } from '../local-transport';
import { LogFold } from './fold-check';
import { hintsOf, makeIntent, stringsOf } from './intent-maker';
import type { SessionEvent } from '../../../shared/session/events';
import { batchesHold } from './batch-invariants';
import { InvariantError, oneInFocus, tabletViews, privateStaysPrivate, seatsUnique, stateIsFoldOfLog, viewsMatchFold } from './invariants';
import { malformed, pick, type Draw } from './schema-values';

export interface FuzzReport {
  seed: number;
  steps: number;
  /** Intents the room accepted (new events), not counting answered repeats. */
  accepted: number;
  rejected: number;
  malformed: number;
  duplicates: number;
  /** Accepted intents per type. */
  acceptedTypes: Record<string, number>;
  /** Rejections per code. */
  codes: Record<string, number>;
  /** Activities whose rounds were started. */
  activities: string[];
  events: number;
  ended: boolean;
}

type Sent = { client: LocalClient; intent: Intent };

const SESSION = 'fuzz';
const CODE = '2468';
const JOIN_URL = 'http://lan/j/2468';

/** Unknown but well-formed ids, so rules meet children, tags and pieces that do not exist. */
const STRANGERS = ['k99', 'zz-unknown', 'ghost-1'];

export async function runRoomFuzz(seed: number, steps: number, store: EventStore): Promise<FuzzReport> {
  const r = seeded(seed);
  const clock = { now: 1_760_000_000_000 };
  const children = 3 + Math.floor(r() * 4);
  const roster: RosterEntry[] = Array.from({ length: children }, (_, i) => ({ childId: `k${i + 1}`, nickname: `Kid ${i + 1}`, avatar: AVATAR_IDS[i]! }));
  const room = await Room.start(
    SESSION,
    {
      type: 'session.started',
      payload: { groupId: 'g', groupName: 'Fuzz', language: pick(r, LANGUAGES), ageBand: pick(r, AGE_BANDS), autoApprove: r() < 0.6, roster },
    },
    { kind: 'staff', staffId: 'st' },
    { store, now: () => clock.now, code: CODE, joinUrl: JOIN_URL, onEnded: () => {}, random: seeded(seed ^ 0x5bd1e995), instruments: BUILTIN_CATALOG },
  );
  const report: FuzzReport = {
    seed,
    steps: 0,
    accepted: 0,
    rejected: 0,
    malformed: 0,
    duplicates: 0,
    acceptedTypes: {},
    codes: {},
    activities: [],
    events: 0,
    ended: false,
  };
  const fold = new LogFold(SESSION);
  /** Every logged event by seq, so each batch's events can be checked against the log. */
  const logged = new Map<number, SessionEvent>();
  const screen = new LocalClient('screen', { kind: 'screen' });
  const consoleClient = new LocalClient('console', { kind: 'staff', staffId: 'st' });
  let attached: LocalClient[] = [];
  let clientCount = 0;
  const attach = (c: LocalClient) => {
    room.attach(c);
    attached.push(c);
  };
  attach(screen);
  attach(consoleClient);
  // More devices than children: some tablets stay guests, asking for seats that are taken.
  const devices = Array.from({ length: children + 2 }, (_, i) => `dev-${i}`);
  const newTablet = (deviceHash: string) => new LocalClient(`tablet-${clientCount++}-${deviceHash}`, { kind: 'tablet', deviceHash });
  for (const d of devices.slice(0, children)) attach(newTablet(d));

  let idCounter = 0;
  const nextId = () => `f${seed.toString(36)}x${(idCounter++).toString(36).padStart(4, '0')}`;
  const accepted: { sent: Sent; seq: number }[] = [];
  const history: Sent[] = [];
  const rejectedIds = new Set<string>();
  const trace: string[] = [];

  const drawFor = (c: LocalClient): Draw => {
    const pool = stringsOf(c.last);
    for (const x of STRANGERS) pool.add(x);
    if (c.who.kind === 'staff') for (const x of [...BUILTIN_CATALOG.keys(), DAILY_FAMILY]) pool.add(x);
    // Children's ids weigh more than the other strings in a view (names of avatars, phases), so a fair share
    // of the intents that name a child name a real one.
    const ids = roster.map((x) => x.childId);
    return { random: r, pool: [...pool, ...ids, ...ids, ...ids], hinted: hintsOf(c.last) };
  };

  /** Waits until everything the room started (commits, presence follow-ups) is in the store. */
  const settle = async () => {
    let quiet = 0;
    for (let i = 0; i < 200 && quiet < 2; i++) {
      await new Promise((res) => setImmediate(res));
      quiet = (await store.lastSeq(SESSION)) === room.version ? quiet + 1 : 0;
    }
    if (quiet < 2) throw new InvariantError(`the room did not settle: version ${room.version}, store at ${await store.lastSeq(SESSION)}`);
  };

  /** What the socket layer does: parse (refusing anything malformed), then hand the intent to the room. */
  const deliver = async (client: LocalClient, raw: unknown): Promise<IntentResult & { parsed: boolean }> => {
    const parsed = parseIntent(raw);
    if (!parsed.ok) return { ok: false, code: 'protocol.invalid', parsed: false };
    return { ...(await room.submit(client.who, parsed.value)), parsed: true };
  };

  const record = (sent: Sent, result: IntentResult) => {
    if (result.ok && !result.duplicate) {
      report.accepted++;
      report.acceptedTypes[sent.intent.type] = (report.acceptedTypes[sent.intent.type] ?? 0) + 1;
      accepted.push({ sent, seq: result.seq });
      if (sent.intent.type === 'round.start') report.activities.push(String((sent.intent as { activity: string }).activity));
    } else if (!result.ok) {
      report.rejected++;
      report.codes[result.code] = (report.codes[result.code] ?? 0) + 1;
      rejectedIds.add(sent.intent.id);
    }
  };

  const senders = () => attached.filter((c) => !c.closed);
  const pickSender = (): LocalClient => {
    const x = r();
    const live = senders();
    const tablets = live.filter((c) => c.who.kind === 'tablet');
    if (x < 0.3 || tablets.length === 0) return consoleClient;
    if (x < 0.33) return screen;
    return pick(r, tablets);
  };

  const check = async (before: SessionState, step: { kind: string; results: { sent: Sent; result: IntentResult & { parsed?: boolean } }[] }) => {
    await settle();
    const fresh = await store.read(SESSION, fold.version);
    fold.apply(fresh);
    for (const e of fresh) logged.set(e.seq, e);
    // The room replaces its state object only when it appends: the same object means nothing was folded.
    if (fresh.length > 0 || room.snapshot !== before) stateIsFoldOfLog(room.snapshot, fold);
    for (const e of fresh)
      if (e.intentId && rejectedIds.has(e.intentId)) throw new InvariantError(`event ${e.seq} (${e.type}) logged for rejected intent ${e.intentId}`);
    for (const { sent, result } of step.results) {
      if (!result.ok) continue;
      const mine = fresh.filter((e) => e.intentId === sent.intent.id);
      if (result.duplicate) {
        if (mine.length > 0) throw new InvariantError(`repeated intent ${sent.intent.id} was applied again`);
        const first = accepted.find((a) => a.sent.intent.id === sent.intent.id);
        if (!first || first.seq !== result.seq)
          throw new InvariantError(`repeated intent ${sent.intent.id} answered with seq ${result.seq}, first accepted at ${first?.seq}`);
      } else {
        if (mine.length === 0) throw new InvariantError(`accepted intent ${sent.intent.id} (${sent.intent.type}) has no event`);
        if (mine.at(-1)!.seq !== result.seq) throw new InvariantError(`accepted intent answered with seq ${result.seq}, its last event is ${mine.at(-1)!.seq}`);
        const seqs = mine.map((e) => e.seq);
        if (seqs.some((s, i) => i > 0 && s !== seqs[i - 1]! + 1))
          throw new InvariantError(`events of intent ${sent.intent.id} are not contiguous: ${seqs.join(',')}`);
      }
    }
    // A step whose every intent was refused (or answered as a repeat) changes nothing at all.
    if (step.kind !== 'device' && step.results.every(({ result }) => !result.ok || result.duplicate)) {
      if (fresh.length > 0)
        throw new InvariantError(`a step of refused or repeated intents logged ${fresh.length} events (${fresh.map((e) => e.type).join(', ')})`);
      if (before !== room.snapshot && !isDeepStrictEqual(before, room.snapshot))
        throw new InvariantError('a step of refused or repeated intents changed the state');
    }
    // The rest depends only on the state and who is attached: a step that changed neither needs no new look.
    if (fresh.length === 0 && step.kind !== 'device') return;
    const state = fold.state;
    seatsUnique(state);
    const tablets = tabletViews(state, CODE);
    oneInFocus(state, tablets);
    const live = senders();
    const base = { code: CODE, joinUrl: JOIN_URL, screensConnected: live.filter((c) => c.who.kind === 'screen').length };
    privateStaysPrivate(fold, { ...base, now: clock.now }, tablets);
    batchesHold(live, logged);
    if (!room.ended) viewsMatchFold(state, live, base, tablets);
    // Everyone sees the ended view before their connection closes.
    else for (const c of attached) if (!isEnded(c)) throw new InvariantError(`${c.id} did not see the session end`);
  };

  // The start and the first tablets' arrival: folded before the first step, so each step sees only its own events.
  await settle();
  const first = await store.read(SESSION);
  fold.apply(first);
  for (const e of first) logged.set(e.seq, e);

  /** One step: time moves, then a device comes or goes, or intents are sent; then every invariant is checked. */
  const runStep = async (step: number) => {
    // Time moves on: mostly a moment, sometimes long enough for reaction windows and undo limits to pass.
    clock.now += Math.floor(r() ** 3 * 20_000);
    const before = room.snapshot;
    const x = r();
    const results: { sent: Sent; result: IntentResult & { parsed?: boolean } }[] = [];
    let kind = 'intent';
    if (x < 0.08) {
      kind = 'device';
      // A tablet comes (another socket of a known device, or a new device) or one of its sockets goes.
      const tablets = senders().filter((c) => c.who.kind === 'tablet');
      if (r() < 0.55 || tablets.length === 0) {
        const c = newTablet(pick(r, devices));
        trace.push(`attach ${c.id}`);
        attach(c);
      } else {
        const c = pick(r, tablets);
        trace.push(`detach ${c.id}`);
        room.detach(c.id);
        attached = attached.filter((a) => a !== c);
      }
    } else if (x < 0.13) {
      kind = 'malformed';
      const client = pickSender();
      const raw = malformed(makeIntent(room.snapshot, client.who, drawFor(client), nextId(), step >= steps * 0.66), r);
      const result = await deliver(client, raw);
      trace.push(`${client.id} malformed ${JSON.stringify(raw)?.slice(0, 200)} → ${JSON.stringify(result)}`);
      if (result.ok || result.parsed) throw new InvariantError(`a malformed intent was accepted by parseIntent: ${JSON.stringify(raw)?.slice(0, 300)}`);
      report.malformed++;
    } else if (x < 0.17 && accepted.some((a) => senders().includes(a.sent.client))) {
      kind = 'repeat';
      // The same intent id again from its sender (a tablet retrying after a lost answer): answered, never applied twice.
      const { sent } = pick(
        r,
        accepted.filter((a) => senders().includes(a.sent.client)),
      );
      const client = sent.client;
      const result = await deliver(client, sent.intent);
      trace.push(`${client.id} repeats ${sent.intent.id} ${sent.intent.type} → ${JSON.stringify(result)}`);
      if (!result.ok || !result.duplicate) throw new InvariantError(`a repeated intent id was not answered as a repeat: ${JSON.stringify(result)}`);
      report.duplicates++;
      results.push({ sent: { client, intent: sent.intent }, result });
    } else {
      // One intent, a stale one (an earlier intent's body sent again, as from a screen that had not caught up),
      // or a burst of two or three in the same tick (they meet in one group commit).
      const count = r() < 0.08 ? 2 + Math.floor(r() * 2) : 1;
      const batch: Sent[] = [];
      for (let i = 0; i < count; i++) {
        const stale = history.length > 0 && r() < 0.1 ? pick(r, history) : undefined;
        const client = stale && attached.includes(stale.client) && !stale.client.closed ? stale.client : pickSender();
        const intent = (
          stale ? { ...stale.intent, id: nextId() } : makeIntent(room.snapshot, client.who, drawFor(client), nextId(), step >= steps * 0.66)
        ) as Intent;
        batch.push({ client, intent });
      }
      const answers = await Promise.all(batch.map((s) => deliver(s.client, s.intent)));
      for (const [i, sent] of batch.entries()) {
        const result = answers[i]!;
        trace.push(`${sent.client.id} ${JSON.stringify(sent.intent).slice(0, 200)} → ${JSON.stringify(result)}`);
        history.push(sent);
        results.push({ sent, result });
        record(sent, result);
      }
    }
    await check(before, { kind, results });
  };

  for (let step = 0; step < steps; step++) {
    report.steps = step + 1;
    try {
      await runStep(step);
    } catch (err) {
      const tail = trace
        .slice(-12)
        .map((t) => `  ${t}`)
        .join('\n');
      throw new Error(`seed=${seed} step=${step}: ${(err as Error).message}\nlast steps:\n${tail}`, { cause: err });
    }
    if (room.ended) {
      report.ended = true;
      break;
    }
  }
  report.events = fold.version;
  return report;
}

function isEnded(c: LocalClient): boolean {
  const v = c.last as { kind: string; ended?: boolean; status?: string; endedAt?: number | null } | undefined;
  if (!v) return true;
  return v.kind === 'screen' ? v.ended === true : v.kind === 'tablet' ? v.status === 'ended' : v.endedAt !== null;
}
