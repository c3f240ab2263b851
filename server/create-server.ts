// Assembles a node: store (SQLite or PostgreSQL), cluster membership, repositories, rooms (loaded on demand), HTTP app and Socket.IO.
import { createServer, type Server } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { createAdapter } from '@socket.io/postgres-adapter';
import { randomDigits, randomToken, sha256 } from './auth/tokens';
import type { Config } from './config';
import { createApp } from './http/app';
import { loadInstruments } from './instruments/load-instruments';
import { SETUP_CODE_KEY } from './http/auth-routes';
import { baseUrls } from './net/lan-urls';
import { JoinGuard } from './realtime/join-guard';
import { attachSocketServer, dropStaffSockets, noticeConsoles, type CircletimeIo, type StaffChange } from './realtime/socket-server';
import { RoomRegistry } from './rooms/room-registry';
import { openStore } from './store/database';
import { GroupsRepo } from './store/groups-repo';
import { SessionsRepo } from './store/sessions-repo';
import { SettingsRepo } from './store/settings-repo';
import { ProgrammesRepo } from './store/programmes-repo';
import { RecordsRepo } from './store/records-repo';
import { AccessRepo } from './store/access-repo';
import { AuditRepo } from './store/audit-repo';
import { SqlEventStore } from './store/sql-event-store';
import { StaffRepo } from './store/staff-repo';
import { RateLimits } from './store/rate-limits-repo';
import { DataControls } from './privacy/data-controls';
import { DEFAULT_RETENTION_CHECK_MS, startRetentionSchedule } from './privacy/retention-schedule';
import { LocalCluster, type Cluster } from './cluster/cluster';
import { PostgresCluster } from './cluster/postgres-cluster';
import { RoomCommands } from './cluster/room-commands';
import { renewOnNewAddress, tlsMaterial, type LocalCa } from './tls/tls-setup';
import { certificateNames } from './tls/tls-names';
import { oneTlsAndPlainPort } from './tls/one-port';
import { plainSide } from './tls/plain-redirect';
import { acceptOnMoreDescriptors } from './net/accept-sockets';
import { startHealthPort } from './net/health-port';

export interface RunningServer {
  port: number;
  /** Base URLs tablets can use (LAN addresses, or PUBLIC_URL). */
  publicBaseUrl: string;
  lanUrls: string[];
  /** 'https' when HTTPS is on (HTTPS=1 or the operator's certificate files). */
  scheme: 'http' | 'https';
  /** With HTTPS on this laptop's own CA: its certificate and fingerprint (tablets install it once from /ca). */
  localCa: LocalCa | undefined;
  /** Printed once while no staff account exists; undefined afterwards. */
  setupCode: string | undefined;
  /** Sessions the index calls live: their rooms load when their first client or command arrives. */
  liveSessions: number;
  registry: RoomRegistry;
  cluster: Cluster;
  /** The audit trail (tests read it; the review lists it). */
  audit: AuditRepo;
  /** Process records (tests check erasure reaches every saved version). */
  records: RecordsRepo;
  /** Children's-data controls: the retention purge (`purgeExpired()` runs the scheduled check now) and erasure. */
  dataControls: DataControls;
  io: CircletimeIo;
  http: Server | HttpsServer;
  /** Descriptors accepting connections on the port (ACCEPT_SOCKETS). */
  acceptSockets: number;
  /** Connections each extra descriptor accepted (tests show the load spreads). */
  acceptedByExtraDescriptors(): number[];
  /** HEALTH_PORT as listened on. */
  healthPort: number | undefined;
  close(): Promise<void>;
}

