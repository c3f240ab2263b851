// The cluster bench's output: one JSON object (`--json`) or a table, with each target checked.
import type { CircletimeResult } from './bench-circletime';
import type { SeatTrack } from './cluster-driver';
import type { ClusterOptions, ClusterRunResult } from './cluster-run';
import { percentiles, type Percentiles } from './percentiles';

const r1 = (x: number) => Math.round(x * 10) / 10;
const pick = (p: Percentiles) => ({ p50: p.p50, p95: p.p95, p99: p.p99, max: p.max });
const spread = (p: Percentiles) => ({ p50: Math.round(p.p50), p95: Math.round(p.p95), max: Math.round(p.max), count: p.count });

/** Targets of the organisation deployment (issue 12). */
export const TARGETS = { minRoomShare: 0.3, maxResumeMs: 5000 };

/** Where a seat that did not come back got stuck. */
function stuckAt(s: SeatTrack): string {
  const mustReconnect = s.moved || s.droppedAt !== undefined;
  if (s.moved && s.droppedAt === undefined) return 'never dropped';
  if (mustReconnect && s.reconnectedAt === undefined) return 'not reconnected';
  if (mustReconnect && s.seatedAt === undefined) return 'not seated';
  return 'no ack';
}

function notResumed(run: ClusterRunResult) {
  const stuck = run.stuckSeats;
  const byState: Record<string, number> = {};
  for (const s of stuck) {
    const key = `${s.moved ? 'moved' : 'stayed'}: ${stuckAt(s)}`;
    byState[key] = (byState[key] ?? 0) + 1;
  }
  return { seats: stuck.length, rooms: [...new Set(stuck.map((s) => s.room))].slice(0, 20), byState };
}

