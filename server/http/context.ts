// Everything HTTP handlers need, built once at start-up.
import type { RoomRegistry } from '../rooms/room-registry';
import type { JoinGuard } from '../realtime/join-guard';
import type { GroupsRepo } from '../store/groups-repo';
import type { SessionsRepo } from '../store/sessions-repo';
import type { SettingsRepo } from '../store/settings-repo';
import type { StaffRepo } from '../store/staff-repo';
import type { ProgrammesRepo } from '../store/programmes-repo';
import type { EventStore } from '../store/event-store';
import type { AccessRepo } from '../store/access-repo';
import type { AuditRepo } from '../store/audit-repo';
import type { RecordsRepo } from '../store/records-repo';
import type { DataControls } from '../privacy/data-controls';
import type { RoomCommands } from '../cluster/room-commands';
import type { RateLimits } from '../store/rate-limits-repo';
import type { StaffChange } from '../realtime/socket-server';
import type { InstrumentCatalog } from '../../shared/instruments/catalog';
import type { LoadedInstrument } from '../instruments/load-instruments';
import type { LocalCa } from '../tls/tls-setup';

/** The instruments loaded at start, and where recorded read-aloud clips live. */
export interface InstrumentsContext {
  list: LoadedInstrument[];
  catalog: InstrumentCatalog;
  clipsDir: string;
}

export interface HttpContext {
  staff: StaffRepo;
  groups: GroupsRepo;
  sessions: SessionsRepo;
  settings: SettingsRepo;
  programmes: ProgrammesRepo;
  /** The event log, for the review and exports (rooms write it; the review only reads). */
  store: EventStore;
  access: AccessRepo;
  audit: AuditRepo;
  /** Session process records (drafts with history, final versions). */
  records: RecordsRepo;
  /** Retention purge and erasure of a child (admins only, through the group routes). */
  dataControls: DataControls;
  registry: RoomRegistry;
  /** Runs a command on a live room on whichever node holds it (ending it, a roster change). */
  commands: RoomCommands;
  /** Attempt counters every node shares (logins, setup codes, join codes). */
  limits: RateLimits;
  /** Closes a colleague's live consoles they may no longer run, or whose login ended, on every node. */
  staffChanged: (change: StaffChange) => Promise<void>;
  /** Config.trustProxy: behind HAProxy believe X-Forwarded-For / -Proto (per-address limits, Secure cookies over TLS). */
  trustProxy: boolean;
  /** What GET /healthz reports (the load balancer's check). */
  health: () => { ready: boolean; node: string; rooms: number; leader: boolean };
  joinGuard: JoinGuard;
  now: () => number;
  publicBaseUrl: () => string;
  clientDir: string;
  instruments: InstrumentsContext;
  /** HTTPS with this laptop's own CA: /ca serves its certificate for tablets to install. */
  localCa?: LocalCa | undefined;
}
