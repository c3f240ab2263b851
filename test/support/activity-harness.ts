// The activity harness: a real room with N seated children, a console and a screen, driven without sockets.
import type { Intent } from '../../shared/protocol/intents';
import type { IntentResult } from '../../shared/protocol/messages';
import type { SessionEvent } from '../../shared/session/events';
import type { PastTurnsByActivity } from '../../shared/session/past-turns';
import type { AgeBand, Language, RosterEntry } from '../../shared/session/roster';
import type { ConsoleView, ScreenView, TabletView } from '../../shared/session/views';
import { Room } from '../../server/rooms/room';
import { MemoryEventStore } from '../../server/store/memory-event-store';
import { LocalClient } from './local-transport';
import { loadInstruments } from '../../server/instruments/load-instruments';
import { seeded } from '../../shared/random/seeded';

/** The built-in instruments, loaded by the same code the server uses. */
export const BUILTIN_CATALOG = new Map(loadInstruments(undefined).map((l) => [l.instrument.id, l.instrument]));

type Body = Intent extends infer I ? (I extends Intent ? Omit<I, 'id'> : never) : never;

export interface Harness {
  room: Room;
  store: MemoryEventStore;
  clock: { now: number };
  ids: string[];
  tablets: LocalClient[];
  screen: LocalClient;
  console: LocalClient;
  /** Child i sends an intent (as its own tablet). */
  child(i: number, body: Body): Promise<IntentResult>;
  staff(body: Body): Promise<IntentResult>;
  tabletView(i: number): TabletView;
  screenView(): ScreenView;
  consoleView(): ConsoleView;
  events(): Promise<SessionEvent[]>;
  /** Advance the server clock. */
  wait(ms: number): void;
}

let counter = 0;
const nextId = () => `h${(counter++).toString(36).padStart(6, '0')}`;

export async function harness(
  children = 4,
  opts: { seed?: number; pastTurns?: PastTurnsByActivity; ageBand?: AgeBand; language?: Language } = {},
): Promise<Harness> {
  const store = new MemoryEventStore();
  const clock = { now: 1_750_000_000_000 };
  const roster: RosterEntry[] = Array.from({ length: children }, (_, i) => ({ childId: `k${i + 1}`, nickname: `Kid ${i + 1}`, avatar: 'cat' }));
  const room = await Room.start(
    'harness',
    {
      type: 'session.started',
      payload: { groupId: 'g', groupName: 'Harness', language: opts.language ?? 'en', ageBand: opts.ageBand ?? '7-12', autoApprove: true, roster },
    },
    { kind: 'staff', staffId: 'st' },
    {
      store,
      instruments: BUILTIN_CATALOG,
      now: () => clock.now,
      code: '1234',
      joinUrl: 'http://x/j/1234',
      onEnded: () => {},
      random: seeded(opts.seed ?? 7),
      pastTurns: opts.pastTurns ?? {},
    },
  );
  const screen = new LocalClient('screen', { kind: 'screen' });
  const consoleClient = new LocalClient('console', { kind: 'staff', staffId: 'st' });
  room.attach(screen);
  room.attach(consoleClient);
  const tablets = roster.map((r) => new LocalClient(`t-${r.childId}`, { kind: 'tablet', deviceHash: `dev-${r.childId}` }));
  for (const [i, t] of tablets.entries()) {
    room.attach(t);
    const r = await room.submit(t.who, { id: nextId(), type: 'seat.claim', childId: roster[i]!.childId });
    if (!r.ok) throw new Error(`seat ${i}: ${r.code}`);
  }
  const withId = (body: Body) => ({ ...body, id: nextId() }) as Intent;
  const lastOf = <V>(c: LocalClient) => {
    const v = c.last;
    if (!v) throw new Error(`${c.id} has no view`);
    return v as V;
  };
  return {
    room,
    store,
    clock,
    ids: roster.map((r) => r.childId),
    tablets,
    screen,
    console: consoleClient,
    // Views go out in the same microtask run as the commit, before submit resolves.
    child: (i, body) => room.submit(tablets[i]!.who, withId(body)),
    staff: (body) => room.submit(consoleClient.who, withId(body)),
    tabletView: (i) => lastOf<TabletView>(tablets[i]!),
    screenView: () => lastOf<ScreenView>(screen),
    consoleView: () => lastOf<ConsoleView>(consoleClient),
    events: () => store.read('harness'),
    wait: (ms) => {
      clock.now += ms;
    },
  };
}