export function buildClusterReport(opts: ClusterOptions, run: ClusterRunResult, sqlite: CircletimeResult | undefined, wallSeconds: number) {
  const killAt = run.load.killAt ?? 0;
  const moved = run.load.seats.filter((s) => s.moved);
  const stayed = run.load.seats.filter((s) => !s.moved);
  const since = (xs: (number | undefined)[]) => xs.filter((x): x is number => x !== undefined).map((x) => x - killAt);
  const movedRooms = new Set(moved.map((s) => s.room));
  const screensMoved = run.load.screens.filter((_, i) => movedRooms.has(i));
  const resumeMs = percentiles(since(moved.map((s) => s.resumedAt)));
  const records = run.load.records;
  const afterKill = records.filter((r) => r.afterKill);
  const roomShare = Object.fromEntries(Object.entries(run.roomsPerNode).map(([node, n]) => [node, r1((n / opts.rooms) * 100)]));
  const log = run.logCheck;
  const checks = {
    roomsPerNode: Object.values(run.roomsPerNode).length === opts.nodes && Object.values(run.roomsPerNode).every((n) => n >= TARGETS.minRoomShare * opts.rooms),
    allRoomsResumed: run.allRoomsResumed,
    ackedLost: log.ackedLost.length === 0,
    seqGaps: log.seqGaps === 0,
    duplicateIntents: log.duplicateIntents.length === 0,
    resumeMax: run.allRoomsResumed && resumeMs.max <= TARGETS.maxResumeMs,
  };
  const cpuTotal = Object.values(run.cpuPct).reduce((a, b) => a + b, 0);
  return {
    ok: Object.values(checks).every(Boolean),
    checks,
    rooms: opts.rooms,
    nodes: opts.nodes,
    clients: run.clients,
    database: run.database,
    warmupSeconds: opts.warmupSeconds,
    steadySeconds: r1(run.steadySeconds),
    ratePerTablet: opts.ratePerTablet,
    roomsPerNode: run.roomsPerNode,
    roomsPerNodePct: roomShare,
    routingMismatches: run.routingMismatches,
    haproxyBeforeKill: run.haproxyBeforeKill,
    haproxyDuringTakeover: run.haproxyDuringTakeover,
    killedNode: run.killedNode,
    movedRooms: run.movedRooms,
    haproxyDownMs: run.haproxyDownMs === null ? null : Math.round(run.haproxyDownMs),
    allRoomsResumed: run.allRoomsResumed,
    seatsResumed: run.seatsResumedInTime,
    seatsResumedByTheEnd: run.load.resumedSeats(),
    resumeTimeoutSeconds: opts.resumeTimeoutSeconds,
    seats: run.load.seats.length,
    // Where the seats not back when the wait ended were stuck then, and in which rooms.
    notResumed: notResumed(run),
    // Per seat of a moved room: kill → seated again on the new node and an intent acknowledged there.
    resumeMs: spread(resumeMs),
    droppedMs: spread(percentiles(since(moved.map((s) => s.droppedAt)))),
    reconnectMs: spread(percentiles(since(moved.map((s) => s.reconnectedAt)))),
    // The successful attempt's handshake (the server admits the tablet, loading the room if it is the first) and how
    // many attempts the clients' backoff needed.
    handshakeMs: spread(percentiles(moved.flatMap((s) => (s.reconnectedAt !== undefined && s.attemptAt !== undefined ? [s.reconnectedAt - s.attemptAt] : [])))),
    reconnectAttempts: spread(percentiles(moved.map((s) => s.attempts))),
    // The rest of the way back, per seat of a moved room: kill → first "seated" view and kill → first ack on the
    // new connection, and each of them after that connection opened (the new node's work once it admitted the tablet).
    transportOpenMs: spread(percentiles(since(moved.map((s) => s.openedAt)))),
    admitMs: spread(percentiles(moved.flatMap((s) => (s.reconnectedAt !== undefined && s.openedAt !== undefined ? [s.reconnectedAt - s.openedAt] : [])))),
    seatedMs: spread(percentiles(since(moved.map((s) => s.seatedAt)))),
    ackedMs: spread(percentiles(since(moved.map((s) => s.ackedAt)))),
    seatedAfterConnectMs: spread(
      percentiles(moved.flatMap((s) => (s.seatedAt !== undefined && s.reconnectedAt !== undefined ? [s.seatedAt - s.reconnectedAt] : []))),
    ),
    ackedAfterConnectMs: spread(
      percentiles(moved.flatMap((s) => (s.ackedAt !== undefined && s.reconnectedAt !== undefined ? [s.ackedAt - s.reconnectedAt] : []))),
    ),
    // Seats whose room stayed: kill → their next acknowledged intent (the surviving node under the takeover's load).
    resumeMsStayed: spread(percentiles(since(stayed.map((s) => s.resumedAt)))),
    // Kill → the surviving node's claim of each moved room (room_owners.claimed_at): how soon the first client got there.
    takeoverMs: spread(percentiles(log.takeoverMs)),
    screensBackMs: spread(percentiles(since(screensMoved.map((v) => v.backAt)))),
    ackedLost: log.ackedLost.length,
    seqGaps: log.seqGaps,
    duplicateIntents: log.duplicateIntents.length,
    logExamples: { ackedLost: log.ackedLost.slice(0, 5), seqGaps: log.seqGapExamples, duplicateIntents: log.duplicateIntents.slice(0, 5) },
    seatsMarkedDisconnected: log.seatsMarkedDisconnected,
    latencyMs: pick(run.outcome.latencyMs),
    sqliteLatencyMs: sqlite ? pick(sqlite.outcome.latencyMs) : null,
    // As `npm run bench` counts it: acknowledged but missing from the log, or never seen by the screen before the
    // drain timeout (a node that cannot keep up shows here, not as a loss from the log).
    sqliteLost: sqlite ? new Set([...sqlite.logCheck.missing, ...sqlite.outcome.unseen]).size : null,
    sqliteDetail: sqlite
      ? {
          missingFromLog: sqlite.logCheck.missing.length,
          unseenByScreen: sqlite.outcome.unseen.length,
          unacked: sqlite.outcome.unacked,
          drained: sqlite.drained,
        }
      : null,
    sqliteServerCpuPct: sqlite ? r1(sqlite.serverCpuPct) : null,
    intentsMeasured: run.outcome.intents,
    intents: records.length,
    intentsAfterKill: afterKill.length,
    acked: run.outcome.ackedIds.length,
    unackedAtEnd: run.outcome.unacked,
    rejected: run.outcome.rejected,
    rejectedByCode: run.outcome.rejectedByCode,
    retries: run.load.retries,
    notSentOffline: run.load.notSentOffline,
    reconnectErrors: run.load.reconnectErrors,
    intentsRetried: records.filter((r) => r.attempts > 1).length,
    unseenByScreen: run.outcome.unseen.length,
    eventsTotal: log.eventsTotal,
    eventsAfterKill: log.eventsAfterKill,
    cpuPct: Object.fromEntries(Object.entries(run.cpuPct).map(([k, v]) => [k, r1(v)])),
    otherCpuPct: r1(Math.max(0, run.machine.busyPct - cpuTotal)),
    resumeCpuPct: Object.fromEntries(Object.entries(run.takeover.cpuPct).map(([k, v]) => [k, r1(v)])),
    resumeMachineBusyPct: r1(run.takeover.machine.busyPct),
    resumeCpuPressurePct: run.takeover.machine.cpuPressurePct === null ? null : r1(run.takeover.machine.cpuPressurePct),
    survivorHealthzMs: spread(percentiles(run.takeover.healthzMs)),
    takeoverDb: run.takeover.db,
    takeoverClientLoopP99Ms: r1(run.takeover.clientLoopP99Ms),
    cpuPressurePct: run.machine.cpuPressurePct === null ? null : r1(run.machine.cpuPressurePct),
    clientLoopDelayP99Ms: r1(run.clientLoopDelayP99Ms),
    connectSeconds: r1(run.connectSeconds),
    drained: run.drained && run.screensCaughtUp,
    disconnectsBeforeKill: run.disconnectsBeforeKill,
    nodeLog: run.nodeLog,
    haproxyLog: run.haproxyLog,
    wallSeconds: r1(wallSeconds),
  };
}