export async function startServer(config: Config, log: (line: string) => void = () => {}): Promise<RunningServer> {
  // First, so a malformed instrument file stops the start before anything opens.
  const loaded = loadInstruments(config.instrumentsDir);
  const instruments = { list: loaded, catalog: new Map(loaded.map((l) => [l.instrument.id, l.instrument])), clipsDir: config.clipsDir };
  // Before the store: a certificate file that cannot be read stops the start with its name.
  const tls = config.tls ? await tlsMaterial(config.tls, config.dataDir, log) : undefined;
  const scheme = tls ? 'https' : 'http';
  const opened = await openStore({ databaseUrl: config.databaseUrl, sqliteFile: join(config.dataDir, 'circletime.sqlite') });
  const { sql } = opened;
  const now = () => Date.now();
  const store = new SqlEventStore(sql);
  const staff = new StaffRepo(sql);
  const groups = new GroupsRepo(sql);
  const sessions = new SessionsRepo(sql);
  const settings = new SettingsRepo(sql);
  const programmes = new ProgrammesRepo(sql);
  const access = new AccessRepo(sql);
  const audit = new AuditRepo(sql);
  const records = new RecordsRepo(sql);
  const limits = new RateLimits(sql, now);

  let registry: RoomRegistry | undefined;
  const cluster: Cluster = config.databaseUrl
    ? await PostgresCluster.join({
        sql,
        databaseUrl: config.databaseUrl,
        nodeId: config.nodeId ?? `${hostname()}-${randomToken(4)}`,
        now,
        log,
        heldRooms: () => registry?.heldFences() ?? new Map(),
        onLost: (ids) => registry?.handOver(ids),
      })
    : new LocalCluster();

  let port = config.port;
  let lanUrls: string[] = [];
  const publicBaseUrl = () => config.publicUrl ?? lanUrls[0] ?? `${scheme}://localhost:${port}`;

  // The socket server is made after the rooms; they reach it only when a room moves or staff change.
  let io: CircletimeIo | undefined;
  registry = new RoomRegistry({
    store,
    sessions,
    groups,
    programmes,
    cluster,
    now,
    joinCodeDigits: config.joinCodeDigits,
    publicBaseUrl,
    instruments: instruments.catalog,
    onError: (err) => log(`store error: ${err.message}`),
    onTaken: (sessionId, from, epoch) => {
      log(`took room ${sessionId} from node ${from} (epoch ${epoch})`);
      if (io && cluster.shared) io.serverSideEmit('room.moved', { sessionId, nodeId: cluster.nodeId, epoch });
    },
    onMoved: (room, why) =>
      log(
        `room ${room.sessionId} moved to another node (${why === 'fenced' ? 'fenced: a write of this node was refused' : 'its owner row changed'}); its clients reconnect there`,
      ),
  });
  const rooms = registry;
  const commands = new RoomCommands({ registry: rooms, cluster, groups });
  const joinGuard = new JoinGuard(sessions, limits, undefined, () => {
    if (io && cluster.shared) io.serverSideEmit('join.guessing');
    if (io) noticeConsoles(io);
  });
  const dataControls = new DataControls({ sql, store, groups, sessions, programmes, audit, scrubDisk: opened.scrubDisk, now });

  let setupCode: string | undefined;
  // Several nodes share one code: the first node to start without one makes it and prints it (the laptop makes a
  // new one at every start until someone has set up, so a lost code is one restart away).
  if ((await staff.count()) === 0) {
    const made = randomDigits(8);
    // Nodes starting side by side race here: only the one whose insert lands prints its code.
    const stored = cluster.shared ? await settings.setIfAbsent(SETUP_CODE_KEY, sha256(made)) : (await settings.set(SETUP_CODE_KEY, sha256(made)), true);
    if (stored) setupCode = made;
  }

  const socketDeps = { staff, sessions, access };
  /** Closes a colleague's consoles that may no longer run, on this node and (through the adapter) on every other. */
  const staffChanged = async (change: StaffChange) => {
    if (io && cluster.shared) io.serverSideEmit('staff.changed', change);
    if (io) await dropStaffSockets(io, socketDeps, change);
  };
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const app = createApp({
    staff,
    groups,
    sessions,
    settings,
    programmes,
    store,
    access,
    audit,
    records,
    dataControls,
    registry: rooms,
    commands,
    limits,
    staffChanged,
    joinGuard,
    now,
    publicBaseUrl,
    clientDir: config.clientDir,
    instruments,
    trustProxy: config.trustProxy ?? false,
    localCa: tls?.ca,
    health: () => ({ ready: readyNow, node: cluster.nodeId, rooms: rooms.size, leader: cluster.isLeader() }),
  });
  let readyNow = false;
  const http = tls ? createHttpsServer({ key: tls.key, cert: tls.cert }, app) : createServer(app);
  // HTTPS: one port takes both; plain http serves the laptop itself, the CA, and a redirect (server/tls/ says why).
  const front = tls ? oneTlsAndPlainPort(http as HttpsServer, plainSide(http as HttpsServer, tls.ca)) : undefined;
  const listener = front?.server ?? http;
  const socketServer = attachSocketServer(http, {
    registry: rooms,
    ...socketDeps,
    joinGuard,
    now,
    ready,
    trustProxy: config.trustProxy ?? false,
    publicUrl: config.publicUrl,
  });
  io = socketServer;
  if (opened.pool) {
    // Control messages between nodes ride PostgreSQL's LISTEN/NOTIFY: no extra infrastructure.
    socketServer.adapter(
      createAdapter(opened.pool, { heartbeatInterval: 1000, heartbeatTimeout: 3000, errorHandler: (err) => log(`adapter: ${err.message}`) }),
    );
    commands.connect(socketServer);
    socketServer.on('room.command', (m) => void commands.onCommand(m));
    socketServer.on('room.reply', (m) => commands.onReply(m));
    socketServer.on('room.moved', (m) => {
      if (m.nodeId !== cluster.nodeId) rooms.handOver([m.sessionId], m.epoch);
    });
    socketServer.on('staff.changed', (m) => void dropStaffSockets(socketServer, socketDeps, m));
    socketServer.on('join.guessing', () => noticeConsoles(socketServer));
  }

  await new Promise<void>((resolve, reject) => {
    listener.once('error', reject);
    listener.listen(config.port, config.host, () => resolve());
  });
  port = (listener.address() as AddressInfo).port;
  const moreAccepting = await acceptOnMoreDescriptors(listener, (config.acceptSockets ?? 1) - 1);
  const healthPort = config.healthPort === undefined ? undefined : await startHealthPort(config.healthPort, config.host, cluster.nodeId);
  lanUrls = baseUrls(port, config.host, scheme);
  const tlsNames = config.tls?.names ?? [];
  const renewal =
    tls?.ca &&
    renewOnNewAddress(
      config.dataDir,
      () => certificateNames(tlsNames),
      (key, cert, names) => {
        (http as HttpsServer).setSecureContext({ key, cert });
        log(`made a server certificate for ${names.join(', ')} (a new address)`);
      },
      { onError: (err) => log(`server certificate: ${err.message}`) },
    );
  // Only the leader purges; on the laptop this node always leads. The first check runs now.
  const retention = await startRetentionSchedule(
    { purgeExpired: () => (cluster.isLeader() ? dataControls.purgeExpired() : Promise.resolve([])) },
    config.retentionCheckMs ?? DEFAULT_RETENTION_CHECK_MS,
    log,
  );
  const liveSessions = (await sessions.live()).length;
  readyNow = true;
  healthPort?.setReady(true);
  markReady();

  return {
    port,
    publicBaseUrl: publicBaseUrl(),
    lanUrls,
    scheme,
    localCa: tls?.ca,
    setupCode,
    liveSessions,
    registry: rooms,
    cluster,
    audit,
    records,
    dataControls,
    io: socketServer,
    http,
    acceptSockets: 1 + moreAccepting.count,
    acceptedByExtraDescriptors: moreAccepting.accepted,
    healthPort: healthPort?.port,
    async close() {
      readyNow = false;
      healthPort?.setReady(false);
      retention.stop();
      if (renewal) renewal.stop();
      await dataControls.settled();
      await new Promise<void>((resolve) => socketServer.close(() => resolve()));
      await moreAccepting.close();
      await healthPort?.close();
      if (front) {
        const closed = new Promise<void>((resolve) => front.server.close(() => resolve()));
        front.destroyAll();
        await closed;
      }
      await store.close();
      await cluster.close();
      await sql.close();
    },
  };
}
