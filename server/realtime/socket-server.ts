// Socket.IO wiring: handshake → identity and room (loaded here if need be); every message validated and rate-limited before rules.
import type { Server as HttpServer } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import { Server, type Socket } from 'socket.io';
import { parseHandshake } from '../../shared/protocol/handshake';
import { parseIntent } from '../../shared/protocol/intents';
import { MAX_MESSAGE_BYTES, SOCKET_BURST, SOCKET_REFILL_PER_SEC } from '../../shared/protocol/limits';
import type { ClientToServerEvents, IntentResult, ServerToClientEvents, BatchMessage } from '../../shared/protocol/messages';
import { PROTOCOL_VERSION } from '../../shared/protocol/version';
import type { ErrorCode } from '../../shared/protocol/errors';
import type { Who } from '../../shared/session/rules';
import { readCookie, SESSION_COOKIE } from '../auth/cookies';
import { sha256 } from '../auth/tokens';
import type { Room } from '../rooms/room';
import type { RoomClient } from '../rooms/room-client';
import type { RoomRegistry } from '../rooms/room-registry';
import type { SessionRecord, SessionsRepo } from '../store/sessions-repo';
import type { StaffRepo } from '../store/staff-repo';
import { canRun, type AccessRepo } from '../store/access-repo';
import type { InterServerEvents } from '../cluster/inter-server';
import { clientAddress } from '../net/client-address';
import type { JoinGuard } from './join-guard';
import { TokenBucket } from './token-bucket';
import * as jsonParser from './json-parser';

interface SocketData {
  room: Room;
  who: Who;
  since: number | undefined;
  /** Staff sockets: the hash of the login they came with, so logging out closes them. */
  loginHash?: string;
}

export type CircletimeIo = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
type CircletimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

export interface SocketDeps {
  registry: RoomRegistry;
  staff: StaffRepo;
  sessions: SessionsRepo;
  access: AccessRepo;
  joinGuard: JoinGuard;
  now: () => number;
  trustProxy: boolean;
  /** PUBLIC_URL when set: its origin may open consoles too (a TLS proxy's name differs from the Host it forwards). */
  publicUrl?: string;
  /** Resolves once the node is ready (database migrated, cluster joined); handshakes wait for it. */
  ready: Promise<unknown>;
}

class HandshakeError extends Error {
  readonly data: { code: ErrorCode; joinCode?: string };
  constructor(code: ErrorCode, joinCode?: string) {
    super(code);
    this.data = { code, ...(joinCode !== undefined ? { joinCode } : {}) };
  }
}

/**
 * The session's code was replaced and this client may know the new one (a seated tablet, the screen, a console):
 * it is told, and reconnects with it. Admitting it here instead would take the room to the node the old code
 * routes to, away from every client that already uses the new one.
 */
function codeChanged(rec: SessionRecord): HandshakeError {
  return rec.joinCode ? new HandshakeError('join.code_changed', rec.joinCode) : new HandshakeError('session.ended');
}

/** The session the handshake names, checked against the routing parameter the load balancer hashed on. */
async function sessionOf(socket: CircletimeSocket, deps: SocketDeps, rec: SessionRecord | undefined): Promise<Room> {
  if (rec?.status !== 'live') throw new HandshakeError('session.ended');
  const named = socket.handshake.query.room;
  // Clients name their room (`?room=<join code>`) so the load balancer routes them to its node. One routed by
  // one room must not open another: that room would move to wherever this client landed.
  if (named !== undefined && named !== rec.joinCode) throw named === rec.previousJoinCode ? codeChanged(rec) : new HandshakeError('protocol.invalid');
  const room = await deps.registry.acquire(rec.id);
  if (!room) throw new HandshakeError('session.ended');
  return room;
}

/**
 * A console's handshake carries the staff cookie, which a browser sends from any page (WebSockets have no CORS):
 * a page elsewhere could drive a signed-in worker's console. Browsers always send Origin; it must be this server
 * (the Host it was asked for) or PUBLIC_URL. No Origin at all is not a browser page, so it has no cookie to borrow.
 */
export function originAllowed(origin: string | undefined, host: string | undefined, publicUrl: string | undefined): boolean {
  if (origin === undefined) return true;
  let asked: URL;
  try {
    asked = new URL(origin);
  } catch {
    return false;
  }
  if (host && asked.host === host.toLowerCase()) return true;
  try {
    return publicUrl !== undefined && new URL(publicUrl).origin === asked.origin;
  } catch {
    return false;
  }
}

