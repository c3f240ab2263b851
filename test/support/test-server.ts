// Real servers for tests: in-process (fast) or as a child process (so it can be SIGKILLed and restarted).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Config } from '../../server/config';
import { startServer, type RunningServer } from '../../server/create-server';
import { databaseUrlForDataDir, testStore } from './postgres';
import { withDeadline } from './wait';

export const REPO = resolve(import.meta.dirname, '../..');

export function tempDataDir(prefix = 'ct-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * The database a server on `dataDir` uses in this run: undefined for SQLite (the file in dataDir), or with
 * TEST_STORE=postgres the PostgreSQL database tied to that folder, so a restart on the same folder finds the same data.
 */
export async function testDatabaseUrl(dataDir: string): Promise<string | undefined> {
  return testStore() === 'postgres' ? databaseUrlForDataDir(dataDir) : undefined;
}

export interface InProcessServer {
  url: string;
  server: RunningServer;
  /** The PostgreSQL database it uses, or undefined on SQLite. */
  databaseUrl: string | undefined;
  setupCode: string;
  close(): Promise<void>;
}

/** The configuration a test server on `dataDir` runs with (PostgreSQL when the run tests that store). */
export async function serverConfig(dataDir: string, extra: { instrumentsDir?: string; clipsDir?: string } = {}): Promise<Config> {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    publicUrl: undefined,
    joinCodeDigits: 4,
    clientDir: join(REPO, 'dist/client'),
    instrumentsDir: extra.instrumentsDir ?? join(dataDir, 'instruments'),
    clipsDir: extra.clipsDir ?? join(dataDir, 'clips'),
    databaseUrl: await testDatabaseUrl(dataDir),
  };
}

export async function inProcessServer(dataDir = tempDataDir(), extra: { instrumentsDir?: string; clipsDir?: string } = {}): Promise<InProcessServer> {
  const config = await serverConfig(dataDir, extra);
  const server = await startServer(config);
  return { url: `http://127.0.0.1:${server.port}`, server, databaseUrl: config.databaseUrl, setupCode: server.setupCode ?? '', close: () => server.close() };
}

export interface ChildServer {
  url: string;
  port: number;
  setupCode: string | undefined;
  /** The PostgreSQL database it uses (DATABASE_URL), or undefined on SQLite. */
  databaseUrl: string | undefined;
  process: ChildProcess;
  output: () => string;
  /** Resolves when the process has exited. */
  exited: Promise<number | null>;
}

/**
 * Starts `node scripts/start-server-only.mjs` and resolves once it prints that it is running.
 * With TEST_STORE=postgres it gets DATABASE_URL of dataDir's database (the same one again after a restart on the same
 * folder); `extraEnv.DATABASE_URL` overrides that (a cluster's nodes share one database).
 */
/** How long a server may take to start: under the 60 s hook timeout, above a cold PostgreSQL migration. */
const SERVER_START_MS = 30_000;

export async function childServer(dataDir: string, port = 0, extraEnv: Record<string, string> = {}): Promise<ChildServer> {
  // A DATABASE_URL from the developer's shell must not turn a SQLite run into a PostgreSQL one.
  const { DATABASE_URL: _fromShell, ...inherited } = process.env;
  const databaseUrl = extraEnv.DATABASE_URL ?? (await testDatabaseUrl(dataDir));
  const proc = spawn(process.execPath, [join(REPO, 'scripts/start-server-only.mjs')], {
    cwd: REPO,
    env: {
      ...inherited,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      CLIENT_DIR: join(REPO, 'dist/client'),
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | null>((res) => proc.once('exit', (code) => res(code)));
  const started = new Promise<ChildServer>((resolveStart, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = out.match(/console[^\n]*http:\/\/localhost:(\d+)\/console/);
      if (m && out.includes('Press Ctrl+C')) {
        const p = Number(m[1]);
        resolveStart({
          url: `http://127.0.0.1:${p}`,
          port: p,
          setupCode: out.match(/Setup code[^\d]*(\d{8})/)?.[1],
          databaseUrl,
          process: proc,
          output: () => out,
          exited,
        });
      }
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', (c: Buffer) => (out += c.toString()));
    void exited.then((code) => reject(new Error(`server exited (${code}) before starting:\n${out}`)));
  });
  // A server that never says it runs (a hung migration, a lock never granted) fails with what it printed.
  return withDeadline(started, {
    timeoutMs: SERVER_START_MS,
    what: 'the server to print that it is running',
    last: () => out.slice(-2000),
    cancel: () => void proc.kill('SIGKILL'),
  });
}

export async function killChild(server: ChildServer, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (server.process.exitCode !== null || server.process.signalCode !== null) return;
  server.process.kill(signal);
  await server.exited;
}
