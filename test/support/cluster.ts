// A test cluster on loopback: N server nodes (child processes) sharing one PostgreSQL database, behind HAProxy.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../scripts/pg-cluster-lib.mjs';
import { freshDatabaseUrl } from './postgres';
import { childServer, REPO, tempDataDir, type ChildServer } from './test-server';

export const HAPROXY_TEMPLATE = join(REPO, 'deploy/haproxy.cfg');

/**
 * deploy/haproxy.cfg with its marked lines replaced for loopback: the `# @frontend` bind, the `# @stats` bind and the
 * `server` lines between `# @nodes-begin` and `# @nodes-end`. Everything else (balance, checks, timeouts) is the
 * operators' file as shipped, so the tests exercise what is deployed.
 */
export function renderHaproxyConfig(
  opts: { frontendPort: number; statsPort: number; nodes: { name: string; port: number; healthPort?: number }[] },
  template = readFileSync(HAPROXY_TEMPLATE, 'utf8'),
): string {
  let frontend = 0;
  let stats = 0;
  let inNodes = false;
  let nodeBlocks = 0;
  const out: string[] = [];
  for (const line of template.split('\n')) {
    const indent = /^\s*/.exec(line)![0];
    if (/#\s*@nodes-begin\s*$/.test(line)) {
      inNodes = true;
      nodeBlocks++;
      out.push(
        line,
        // Each node's checks go to its own HEALTH_PORT (the shipped file sets one for all in default-server).
        ...opts.nodes.flatMap((n) => [`${indent}server ${n.name} 127.0.0.1:${n.port}${n.healthPort ? ` port ${n.healthPort}` : ''}`]),
        // The last-resort lines, as the shipped file has them for its example nodes.
        ...opts.nodes.flatMap((n) => [`${indent}server ${n.name}-last 127.0.0.1:${n.port} backup no-check`]),
      );
    } else if (/#\s*@nodes-end\s*$/.test(line)) {
      inNodes = false;
      out.push(line);
    } else if (inNodes) {
      // The example server lines are dropped.
    } else if (/^\s*bind\s.*#\s*@frontend\s*$/.test(line)) {
      frontend++;
      out.push(`${indent}bind 127.0.0.1:${opts.frontendPort}  # @frontend`);
    } else if (/^\s*bind\s.*#\s*@stats\s*$/.test(line)) {
      stats++;
      out.push(`${indent}bind 127.0.0.1:${opts.statsPort}  # @stats`);
    } else {
      out.push(line);
    }
  }
  // A template edit that loses a marker must fail loudly, not silently test something else.
  if (frontend !== 1 || stats !== 1 || nodeBlocks !== 1 || inNodes) {
    throw new Error(`${HAPROXY_TEMPLATE}: expected one "# @frontend" bind, one "# @stats" bind and one @nodes-begin/@nodes-end block`);
  }
  return out.join('\n');
}

/** The node behind one of HAProxy's server names (`n1-last`, its last-resort line, is n1). */
export function nodeOfServerName(server: string): string {
  return server.replace(/-last$/, '');
}

/** Thrown by a waitFor check when waiting longer cannot help (a process died). */
export class GiveUp extends Error {}

/** Polls `check` until it returns a value other than undefined, or throws `what` (plus `context()`) after the deadline. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs: number, context: () => string = () => ''): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined) return v;
    } catch (e) {
      if (e instanceof GiveUp) throw new Error(`gave up waiting for ${what}: ${e.message}\n${context()}`);
      last = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}\n${context()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface ClusterNode {
  /** HAProxy's server name and the node's NODE_ID: n1, n2, … */
  name: string;
  port: number;
  /** Its HEALTH_PORT, where HAProxy checks it. */
  healthPort: number;
  /** The node itself, bypassing HAProxy. */
  url: string;
  dataDir: string;
  /** The current process (a new one after start()). */
  process: ChildProcess;
  output(): string;
  alive(): boolean;
  /** Sends `signal` (default SIGKILL) to the node's own PID; resolves when it has exited (SIGKILL/SIGTERM) or at once. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** SIGSTOP: the node hangs with its sockets open, as a node stuck in swap or a long GC would. */
  stop(): void;
  /** SIGCONT after stop(). */
  cont(): void;
  /** Starts the node again after a kill, on the same port and data folder. */
  start(): Promise<void>;
}

export interface HaproxyProcess {
  process: ChildProcess;
  port: number;
  /** The stats page (CSV with ;csv appended). */
  statsUrl: string;
  configFile: string;
  output(): string;
}