/** The room a seated tablet comes back to on this node, if this node holds it (or is loading it); no database. */
async function seatHeldHere(socket: CircletimeSocket, deps: SocketDeps, code: string, deviceHash: string): Promise<Room | undefined> {
  const held = await deps.registry.heldByCode(code);
  const named = socket.handshake.query.room;
  if (!held || (named !== undefined && named !== held.code)) return undefined;
  return Object.values(held.snapshot.seats).some((seat) => seat.deviceHash === deviceHash) ? held : undefined;
}

async function admit(socket: CircletimeSocket, deps: SocketDeps, joining: Map<string, Promise<unknown>>): Promise<SocketData> {
  const parsed = parseHandshake(socket.handshake.auth);
  if (!parsed.ok) throw new HandshakeError('protocol.invalid');
  const hs = parsed.value;
  if (hs.protocol !== PROTOCOL_VERSION) throw new HandshakeError('protocol.version');
  if (hs.role === 'console') {
    const { origin, host } = socket.handshake.headers;
    if (!originAllowed(origin, host, deps.publicUrl)) throw new HandshakeError('auth.denied');
    const token = readCookie(socket.handshake.headers.cookie, SESSION_COOKIE);
    const staff = token ? await deps.staff.staffForToken(token, deps.now()) : undefined;
    if (!staff || !token) throw new HandshakeError('auth.required');
    const rec = await deps.sessions.get(hs.sessionId);
    // Only staff who may run the group may run its session; to anyone else it does not exist.
    if (!rec || !canRun(await deps.access.of(staff, rec.groupId))) throw new HandshakeError('session.unknown');
    return { room: await sessionOf(socket, deps, rec), who: { kind: 'staff', staffId: staff.id }, since: hs.since, loginHash: sha256(token) };
  }
  if (hs.role === 'screen') {
    const rec = await deps.sessions.liveByScreenToken(hs.screenToken);
    return { room: await sessionOf(socket, deps, rec), who: { kind: 'screen' }, since: hs.since };
  }
  const deviceHash = sha256(hs.seatToken);
  // A tablet coming back to the seat it holds in a room this node already holds (or is loading) is let in without
  // the join guard: only its own seat token can show that, so no guess gets through here, and nothing is counted or
  // read from the database. After a node died, 1,150 tablets arriving at once made ten round trips each (counted,
  // looked up, uncounted, ceiling read) and queued the room claims and the survivor's commits behind them.
  // Tablets of one room arrive together: while one of them is looked up (and loads the room), the others wait for
  // it and then come in as above, instead of each paying the join guard's queries.
  const ahead = joining.get(hs.code);
  if (ahead) await ahead.catch(() => undefined);
  const held = await seatHeldHere(socket, deps, hs.code, deviceHash);
  if (held) return { room: held, who: { kind: 'tablet', deviceHash }, since: hs.since };
  // While codes are being guessed only a tablet already seated in the session it names gets back in; a session's
  // replaced code only lets in tablets seated there (checked without taking the room to this node).
  const seatedHere = async (s: SessionRecord, replaced: boolean) => {
    if (replaced) return deps.registry.seatedIn(s.id, deviceHash);
    const room = await deps.registry.acquire(s.id);
    return room !== undefined && Object.values(room.snapshot.seats).some((seat) => seat.deviceHash === deviceHash);
  };
  const lookup = (async () => {
    const found = await deps.joinGuard.find(clientAddress(socket.handshake.address, socket.handshake.headers, deps.trustProxy), hs.code, seatedHere);
    if (!found.ok) throw new HandshakeError(found.code);
    if (found.replaced) throw codeChanged(found.session);
    return sessionOf(socket, deps, found.session);
  })();
  if (!joining.has(hs.code)) {
    const settled = lookup.then(
      () => undefined,
      () => undefined,
    );
    joining.set(hs.code, settled);
    void settled.then(() => joining.get(hs.code) === settled && joining.delete(hs.code));
  }
  return { room: await lookup, who: { kind: 'tablet', deviceHash }, since: hs.since };
}

function asClient(socket: CircletimeSocket): RoomClient {
  return {
    id: socket.id,
    who: socket.data.who,
    sendHello: (m) => socket.emit('hello', m),
    // Made once by the room for every socket that gets the same batch: written as is (json-parser.ts).
    sendBatch: (message) => socket.emit('batch', message as unknown as BatchMessage),
    close: (notice) => {
      if (notice) socket.emit('notice', notice);
      socket.disconnect(true);
    },
    // Closing the transport (not the socket) makes the client reconnect by itself, to the room's new node.
    moved: () => socket.conn.close(),
  };
}

