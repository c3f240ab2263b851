// Socket.IO wiring: handshake → identity and room; every message validated and rate-limited before rules.
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import { parseHandshake } from '../../shared/protocol/handshake';
import { parseIntent } from '../../shared/protocol/intents';
import { MAX_MESSAGE_BYTES, SOCKET_BURST, SOCKET_REFILL_PER_SEC } from '../../shared/protocol/limits';
import type { ClientToServerEvents, IntentResult, ServerToClientEvents } from '../../shared/protocol/messages';
import { PROTOCOL_VERSION } from '../../shared/protocol/version';
import type { ErrorCode } from '../../shared/protocol/errors';
import type { Who } from '../../shared/session/rules';
import { readCookie, SESSION_COOKIE } from '../auth/cookies';
import { sha256 } from '../auth/tokens';
import type { Room } from '../rooms/room';
import type { RoomClient } from '../rooms/room-client';
import type { RoomRegistry } from '../rooms/room-registry';
import type { SessionsRepo } from '../store/sessions-repo';
import type { StaffRepo } from '../store/staff-repo';
import { canRun, type AccessRepo } from '../store/access-repo';
import type { JoinGuard } from './join-guard';
import { TokenBucket } from './token-bucket';

interface SocketData {
  room: Room;
  who: Who;
  since: number | undefined;
}

export type CircletimeIo = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type CircletimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export interface SocketDeps {
  registry: RoomRegistry;
  staff: StaffRepo;
  sessions: SessionsRepo;
  access: AccessRepo;
  joinGuard: JoinGuard;
  now: () => number;
  /** Resolves once live rooms are restored; handshakes wait for it after a restart. */
  ready: Promise<unknown>;
}

class HandshakeError extends Error {
  readonly data: { code: ErrorCode };
  constructor(code: ErrorCode) {
    super(code);
    this.data = { code };
  }
}

function admit(socket: CircletimeSocket, deps: SocketDeps): SocketData {
  const parsed = parseHandshake(socket.handshake.auth);
  if (!parsed.ok) throw new HandshakeError('protocol.invalid');
  const hs = parsed.value;
  if (hs.protocol !== PROTOCOL_VERSION) throw new HandshakeError('protocol.version');
  if (hs.role === 'console') {
    const token = readCookie(socket.handshake.headers.cookie, SESSION_COOKIE);
    const staff = token ? deps.staff.staffForToken(token, deps.now()) : undefined;
    if (!staff) throw new HandshakeError('auth.required');
    const rec = deps.sessions.get(hs.sessionId);
    // Only staff who may run the group may run its session; to anyone else it does not exist.
    if (!rec || !canRun(deps.access.of(staff, rec.groupId))) throw new HandshakeError('session.unknown');
    const room = deps.registry.get(hs.sessionId);
    if (!room) throw new HandshakeError('session.ended');
    return { room, who: { kind: 'staff', staffId: staff.id }, since: hs.since };
  }
  if (hs.role === 'screen') {
    const rec = deps.sessions.live().find((s) => s.screenToken === hs.screenToken);
    const room = rec && deps.registry.get(rec.id);
    if (!room) throw new HandshakeError('session.ended');
    return { room, who: { kind: 'screen' }, since: hs.since };
  }
  const found = deps.joinGuard.find(socket.handshake.address, hs.code);
  if (!found.ok) throw new HandshakeError(found.code);
  return { room: found.room, who: { kind: 'tablet', deviceHash: sha256(hs.seatToken) }, since: hs.since };
}

function asClient(socket: CircletimeSocket): RoomClient {
  return {
    id: socket.id,
    who: socket.data.who,
    sendView: (m) => socket.emit('view', m),
    sendCatchup: (m) => socket.emit('catchup', m),
    sendMetrics: (m) => socket.emit('metrics', m),
    close: () => socket.disconnect(true),
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

/**
 * After an admin changed a colleague's account or access: close that colleague's consoles in sessions they may no
 * longer run (deactivated, made a reviewer, or the group taken away). Consoles they still may run stay open.
 */
export function dropStaffWithoutAccess(io: CircletimeIo, deps: Pick<SocketDeps, 'staff' | 'sessions' | 'access'>, staffId: string): number {
  const staff = deps.staff.get(staffId);
  let dropped = 0;
  for (const socket of io.of('/').sockets.values()) {
    const who = socket.data.who;
    if (who?.kind !== 'staff' || who.staffId !== staffId) continue;
    const groupId = deps.sessions.get(socket.data.room.sessionId)?.groupId;
    if (staff?.active && groupId && canRun(deps.access.of(staff, groupId))) continue;
    socket.emit('notice', { code: 'auth.denied', message: 'Your access to this session was changed by an administrator.' });
    socket.disconnect(true);
    dropped += 1;
  }
  return dropped;
}

export function attachSocketServer(http: HttpServer, deps: SocketDeps): CircletimeIo {
  const io: CircletimeIo = new Server(http, {
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    serveClient: false,
    pingInterval: 5000,
    pingTimeout: 5000,
  });

  io.use(async (socket, next) => {
    await deps.ready;
    try {
      socket.data = admit(socket, deps);
      next();
    } catch (err) {
      next(err instanceof HandshakeError ? err : new HandshakeError('server.error'));
    }
  });

  io.on('connection', (socket) => {
    const { room, since } = socket.data;
    const bucket = new TokenBucket(SOCKET_BURST, SOCKET_REFILL_PER_SEC, deps.now);
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