export interface TestCluster {
  /** The HAProxy frontend: what every client uses. */
  url: string;
  /** The database every node shares. */
  databaseUrl: string;
  nodes: ClusterNode[];
  haproxy: HaproxyProcess;
  /** HAProxy's view of each node: { n1: 'UP', n2: 'DOWN' } (also 'MAINT', 'UP 1/2', …). */
  nodeStates(): Promise<Record<string, string>>;
  /** Waits until HAProxy reports `name` in `state` ('UP' or 'DOWN'); resolves with the ms it took. */
  waitForNodeState(name: string, state: 'UP' | 'DOWN', timeoutMs?: number): Promise<number>;
  /** HAProxy's server line for `room` right now (n1, n2-last…: the X-Circletime-Node response header). */
  lineOfRoom(room: string): Promise<string>;
  /** The node HAProxy routes `room` to right now (its line's node). */
  nodeOfRoom(room: string): Promise<string>;
  close(): Promise<void>;
}

export type StartNode = (dataDir: string, port: number, env: Record<string, string>) => Promise<ChildServer>;

export interface ClusterOptions {
  nodes?: number;
  /** Default: a fresh database on the test cluster (TEST_DATABASE_URL, or one this process starts). */
  databaseUrl?: string;
  /** Extra environment for every node (e.g. JOIN_CODE_DIGITS). */
  env?: Record<string, string>;
  /** How a node is started; default childServer (`node scripts/start-server-only.mjs`). */
  startNode?: StartNode;
  /** How long to wait for the cluster to serve /healthz through HAProxy with every node UP; default 30 s. */
  readyTimeoutMs?: number;
}

const exitedAlready = (p: ChildProcess) => p.exitCode !== null || p.signalCode !== null;

// If the test process ends without close() (a crash, an uncaught error), its nodes and HAProxy must not outlive it:
// they hold ports and database connections. 'exit' handlers must be synchronous, and process.kill is.
const started = new Set<ChildProcess>();
process.on('exit', () => {
  for (const p of started) if (!exitedAlready(p)) p.kill('SIGKILL');
});
function track<T extends ChildProcess>(p: T): T {
  started.add(p);
  p.once('exit', () => started.delete(p));
  return p;
}

function tail(lines: string[], text: string, keep = 400): void {
  lines.push(...text.split('\n').filter(Boolean));
  if (lines.length > keep) lines.splice(0, lines.length - keep);
}

