// Assembles the server: database, stores, rooms (restored from their logs), HTTP app and Socket.IO.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { randomDigits, sha256 } from './auth/tokens';
import type { Config } from './config';
import { createApp } from './http/app';
import { loadInstruments } from './instruments/load-instruments';
import { SETUP_CODE_KEY } from './http/auth-routes';
import { baseUrls } from './net/lan-urls';
import { JoinGuard } from './realtime/join-guard';
import { attachSocketServer, dropStaffWithoutAccess, type CircletimeIo } from './realtime/socket-server';
import { RoomRegistry } from './rooms/room-registry';
import { openDatabase } from './store/database';
import { GroupsRepo } from './store/groups-repo';
import { SessionsRepo } from './store/sessions-repo';
import { SettingsRepo } from './store/settings-repo';
import { ProgrammesRepo } from './store/programmes-repo';
import { AccessRepo } from './store/access-repo';
import { AuditRepo } from './store/audit-repo';
import { SqliteEventStore } from './store/sqlite-event-store';
import { StaffRepo } from './store/staff-repo';
import { DataControlsRepo } from './store/data-controls-repo';
import { DataControls } from './privacy/data-controls';
import { DEFAULT_RETENTION_CHECK_MS, startRetentionSchedule } from './privacy/retention-schedule';

export interface RunningServer {
  port: number;
  /** Base URLs tablets can use (LAN addresses, or PUBLIC_URL). */
  publicBaseUrl: string;
  lanUrls: string[];
  /** Printed once while no staff account exists; undefined afterwards. */
  setupCode: string | undefined;
  restoredRooms: number;
  registry: RoomRegistry;
  /** The audit trail (tests read it; the review lists it). */
  audit: AuditRepo;
  /** Children's-data controls: the retention purge (`purgeExpired()` runs the scheduled check now) and erasure. */
  dataControls: DataControls;
  io: CircletimeIo;
  http: Server;
  close(): Promise<void>;
}

export async function startServer(config: Config, log: (line: string) => void = () => {}): Promise<RunningServer> {
  // First, so a malformed instrument file stops the start before anything opens.
  const loaded = loadInstruments(config.instrumentsDir);
  const instruments = { list: loaded, catalog: new Map(loaded.map((l) => [l.instrument.id, l.instrument])), clipsDir: config.clipsDir };
  const db = openDatabase(join(config.dataDir, 'circletime.sqlite'));
  const store = new SqliteEventStore(db);
  const staff = new StaffRepo(db);
  const groups = new GroupsRepo(db);
  const sessions = new SessionsRepo(db);
  const settings = new SettingsRepo(db);
  const programmes = new ProgrammesRepo(db);
  const access = new AccessRepo(db);
  const audit = new AuditRepo(db);
  const now = () => Date.now();

  let port = config.port;
  let lanUrls: string[] = [];
  const publicBaseUrl = () => config.publicUrl ?? lanUrls[0] ?? `http://localhost:${port}`;

  const registry = new RoomRegistry({
    store,
    sessions,
    groups,
    programmes,
    now,
    joinCodeDigits: config.joinCodeDigits,
    publicBaseUrl,
    instruments: instruments.catalog,
    onError: (err) => log(`store error: ${err.message}`),
  });
  const joinGuard = new JoinGuard(registry, now);
  const dataControls = new DataControls({ store, groups, sessions, programmes, rows: new DataControlsRepo(db), audit, registry, now });

  let setupCode: string | undefined;
  if (staff.count() === 0) {
    setupCode = randomDigits(8);
    settings.set(SETUP_CODE_KEY, sha256(setupCode));
  }

  // The socket server is made after the app; the routes reach it only at request time.
  let io: CircletimeIo | undefined;
  const dropStaff = (staffId: string) => void (io && dropStaffWithoutAccess(io, { staff, sessions, access }, staffId));
  const app = createApp({ staff, groups, sessions, settings, programmes, store, access, audit, dataControls, registry, dropStaffWithoutAccess: dropStaff, joinGuard, now, publicBaseUrl, clientDir: config.clientDir, instruments });
  const http = createServer(app);
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const socketServer = attachSocketServer(http, { registry, staff, sessions, access, joinGuard, now, ready });
  io = socketServer;

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => resolve());
  });
  port = (http.address() as AddressInfo).port;
  lanUrls = baseUrls(port, config.host);
  // Rooms are restored after listening so their join URLs carry the real port.
  const restoredRooms = await registry.restore();
  // After the restore, so a group with a restored live session is known to be live and waits.
  const retention = await startRetentionSchedule(dataControls, config.retentionCheckMs ?? DEFAULT_RETENTION_CHECK_MS, log);
  markReady();

  return {
    port,
    publicBaseUrl: publicBaseUrl(),
    lanUrls,
    setupCode,
    restoredRooms,
    registry,
    audit,
    dataControls,
    io: socketServer,
    http,
    async close() {
      retention.stop();
      await dataControls.settled();
      await new Promise<void>((resolve) => socketServer.close(() => resolve()));
      await store.close();
      db.close();
    },
  };
}