function onIntent(socket: CircletimeSocket, bucket: TokenBucket) {
  return (raw: unknown, ack: unknown): void => {
    const reply = typeof ack === 'function' ? (r: IntentResult) => (ack as (r: IntentResult) => void)(r) : undefined;
    if (!bucket.take()) return reply?.({ ok: false, code: 'rate.limited' });
    const parsed = parseIntent(raw);
    if (!parsed.ok || !reply) {
      return reply ? reply({ ok: false, code: 'protocol.invalid', message: parsed.ok ? 'ack required' : parsed.message }) : undefined;
    }
    socket.data.room.submit(socket.data.who, parsed.value).then(reply, () => reply({ ok: false, code: 'server.error' }));
  };
}

/** Which staff consoles to check after an account, access or login change. */
export interface StaffChange {
  staffId: string;
  /** A login that just ended (log out): its consoles close whatever the access. */
  endedTokenHash?: string;
  /** Every login of the account ended (log out everywhere, deactivation). */
  allSessions?: boolean;
}

/**
 * On this node: close the colleague's consoles in sessions they may no longer run (deactivated, made a reviewer,
 * the group taken away) or whose login ended. Consoles they still may run stay open. Resolves with how many closed.
 */
export async function dropStaffSockets(io: CircletimeIo, deps: Pick<SocketDeps, 'staff' | 'sessions' | 'access'>, change: StaffChange): Promise<number> {
  const staff = await deps.staff.get(change.staffId);
  let dropped = 0;
  for (const socket of io.of('/').sockets.values()) {
    const who = socket.data.who;
    if (who?.kind !== 'staff' || who.staffId !== change.staffId) continue;
    const loginEnded = change.allSessions === true || (change.endedTokenHash !== undefined && socket.data.loginHash === change.endedTokenHash);
    const groupId = (await deps.sessions.get(socket.data.room.sessionId))?.groupId;
    if (!loginEnded && staff?.active && groupId && canRun(await deps.access.of(staff, groupId))) continue;
    socket.emit('notice', {
      code: loginEnded ? 'auth.required' : 'auth.denied',
      message: loginEnded ? 'You were signed out.' : 'Your access to this session was changed by an administrator.',
    });
    socket.disconnect(true);
    dropped += 1;
  }
  return dropped;
}

/** Tells every live console on this node that join codes are being guessed (the console offers a new code). */
export function noticeConsoles(io: CircletimeIo): void {
  for (const socket of io.of('/').sockets.values()) {
    if (socket.data.who?.kind === 'staff') socket.emit('notice', { code: 'join.guessing', message: 'Many wrong join codes from many addresses.' });
  }
}

export function attachSocketServer(http: HttpServer | HttpsServer, deps: SocketDeps): CircletimeIo {
  const io: CircletimeIo = new Server(http, {
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    serveClient: false,
    pingInterval: 5000,
    pingTimeout: 5000,
    parser: jsonParser,
  });

  /** Join codes being looked up by a tablet's handshake on this node right now. */
  const joining = new Map<string, Promise<unknown>>();
  io.use(async (socket, next) => {
    await deps.ready;
    try {
      socket.data = await admit(socket, deps, joining);
      next();
    } catch (err) {
      next(err instanceof HandshakeError ? err : new HandshakeError('server.error'));
    }
  });

  // A tablet's sockets in one room share one bucket: opening more connections buys no more messages.
  const shared = new Map<string, { bucket: TokenBucket; sockets: number }>();
  io.on('connection', (socket) => {
    const { room, since, who } = socket.data;
    const key = who.kind === 'tablet' ? `${room.sessionId}|${who.deviceHash}` : undefined;
    const entry = (key && shared.get(key)) || { bucket: new TokenBucket(SOCKET_BURST, SOCKET_REFILL_PER_SEC, deps.now), sockets: 0 };
    entry.sockets += 1;
    if (key) shared.set(key, entry);
    const bucket = entry.bucket;
    socket.on('disconnect', () => {
      if (key && --entry.sockets === 0) shared.delete(key);
    });
    // Only the one event name exists; anything else is answered, never routed to rules.
    socket.onAny((event: string) => {
      if (event !== 'intent') socket.emit('notice', { code: 'protocol.invalid', message: `unknown event ${event}` });
    });
    socket.on('intent', onIntent(socket, bucket));
    socket.on('disconnect', () => room.detach(socket.id));
    room.attach(asClient(socket), since);
  });

  return io;
}