export async function startTestCluster(opts: ClusterOptions = {}): Promise<TestCluster> {
  const count = opts.nodes ?? 2;
  const startNode: StartNode = opts.startNode ?? ((dir, port, env) => childServer(dir, port, env));
  const databaseUrl = opts.databaseUrl ?? (await freshDatabaseUrl('cluster'));
  // The frontend port is chosen first so each node can be told its public URL.
  // A free port is only free until someone binds it, and HAProxy binds its own later: never hand one out twice.
  const reserved = new Set<number>();
  const reservePort = async () => {
    for (;;) {
      const port = await freePort();
      if (!reserved.has(port)) return (reserved.add(port), port);
    }
  };
  const [frontendPort, statsPort] = [await reservePort(), await reservePort()];
  const url = `http://127.0.0.1:${frontendPort}`;
  const nodes: ClusterNode[] = [];
  let haproxy: HaproxyProcess | undefined;

  const context = () =>
    [
      ...nodes.map((n) => `--- ${n.name} (pid ${n.process.pid}) ---\n${n.output().slice(-3000)}`),
      haproxy ? `--- haproxy ---\n${haproxy.output().slice(-3000)}` : '',
    ].join('\n');

  const close = async () => {
    // Nodes first, so nothing reconnects through a half-closed HAProxy. A node that does not leave within 5 s of
    // SIGTERM is killed: close() must not hang a test run.
    await Promise.all(
      nodes.map(async (n) => {
        if (!n.alive()) return;
        const timer = setTimeout(() => void n.kill('SIGKILL'), 5000);
        await n.kill('SIGTERM');
        clearTimeout(timer);
      }),
    );
    if (haproxy && haproxy.process.pid !== undefined && !exitedAlready(haproxy.process)) {
      const gone = new Promise((r) => haproxy!.process.once('exit', r));
      haproxy.process.kill('SIGTERM');
      await gone;
    }
  };

  try {
    // Nodes start side by side; each is kept as soon as it runs, so close() also stops those that started when
    // another one failed.
    const settled = await Promise.allSettled(
      Array.from({ length: count }, async (_, i) => {
        const name = `n${i + 1}`;
        const dataDir = tempDataDir(`ct-cluster-${name}-`);
        // Chosen here, not 0: a node restarted after a kill must come back on the same one.
        const healthPort = await reservePort();
        const env = {
          DATABASE_URL: databaseUrl,
          NODE_ID: name,
          PUBLIC_URL: url,
          TRUST_PROXY: '1',
          HOST: '127.0.0.1',
          HEALTH_PORT: String(healthPort),
          ...opts.env,
        };
        const server = await startNode(dataDir, 0, env);
        track(server.process);
        nodes[i] = makeNode(name, dataDir, env, server, startNode, healthPort);
      }),
    );
    const failed = settled.find((r) => r.status === 'rejected');
    if (failed) {
      nodes.splice(0, nodes.length, ...nodes.filter(Boolean));
      throw (failed as PromiseRejectedResult).reason;
    }

    const dir = tempDataDir('ct-haproxy-');
    const configFile = join(dir, 'haproxy.cfg');
    writeFileSync(
      configFile,
      renderHaproxyConfig({
        frontendPort,
        statsPort,
        nodes: nodes.map((n) => ({ name: n.name, port: n.port, healthPort: n.healthPort })),
      }),
    );
    // -db: stay in the foreground, so this PID is HAProxy itself and close() stops it.
    const proc = track(spawn('haproxy', ['-f', configFile, '-db'], { stdio: ['ignore', 'pipe', 'pipe'] }));
    const lines: string[] = [];
    let spawnError: Error | undefined;
    proc.stdout.on('data', (c: Buffer) => tail(lines, c.toString()));
    proc.stderr.on('data', (c: Buffer) => tail(lines, c.toString()));
    proc.once('error', (e) => (spawnError = e));
    haproxy = { process: proc, port: frontendPort, statsUrl: `http://127.0.0.1:${statsPort}/haproxy`, configFile, output: () => lines.join('\n') };

    const nodeStates = async (): Promise<Record<string, string>> => {
      const csv = await (await fetch(`${haproxy!.statsUrl};csv`)).text();
      const [header, ...rows] = csv
        .replace(/^# /, '')
        .trim()
        .split('\n')
        .map((l) => l.split(','));
      const col = (n: string) => header!.indexOf(n);
      const states: Record<string, string> = {};
      for (const r of rows) if (r[col('pxname')] === 'circletime_nodes' && r[col('svname')] !== 'BACKEND') states[r[col('svname')]!] = r[col('status')]!;
      return states;
    };
    const waitForNodeState = async (name: string, state: 'UP' | 'DOWN', timeoutMs = 15_000) => {
      const t0 = Date.now();
      await waitFor(`HAProxy to see ${name} ${state}`, async () => ((await nodeStates())[name] === state ? true : undefined), timeoutMs, context);
      return Date.now() - t0;
    };

    const lineOfRoom = async (room: string) => {
      const res = await fetch(`${url}/healthz?room=${encodeURIComponent(room)}`);
      await res.arrayBuffer();
      const line = res.headers.get('x-circletime-node');
      if (!line) throw new Error(`no X-Circletime-Node header for room ${room} (status ${res.status})`);
      return line;
    };

    const readyTimeout = opts.readyTimeoutMs ?? 30_000;
    await waitFor(
      'HAProxy to answer /healthz with every node UP after a passed check',
      async () => {
        if (spawnError) throw new GiveUp(`cannot run haproxy: ${spawnError.message} (apt-get install haproxy)`);
        if (exitedAlready(proc)) throw new GiveUp(`haproxy exited (${proc.exitCode ?? proc.signalCode})`);
        const dead = nodes.find((n) => !n.alive());
        if (dead) throw new GiveUp(`${dead.name} exited`);
        // HAProxy counts servers UP before their first check; L7OK in check_status means a check really passed.
        const csv = await (await fetch(`${haproxy!.statsUrl};csv`)).text();
        const checked = nodes.every((n) => new RegExp(`^circletime_nodes,${n.name},.*,UP,.*,L7OK,`, 'm').test(csv));
        return checked && (await fetch(`${url}/healthz`)).status === 200 ? true : undefined;
      },
      readyTimeout,
      context,
    );

    return {
      url,
      databaseUrl,
      nodes,
      haproxy,
      nodeStates,
      waitForNodeState,
      lineOfRoom,
      // Reached as the last resort (every node marked down): the same node.
      nodeOfRoom: async (room: string) => nodeOfServerName(await lineOfRoom(room)),
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}

function makeNode(name: string, dataDir: string, env: Record<string, string>, first: ChildServer, startNode: StartNode, healthPort: number): ClusterNode {
  let server = first;
  const node: ClusterNode = {
    name,
    port: first.port,
    healthPort,
    url: first.url,
    dataDir,
    process: first.process,
    output: () => server.output(),
    alive: () => !exitedAlready(server.process),
    async kill(signal: NodeJS.Signals = 'SIGKILL') {
      if (!node.alive()) return;
      const exited = server.exited;
      server.process.kill(signal);
      // A stopped process keeps SIGTERM pending until it runs again.
      if (signal === 'SIGTERM' || signal === 'SIGINT') server.process.kill('SIGCONT');
      // Only these signals end the process; SIGSTOP/SIGCONT/SIGUSR… return at once.
      if (signal === 'SIGKILL' || signal === 'SIGTERM' || signal === 'SIGINT') await exited;
    },
    stop: () => void server.process.kill('SIGSTOP'),
    cont: () => void server.process.kill('SIGCONT'),
    async start() {
      if (node.alive()) throw new Error(`${name} is still running (pid ${server.process.pid})`);
      // Same port: HAProxy's config names it.
      server = await startNode(dataDir, node.port, env);
      node.process = track(server.process);
    },
  };
  return node;
}
