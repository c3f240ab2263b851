// One cluster run: clients through HAProxy, warm-up, steady window, SIGKILL of one node, wait until every room resumed, then the PostgreSQL log is checked.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { TestCluster } from '../support/cluster';
import { analyse, type RunOutcome } from './analyse';
import { ClusterLoad, type SeatTrack } from './cluster-driver';
import { countersSince, haproxyCounters, type NodeCounters } from './cluster-haproxy';
import { checkClusterLog, roomOwners, type ClusterLogCheck } from './cluster-log-check';
import { benchDatabase, setupClusterSessions, startBenchNodes } from './cluster-setup';
import { watchTakeover, type TakeoverWatch } from './cluster-takeover';
import { closeAllClients, connectRooms, unexpectedDisconnects, type ConnectedRoom } from './load-clients';
import { screensCaughtUp } from './load-driver';
import { log } from './log';
import type { BenchOptions } from './options';
import { mapLimit, waitUntil } from './pool';
import { cpuMeter, machineMeter, selfCpuMeter, type MachineLoad } from './proc-stats';
import { roomAddress, roomPlans, type BenchSession } from './setup-api';

export interface ClusterOptions extends BenchOptions {
  nodes: number;
  /** After the kill, how long to wait at most for every seat to be back. */
  resumeTimeoutSeconds: number;
  /** Load goes on this long after every seat is back (the new owners commit under load), then stops. */
  tailSeconds: number;
  sqlite: boolean;
  /** ACCEPT_SOCKETS of each node (server/net/accept-sockets.ts); undefined: the server's default. */
  acceptSockets: number | undefined;
}

export interface ClusterRunResult {
  database: string;
  clients: number;
  connectSeconds: number;
  roomsPerNode: Record<string, number>;
  /** Rooms whose owner in room_owners is not the node HAProxy routes their code to. */
  routingMismatches: number;
  /** HAProxy's counters per node before the kill, and what they added from the kill until every seat was back. */
  haproxyBeforeKill: Record<string, NodeCounters>;
  haproxyDuringTakeover: Record<string, Partial<NodeCounters>>;
  killedNode: string;
  movedRooms: number;
  /** From the SIGKILL until HAProxy's stats said the node was DOWN. */
  haproxyDownMs: number | null;
  load: ClusterLoad;
  /** Latency and acks; only intents of the steady window (before the kill) count for latency. */
  outcome: RunOutcome;
  allRoomsResumed: boolean;
  /** Seats back when the wait ended (later ones still count for resumeMs, as they did come back). */
  seatsResumedInTime: number;
  /** Copies of the seats not back when the wait ended, as they were then (where each was stuck). */
  stuckSeats: SeatTrack[];
  resumeWaitMs: number;
  drained: boolean;
  screensCaughtUp: boolean;
  logCheck: ClusterLogCheck;
  cpuPct: Record<string, number>;
  machine: MachineLoad;
  /** From the kill until every seat was back (or the wait gave up): survivors' CPU, health checks, database. */
  takeover: TakeoverWatch;
  clientLoopDelayP99Ms: number;
  steadySeconds: number;
  /** Client disconnects before the kill, by "role: reason" (there should be none). */
  disconnectsBeforeKill: Record<string, number>;
  /** Server lines worth a look (store and adapter errors), counted per node, with a few examples. */
  nodeLog: Record<string, { storeErrors: number; adapterErrors: number; roomsMoved: number; examples: string[] }>;
  /** HAProxy's own notices: a node going DOWN or UP (a flap before the kill moves rooms too). */
  haproxyLog: string[];
}

const HTTP_CONCURRENCY = 12;
const DRAIN_TIMEOUT_MS = 15_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Where each room lives before the kill: room_owners (what fences commits) and what HAProxy routes its code to. */
async function placement(cluster: TestCluster, databaseUrl: string, sessions: readonly BenchSession[]) {
  const owners = await roomOwners(
    databaseUrl,
    sessions.map((s) => s.sessionId),
  );
  // A cross-check only: a request that fails under load is tried again, and one that keeps failing counts as unknown.
  const routed = await mapLimit(sessions, 8, async (s) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await cluster.nodeOfRoom(s.code);
      } catch (err) {
        if (attempt >= 3) return `unknown (${err instanceof Error ? String(err.cause ?? err.message) : String(err)})`;
        await sleep(200 * attempt);
      }
    }
  });
  const roomsPerNode: Record<string, number> = Object.fromEntries(cluster.nodes.map((n) => [n.name, 0]));
  let routingMismatches = 0;
  const routingUnknown = routed.filter((r) => r.startsWith('unknown'));
  sessions.forEach((s, i) => {
    const owner = owners.get(s.sessionId) ?? 'none';
    roomsPerNode[owner] = (roomsPerNode[owner] ?? 0) + 1;
    if (owner !== routed[i] && !routed[i]?.startsWith('unknown')) routingMismatches++;
  });
  if (routingUnknown.length > 0) log(`cluster: HAProxy's node of ${routingUnknown.length} rooms unknown, e.g. ${routingUnknown[0]}`);
  return { owners, roomsPerNode, routingMismatches };
}

