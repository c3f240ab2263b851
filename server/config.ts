// Server configuration from the environment, with the embedded defaults `npm start` uses.
import { resolve } from 'node:path';
import { DEFAULT_RETENTION_CHECK_MS } from './privacy/retention-schedule';

/** The longest delay a Node timer takes (about 24.8 days). */
const MAX_TIMER_MS = 2_147_483_647;

export interface Config {
  port: number;
  /**
   * How many descriptors accept connections on `port` (server/net/accept-sockets.ts): a Node 20 process accepts one
   * connection per descriptor per turn of its event loop, so a node taking over a dead node's rooms takes the
   * reconnecting sockets that many times faster. Default 8 on PostgreSQL (several nodes), 1 on the laptop.
   */
  acceptSockets?: number;
  /** GET /healthz also on this port, answered by a thread of its own (server/net/health-port.ts); unset: PORT only. */
  healthPort?: number | undefined;
  host: string;
  dataDir: string;
  /** Base URL tablets should use (QR code); default: the first LAN address found. */
  publicUrl: string | undefined;
  joinCodeDigits: number;
  clientDir: string;
  /** A worker's own instrument files (*.json, same format as the built-in ones). */
  instrumentsDir: string;
  /** Recorded read-aloud clips: <dir>/<instrument>/<language>/<item id>.mp3 */
  clipsDir: string;
  /** How often groups past their retention date are purged (also once at start); default one hour. */
  retentionCheckMs?: number;
  /** postgres://… switches every table and the event log to PostgreSQL (several nodes may share it); unset: SQLite. */
  databaseUrl?: string | undefined;
  /** This node's name among several (logs, room ownership); default: host name and a random suffix. */
  nodeId?: string | undefined;
  /** Behind a TLS-terminating proxy (HAProxy): believe its X-Forwarded-For / -Proto, so https gets Secure cookies. */
  trustProxy?: boolean;
  /** HTTPS on the laptop (tablets get the offline shell); undefined: plain http. */
  tls?: TlsConfig | undefined;
}

export interface TlsConfig {
  /** The operator's own certificate and key (PEM files); unset: this laptop's local CA signs one (data folder). */
  certFile?: string | undefined;
  keyFile?: string | undefined;
  /** Extra names the local certificate covers besides the host name and addresses (`circletime.local`, a test name). */
  names: string[];
}

function intFrom(value: string | undefined, fallback: number, min: number, max: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be an integer from ${min} to ${max}, got "${value}"`);
  return n;
}

function databaseUrlFrom(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (!/^postgres(ql)?:\/\//.test(value))
    throw new Error(`DATABASE_URL must start with postgres:// (unset it to use SQLite), got "${value.replace(/:[^:@/]*@/, ':***@')}"`);
  return value;
}

const on = (value: string | undefined) => /^(1|true|yes|on)$/i.test(value ?? '');

function tlsFrom(env: NodeJS.ProcessEnv): TlsConfig | undefined {
  const certFile = env.TLS_CERT_FILE || undefined;
  const keyFile = env.TLS_KEY_FILE || undefined;
  if ((certFile === undefined) !== (keyFile === undefined))
    throw new Error('TLS_CERT_FILE and TLS_KEY_FILE go together: set both (your own certificate) or neither (the local CA makes one)');
  // The operator's certificate files alone say "serve HTTPS"; otherwise HTTPS=1 does.
  if (!on(env.HTTPS) && certFile === undefined) return undefined;
  const names = (env.TLS_NAMES ?? '').split(/[\s,]+/).filter(Boolean);
  for (const n of names) if (!/^[A-Za-z0-9.:-]+$/.test(n)) throw new Error(`TLS_NAMES holds host names or IP addresses separated by commas, got "${n}"`);
  return { certFile: certFile && resolve(certFile), keyFile: keyFile && resolve(keyFile), names };
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = resolve(env.DATA_DIR || 'data');
  return {
    port: intFrom(env.PORT, 3000, 0, 65535, 'PORT'),
    acceptSockets: intFrom(env.ACCEPT_SOCKETS, env.DATABASE_URL ? 8 : 1, 1, 64, 'ACCEPT_SOCKETS'),
    healthPort: env.HEALTH_PORT ? intFrom(env.HEALTH_PORT, 0, 0, 65535, 'HEALTH_PORT') : undefined,
    host: env.HOST || '0.0.0.0',
    dataDir,
    publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/+$/, '') : undefined,
    joinCodeDigits: intFrom(env.JOIN_CODE_DIGITS, 4, 4, 6, 'JOIN_CODE_DIGITS'),
    clientDir: resolve(env.CLIENT_DIR || 'dist/client'),
    instrumentsDir: resolve(env.INSTRUMENTS_DIR || `${dataDir}/instruments`),
    clipsDir: resolve(env.CLIPS_DIR || `${dataDir}/clips`),
    retentionCheckMs: intFrom(env.RETENTION_CHECK_MS, DEFAULT_RETENTION_CHECK_MS, 50, MAX_TIMER_MS, 'RETENTION_CHECK_MS'),
    databaseUrl: databaseUrlFrom(env.DATABASE_URL),
    nodeId: env.NODE_ID || undefined,
    trustProxy: on(env.TRUST_PROXY),
    tls: tlsFrom(env),
  };
}