export type ClusterReport = ReturnType<typeof buildClusterReport>;

export function formatClusterTable(r: ClusterReport): string {
  const f = (x: number | null | undefined, d = 1) => (x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(d));
  const mark = (ok: boolean) => (ok ? 'ok' : 'FAIL');
  const row = (label: string, value: string, check = '') => `  ${label.padEnd(36)}${value.padEnd(44)}${check}`;
  const p = (x: { p50: number; p95: number; max: number }) => `p50 ${f(x.p50, 0)}  p95 ${f(x.p95, 0)}  max ${f(x.max, 0)}`;
  const lat = (x: { p50: number; p99: number } | null) => (x ? `p50 ${f(x.p50)}  p99 ${f(x.p99)}` : '—');
  const nodes = Object.entries(r.roomsPerNode)
    .map(([n, c]) => `${n} ${c} (${f(r.roomsPerNodePct[n])} %)`)
    .join(', ');
  const cpu = Object.entries(r.cpuPct)
    .map(([k, v]) => `${k} ${f(v, 0)}`)
    .join(', ');
  return [
    '',
    `Circletime cluster bench — ${r.nodes} nodes + HAProxy + PostgreSQL (${r.database}), ${r.rooms} rooms, ${r.clients} clients, ${r.ratePerTablet} intents/s per tablet`,
    `${r.warmupSeconds} s warm-up, ${r.steadySeconds} s steady, then SIGKILL ${r.killedNode} (${r.movedRooms} rooms); ${r.ok ? 'every target met' : 'TARGETS MISSED'}`,
    '',
    row('rooms per node before the kill', nodes, mark(r.checks.roomsPerNode)),
    row(
      'all rooms resumed',
      r.allRoomsResumed
        ? `true (${r.seats} seats)`
        : `false (${r.seatsResumed}/${r.seats} seats in ${r.resumeTimeoutSeconds} s, ${r.seatsResumedByTheEnd} by the end)`,
      mark(r.checks.allRoomsResumed),
    ),
    row('resume per moved seat (ms)', p(r.resumeMs), mark(r.checks.resumeMax)),
    row('  connection dropped (ms)', p(r.droppedMs)),
    row('  reconnected (ms)', p(r.reconnectMs)),
    row("    last attempt's handshake (ms)", p(r.handshakeMs)),
    row('    attempts per tablet', p(r.reconnectAttempts)),
    row('    transport open through HAProxy (ms)', p(r.transportOpenMs)),
    row('    open → admitted by the survivor (ms)', p(r.admitMs)),
    row('  connected → seated view (ms)', p(r.seatedAfterConnectMs)),
    row('  connected → first ack (ms)', p(r.ackedAfterConnectMs)),
    row('  room claimed by the survivor (ms)', p(r.takeoverMs)),
    row('  screens back (ms)', p(r.screensBackMs)),
    row('  seats of rooms that stayed (ms)', p(r.resumeMsStayed)),
    row('HAProxy saw the node down (ms)', f(r.haproxyDownMs, 0)),
    row('acked intents lost', String(r.ackedLost), mark(r.checks.ackedLost)),
    row('seq gaps', String(r.seqGaps), mark(r.checks.seqGaps)),
    row('duplicate intents', String(r.duplicateIntents), mark(r.checks.duplicateIntents)),
    row('latency tablet→screen (ms)', `cluster ${lat(r.latencyMs)}`),
    row('  same load, one SQLite node', r.sqliteLatencyMs ? `${lat(r.sqliteLatencyMs)}  (lost ${r.sqliteLost})` : 'not run (--no-sqlite)'),
    ...(r.sqliteDetail && (r.sqliteLost || !r.sqliteDetail.drained) ? [row('    SQLite node fell behind', JSON.stringify(r.sqliteDetail))] : []),
    '',
    `  intents ${r.intents} (${r.intentsMeasured} in the steady window, ${r.intentsAfterKill} after the kill), acked ${r.acked}, retried ${r.intentsRetried} (${JSON.stringify(r.retries)}), unacked at the end ${r.unackedAtEnd} (dropped with their connection: waves and reactions are not sent again), not sent while offline ${r.notSentOffline}, rejected ${r.rejected}${r.rejected ? ` ${JSON.stringify(r.rejectedByCode)}` : ''}`,
    ...(Object.keys(r.reconnectErrors).length ? [`  failed reconnect attempts after the kill: ${JSON.stringify(r.reconnectErrors)}`] : []),
    `  seats the log marked disconnected after the kill ${r.seatsMarkedDisconnected}   events ${r.eventsTotal} (${r.eventsAfterKill} after the kill)   never on screen ${r.unseenByScreen}`,
    `  CPU % of one core in the steady window: ${cpu}, other processes ${f(r.otherCpuPct, 0)}; CPU pressure ${f(r.cpuPressurePct, 0)} %`,
    `  during the takeover: CPU % ${Object.entries(r.resumeCpuPct)
      .map(([k, v]) => `${k} ${f(v, 0)}`)
      .join(
        ', ',
      )}, machine busy ${f(r.resumeMachineBusyPct, 0)} % of one core, CPU pressure ${f(r.resumeCpuPressurePct, 0)} %; survivor's /healthz on a new connection (HAProxy's check allows 1 s) ${p(r.survivorHealthzMs)} ms`,
    `  during the takeover the survivors' database connections: ${f(r.takeoverDb.meanConnections)} open, ${f(r.takeoverDb.meanBusy)} busy on average (max ${r.takeoverDb.maxBusy}); waits ${JSON.stringify(r.takeoverDb.waits)}`,
    `  load-generator event-loop delay p99 ${f(r.clientLoopDelayP99Ms)} ms (takeover ${f(r.takeoverClientLoopP99Ms)} ms)   connect ${f(r.connectSeconds)} s   wall ${f(r.wallSeconds)} s${r.drained ? '' : '   (NOT fully drained)'}`,
    ...(r.notResumed.seats
      ? [`  not resumed when the wait ended: ${r.notResumed.seats} seats ${JSON.stringify(r.notResumed.byState)}, rooms ${r.notResumed.rooms.join(' ')}`]
      : []),
    ...(Object.entries(r.haproxyBeforeKill).some(([n, c]) => n !== 'backend' && (c.failedChecks > 0 || c.http5xx > 0))
      ? [`  HAProxy before the kill: ${JSON.stringify(r.haproxyBeforeKill)}`]
      : []),
    `  HAProxy during the takeover: ${JSON.stringify(r.haproxyDuringTakeover)}`,
    ...r.haproxyLog.map((l) => `  haproxy: ${l.trim()}`),
    ...(r.routingMismatches ? [`  WARNING: ${r.routingMismatches} rooms owned by another node than HAProxy routes them to`] : []),
    ...(Object.keys(r.disconnectsBeforeKill).length ? [`  disconnects before the kill: ${JSON.stringify(r.disconnectsBeforeKill)}`] : []),
    ...(r.otherCpuPct > 20 ? [`  WARNING: other processes used ${f(r.otherCpuPct, 0)} % CPU during the steady window; latency is inflated`] : []),
    '',
  ].join('\n');
}