function nodeLog(cluster: TestCluster): ClusterRunResult['nodeLog'] {
  return Object.fromEntries(
    cluster.nodes.map((n) => {
      const lines = n.output().split('\n');
      const pick = (re: RegExp) => lines.filter((l) => re.test(l));
      const storeErrors = pick(/store error/);
      const adapterErrors = pick(/^adapter:/);
      return [
        n.name,
        {
          storeErrors: storeErrors.length,
          adapterErrors: adapterErrors.length,
          roomsMoved: pick(/moved to another node/).length,
          examples: [...storeErrors, ...adapterErrors].slice(0, 3),
        },
      ];
    }),
  );
}

export async function runCluster(opts: ClusterOptions): Promise<ClusterRunResult> {
  const db = await benchDatabase(process.env.DATABASE_URL || undefined);
  let cluster: TestCluster | undefined;
  try {
    cluster = await startBenchNodes(db.url, opts.nodes, opts.keepData, opts.serverNodeArgs, opts.acceptSockets);
    log(`cluster: ${cluster.nodes.map((n) => `${n.name} pid ${n.process.pid}`).join(', ')}, HAProxy pid ${cluster.haproxy.process.pid} at ${cluster.url}`);
    const { api, sessions } = await setupClusterSessions(cluster, opts.rooms, opts.childrenPerRoom, HTTP_CONCURRENCY);
    log(`cluster: ${sessions.length} live sessions of ${opts.childrenPerRoom} children, set up through HAProxy`);

    // Every socket names its room, as the pages do, and each room's sockets come from their own loopback address.
    const plans = roomPlans(sessions, api.cookie, (s) => ({ route: s.code, localAddress: roomAddress(s.index) }));
    unexpectedDisconnects.clear();
    const t0 = performance.now();
    const rooms: ConnectedRoom[] = await connectRooms(cluster.url, plans, opts.connectConcurrency, { reconnect: true });
    const connectSeconds = (performance.now() - t0) / 1000;
    const clients = rooms.reduce((n, r) => n + 2 + r.tablets.length, 0);
    log(`cluster: ${clients} clients connected and seated through HAProxy in ${connectSeconds.toFixed(1)} s`);

    const load = new ClusterLoad(rooms, opts.ratePerTablet);
    load.start();
    log(`cluster: load ${opts.ratePerTablet}/s per tablet, warm-up ${opts.warmupSeconds} s, steady ${opts.seconds} s, then SIGKILL`);
    await sleep(opts.warmupSeconds * 1000);
    const nodeMeters = cluster.nodes.map((n) => [n.name, cpuMeter(n.process.pid ?? 0)] as const);
    const haproxyMeter = cpuMeter(cluster.haproxy.process.pid ?? 0);
    const pgMeter = db.serverPid ? cpuMeter(db.serverPid, true) : undefined;
    const clientMeter = selfCpuMeter();
    const machineCpu = machineMeter();
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const steadyStart = performance.now();
    load.setMeasuring(true);
    await sleep(opts.seconds * 1000);
    load.setMeasuring(false);
    const steadySeconds = (performance.now() - steadyStart) / 1000;
    const cpuPct: Record<string, number> = Object.fromEntries(nodeMeters.map(([name, m]) => [name, m.stop()]));
    cpuPct.haproxy = haproxyMeter.stop();
    if (pgMeter) cpuPct.postgres = pgMeter.stop();
    cpuPct.loadGenerator = clientMeter.stop();
    const machine = machineCpu.stop();
    loop.disable();
    const disconnectsBeforeKill = Object.fromEntries(unexpectedDisconnects);

    const place = await placement(cluster, db.url, sessions);
    log(
      `cluster: rooms per node ${JSON.stringify(place.roomsPerNode)}${place.routingMismatches ? `, ${place.routingMismatches} owned elsewhere than HAProxy routes` : ''}`,
    );
    // The node holding more rooms dies: the harder takeover.
    const victim = [...cluster.nodes].sort((a, b) => (place.roomsPerNode[b.name] ?? 0) - (place.roomsPerNode[a.name] ?? 0))[0];
    if (!victim) throw new Error('no node to kill');
    const moved = new Set(sessions.filter((s) => place.owners.get(s.sessionId) === victim.name).map((s) => s.index));
    const haproxyBeforeKill = await haproxyCounters(cluster);
    const killEpochMs = Date.now();
    const killAt = performance.now();
    load.markKill(killAt, moved);
    const down = cluster.waitForNodeState(victim.name, 'DOWN', 15_000).then(
      () => performance.now() - killAt,
      () => null,
    );
    const watch = watchTakeover(
      cluster.nodes.filter((n) => n !== victim),
      db.url,
      db.serverPid,
    );
    await victim.kill('SIGKILL');
    log(`cluster: SIGKILL ${victim.name} (pid ${victim.process.pid}) holding ${moved.size} rooms`);

    const allRoomsResumed = await waitUntil(() => load.resumedSeats() === load.seats.length, opts.resumeTimeoutSeconds * 1000, 100);
    const resumeWaitMs = performance.now() - killAt;
    const seatsResumedInTime = load.resumedSeats();
    const stuckSeats = load.seats.filter((s) => s.resumedAt === undefined).map((s) => ({ ...s }));
    const takeover = await watch.stop();
    const haproxyDownMs = await down;
    const haproxyDuringTakeover = countersSince(await haproxyCounters(cluster), haproxyBeforeKill);
    log(
      `cluster: ${load.resumedSeats()}/${load.seats.length} seats back ${allRoomsResumed ? 'after' : 'when giving up after'} ${(resumeWaitMs / 1000).toFixed(1)} s; HAProxy saw ${victim.name} down after ${haproxyDownMs === null ? '—' : `${Math.round(haproxyDownMs)} ms`}`,
    );
    await sleep(opts.tailSeconds * 1000);
    load.stopSending();
    const loadEndEpochMs = Date.now();
    const drained = await load.drain(DRAIN_TIMEOUT_MS);
    const caughtUp = await screensCaughtUp(rooms, load.records, DRAIN_TIMEOUT_MS);
    const outcome = analyse(load.records, rooms);
    closeAllClients();
    const logs = nodeLog(cluster);
    // HAProxy prints each notice twice (to stderr with a "[WARNING] (pid) :" prefix, and as a log line): keep one.
    const notices = cluster.haproxy
      .output()
      .split('\n')
      .filter((l) => /is (UP|DOWN)|has no server/.test(l));
    const plain = notices.map((l) =>
      l
        .replace(/^\[\w+\]\s+\(\d+\)\s*:\s*/, '')
        .replace(/'/g, '')
        .trim(),
    );
    const haproxyLog = plain.filter((l, i) => l !== plain[i - 1]).slice(-12);

    // The log is read once the surviving nodes have stopped: what they acknowledged must be in PostgreSQL.
    await cluster.close();
    log(`cluster: nodes stopped; checking ${outcome.ackedIds.length} acknowledged intents in the PostgreSQL log`);
    const logCheck = await checkClusterLog(
      db.url,
      sessions.map((s) => s.sessionId),
      outcome.ackedIds,
      load.idPrefix,
      { killEpochMs, loadEndEpochMs },
    );
    return {
      database: db.origin,
      clients,
      connectSeconds,
      roomsPerNode: place.roomsPerNode,
      routingMismatches: place.routingMismatches,
      haproxyBeforeKill,
      haproxyDuringTakeover,
      killedNode: victim.name,
      movedRooms: moved.size,
      haproxyDownMs,
      load,
      outcome,
      allRoomsResumed,
      seatsResumedInTime,
      stuckSeats,
      resumeWaitMs,
      drained,
      screensCaughtUp: caughtUp,
      logCheck,
      cpuPct,
      machine,
      takeover,
      clientLoopDelayP99Ms: loop.count > 0 ? loop.percentile(99) / 1e6 : 0,
      steadySeconds,
      disconnectsBeforeKill,
      nodeLog: logs,
      haproxyLog,
    };
  } finally {
    closeAllClients();
    await cluster?.close();
    await db.close(opts.keepData);
  }
}
