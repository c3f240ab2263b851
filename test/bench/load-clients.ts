// The bench's Socket.IO clients: per room one screen (whose views are timed), tablets that take a seat, one console.
import { randomBytes } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, IntentResult, ServerToClientEvents } from '../../shared/protocol/messages';
import { mapLimit } from './pool';

export type BenchSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type Auth = Record<string, string | number>;

/** How to join one room of a target server (Circletime or the raw relay). */
export interface RoomPlan {
  index: number;
  screenAuth: Auth;
  consoleAuth: Auth;
  consoleCookie?: string;
  tabletAuths: Auth[];
  /** Circletime only: the child each tablet claims with `seat.claim` before the load starts. */
  claims?: string[];
  /** Sent as `?room=` on every connection, as the pages do, so a load balancer routes the room to one node. */
  route?: string;
  /** Source address of the room's sockets (one centre behind one address), e.g. 127.10.0.7 on loopback. */
  localAddress?: string;
}

/** How the clients behave when their connection drops. */
export interface ClientMode {
  /** Reconnect with the pages' backoff (the cluster bench); default: a drop is final (the single-server bench). */
  reconnect?: boolean;
}

/** When the screen first received each (increasing) version; `seenAt(seq)` is the first view with version ≥ seq. */
export class ScreenRecorder {
  readonly versions: number[] = [];
  readonly times: number[] = [];
  /** The screen's connection dropped during the run (it does not reconnect), so later versions cannot be seen. */
  dropped = false;

  record(version: number, at: number): void {
    const last = this.versions.at(-1);
    if (last !== undefined && version <= last) return;
    this.versions.push(version);
    this.times.push(at);
  }

  get maxVersion(): number {
    return this.versions.at(-1) ?? 0;
  }

  seenAt(seq: number): number | undefined {
    let lo = 0;
    let hi = this.versions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.versions[mid] ?? 0) >= seq) hi = mid;
      else lo = mid + 1;
    }
    return lo < this.times.length ? this.times[lo] : undefined;
  }
}

export interface ConnectedRoom {
  index: number;
  screen: BenchSocket;
  console: BenchSocket;
  tablets: BenchSocket[];
  recorder: ScreenRecorder;
  /** When the console's live metrics first reflected each version (same bookkeeping as the screen's). */
  consoleMetrics: ScreenRecorder;
  consoleViews: number;
}

export const randomSeatToken = (): string => randomBytes(16).toString('hex');
let claimCounter = 0;
/** Every socket ever opened, so a failed run still closes them all. */
const opened = new Set<BenchSocket>();
/** Disconnects the bench did not ask for, by "role: reason" (e.g. a ping timeout when a process is starved). */
export const unexpectedDisconnects = new Map<string, number>();
let closing = false;

function connect(url: string, auth: Auth, plan: RoomPlan, mode: ClientMode, cookie?: string): { socket: BenchSocket; ready: Promise<BenchSocket> } {
  const socket: BenchSocket = io(url, {
    transports: ['websocket'],
    auth,
    forceNew: true,
    // The backoff of client/common/live-connection.ts, so reconnects after a node's death arrive as the pages' would.
    ...(mode.reconnect ? { reconnection: true, reconnectionDelay: 300, reconnectionDelayMax: 4000, randomizationFactor: 0.5 } : { reconnection: false }),
    timeout: 20_000,
    ...(plan.route ? { query: { room: plan.route } } : {}),
    ...(plan.localAddress ? { localAddress: plan.localAddress } : {}),
    ...(cookie ? { extraHeaders: { cookie } } : {}),
  });
  opened.add(socket);
  socket.on('disconnect', (reason) => {
    if (closing) return;
    const key = `${String(auth.role)}: ${reason}`;
    unexpectedDisconnects.set(key, (unexpectedDisconnects.get(key) ?? 0) + 1);
  });
  const ready = new Promise<BenchSocket>((resolve, reject) => {
    // Only the first connection can fail the run; later reconnect errors are the client's backoff at work.
    const failed = (err: Error & { data?: { code?: string } }) => {
      socket.close();
      reject(new Error(`${String(auth.role)} could not connect: ${err.message}${err.data?.code ? ` (${err.data.code})` : ''}`));
    };
    socket.once('connect_error', failed);
    socket.once('connect', () => {
      socket.off('connect_error', failed);
      resolve(socket);
    });
  });
  return { socket, ready };
}

async function claimSeat(tablet: BenchSocket, childId: string): Promise<void> {
  const r: IntentResult = await tablet
    .timeout(20_000)
    .emitWithAck('intent', { id: `claim-${++claimCounter}-${randomSeatToken().slice(0, 8)}`, type: 'seat.claim', childId });
  if (!r.ok) throw new Error(`seat.claim of ${childId} rejected: ${r.code}`);
}

/** Screens and consoles first (so the screen sees every join), then tablets; at most `concurrency` handshakes at once. */
export async function connectRooms(url: string, plans: readonly RoomPlan[], concurrency: number, mode: ClientMode = {}): Promise<ConnectedRoom[]> {
  const rooms = await mapLimit(plans, concurrency, async (plan): Promise<ConnectedRoom> => {
    const recorder = new ScreenRecorder();
    const screen = connect(url, plan.screenAuth, plan, mode);
    // Listen before the handshake completes: the first batch follows it immediately. A screen may see every event,
    // so each batch's toSeq says the screen now knows everything up to it.
    screen.socket.on('batch', (m) => recorder.record(m.toSeq, performance.now()));
    // A reconnecting screen catches up with its next view, so only a final drop hides versions from it.
    if (!mode.reconnect) screen.socket.on('disconnect', () => (recorder.dropped = true));
    const consoleConn = connect(url, plan.consoleAuth, plan, mode, plan.consoleCookie);
    const consoleMetrics = new ScreenRecorder();
    const room: ConnectedRoom = {
      index: plan.index,
      screen: screen.socket,
      console: consoleConn.socket,
      tablets: [],
      recorder,
      consoleMetrics,
      consoleViews: 0,
    };
    // Numbers at version v show the effect of every event up to v (deltas and whole snapshots alike).
    consoleConn.socket.on('batch', (m) => {
      room.consoleViews++;
      if (m.metrics) consoleMetrics.record(m.metrics.version, performance.now());
    });
    await Promise.all([screen.ready, consoleConn.ready]);
    return room;
  });
  const tabletJobs = plans.flatMap((plan) => plan.tabletAuths.map((auth, t) => ({ plan, auth, t })));
  await mapLimit(tabletJobs, concurrency, async ({ plan, auth, t }) => {
    const socket = await connect(url, auth, plan, mode).ready;
    const room = rooms[plan.index];
    if (!room) throw new Error(`no room ${plan.index}`);
    room.tablets[t] = socket;
    const childId = plan.claims?.[t];
    if (childId) await claimSeat(socket, childId);
  });
  return rooms;
}

export function closeAllClients(): void {
  closing = true;
  for (const s of opened) s.close();
  opened.clear();
  closing = false;
}
