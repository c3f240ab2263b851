// The bench's output: one JSON object (`--json`) or a readable table, built from both runs' results.
import type { CircletimeResult } from './bench-circletime';
import type { BenchOptions } from './options';
import type { Percentiles } from './percentiles';
import type { ScenarioResult } from './run-scenario';

const r2 = (x: number) => Math.round(x * 100) / 100;
const ratio = (a: number, b: number | undefined) => (b && Number.isFinite(a) && b > 0 ? r2(a / b) : null);
const pick = (p: Percentiles) => ({ p50: p.p50, p95: p.p95, p99: p.p99, max: p.max });

export function buildReport(opts: BenchOptions, ours: CircletimeResult, base: ScenarioResult | undefined, wallSeconds: number) {
  const lostIds = new Set([...ours.logCheck.missing, ...ours.outcome.unseen]);
  const seconds = (ours.windowEpochMs.end - ours.windowEpochMs.start) / 1000 || opts.seconds;
  return {
    rooms: opts.rooms,
    clients: ours.clients,
    seconds: opts.seconds,
    warmupSeconds: opts.warmupSeconds,
    ratePerTablet: opts.ratePerTablet,
    intents: ours.outcome.intents,
    intentsTotal: ours.outcome.intentsTotal,
    reactions: ours.outcome.reactions,
    lost: lostIds.size,
    lostDetail: {
      missingFromLog: ours.logCheck.missing.length,
      unseenByScreen: ours.outcome.unseen.length,
      unseenScreenDropped: ours.outcome.unseenScreenDropped,
      examples: [...lostIds].slice(0, 5),
    },
    unacked: ours.outcome.unacked,
    rejected: ours.outcome.rejected,
    rejectedByCode: ours.outcome.rejectedByCode,
    latencyMs: pick(ours.outcome.latencyMs),
    consoleMetricsMs: pick(ours.outcome.consoleMetricsMs),
    baselineMs: base ? pick(base.outcome.latencyMs) : null,
    ratio: { p50: ratio(ours.outcome.latencyMs.p50, base?.outcome.latencyMs.p50), p99: ratio(ours.outcome.latencyMs.p99, base?.outcome.latencyMs.p99) },
    serverCpuPct: r2(ours.serverCpuPct),
    baselineCpuPct: base ? r2(base.serverCpuPct) : null,
    clientCpuPct: r2(ours.clientCpuPct),
    baselineClientCpuPct: base ? r2(base.clientCpuPct) : null,
    clientLoopDelayP99Ms: r2(ours.clientLoopDelayP99Ms),
    // Everything else running on the machine during each window: latency is only comparable when this is low.
    otherCpuPct: r2(Math.max(0, ours.machine.busyPct - ours.serverCpuPct - ours.clientCpuPct)),
    baselineOtherCpuPct: base ? r2(Math.max(0, base.machine.busyPct - base.serverCpuPct - base.clientCpuPct)) : null,
    cpuPressurePct: ours.machine.cpuPressurePct === null ? null : r2(ours.machine.cpuPressurePct),
    baselineCpuPressurePct: base?.machine.cpuPressurePct == null ? null : r2(base.machine.cpuPressurePct),
    rssMbIdle: r2(ours.rssIdleMb),
    rssMbLoaded: r2(ours.rssLoadedMb),
    rssMbPerRoom: r2((ours.rssLoadedMb - ours.rssIdleMb) / opts.rooms),
    eventsPerSec: r2(ours.logCheck.eventsInWindow / seconds),
    // CPU time per committed event / relayed message: less sensitive to other load on the machine than latency.
    serverCpuMsPerEvent: ours.logCheck.eventsInWindow > 0 ? Math.round((ours.serverCpuPct * 10 * seconds * 1000) / ours.logCheck.eventsInWindow) / 1000 : null,
    baselineCpuMsPerMessage: base && base.outcome.intents > 0 ? Math.round((base.serverCpuPct * 10 * opts.seconds * 1000) / base.outcome.intents) / 1000 : null,
    eventsTotal: ours.logCheck.eventsTotal,
    screenViews: ours.screenViews,
    consoleViews: ours.consoleViews,
    baselineIntents: base?.outcome.intents ?? null,
    baselineUnseen: base ? base.outcome.unseen.length + base.outcome.unacked : null,
    connectSeconds: r2(ours.connectSeconds),
    drained: ours.drained && (base?.drained ?? true),
    disconnects: ours.disconnects,
    baselineDisconnects: base?.disconnects ?? null,
    serverExitCode: ours.serverExitCode,
    wallSeconds: r2(wallSeconds),
    dataDir: opts.keepData ? ours.dataDir : null,
  };
}

export type BenchReport = ReturnType<typeof buildReport>;

export function formatTable(r: BenchReport): string {
  const fmt = (x: number | null | undefined, digits = 1) => (x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(digits));
  const row = (label: string, ours: string, base: string, extra = '') => `  ${label.padEnd(30)}${ours.padStart(12)}${base.padStart(14)}${extra.padStart(10)}`;
  const b = r.baselineMs;
  const rejectedCodes = Object.entries(r.rejectedByCode)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  return [
    '',
    `Circletime bench — ${r.rooms} rooms, ${r.clients} clients, ${r.seconds} s measured after ${r.warmupSeconds} s warm-up, ${r.ratePerTablet} intents/s per tablet`,
    '',
    row('', 'Circletime', 'raw relay', 'ratio'),
    row('latency p50 (ms)', fmt(r.latencyMs.p50), fmt(b?.p50), fmt(r.ratio.p50, 2)),
    row('latency p95 (ms)', fmt(r.latencyMs.p95), fmt(b?.p95)),
    row('latency p99 (ms)', fmt(r.latencyMs.p99), fmt(b?.p99), fmt(r.ratio.p99, 2)),
    row('latency max (ms)', fmt(r.latencyMs.max), fmt(b?.max)),
    row('console metrics p50 / p95 (ms)', `${fmt(r.consoleMetricsMs.p50)} / ${fmt(r.consoleMetricsMs.p95)}`, ''),
    row('server CPU (% of one core)', fmt(r.serverCpuPct), fmt(r.baselineCpuPct)),
    row('load generator CPU (%)', fmt(r.clientCpuPct), fmt(r.baselineClientCpuPct)),
    row('server CPU ms per event', fmt(r.serverCpuMsPerEvent, 3), fmt(r.baselineCpuMsPerMessage, 3)),
    row('other processes CPU (%)', fmt(r.otherCpuPct), fmt(r.baselineOtherCpuPct)),
    row('CPU pressure (% of time)', fmt(r.cpuPressurePct), fmt(r.baselineCpuPressurePct)),
    row('intents sent (measured)', String(r.intents), String(r.baselineIntents ?? '—')),
    '',
    `  intents: ${r.intents} measured (${r.reactions} reactions, ${r.intents - r.reactions} waves), ${r.intentsTotal} with warm-up`,
    `  lost ${r.lost} (missing from log ${r.lostDetail.missingFromLog}, never on screen ${r.lostDetail.unseenByScreen}, of which after the screen's connection dropped ${r.lostDetail.unseenScreenDropped})   unacked ${r.unacked}   rejected ${r.rejected}${rejectedCodes ? ` (${rejectedCodes})` : ''}`,
    `  events/s committed ${fmt(r.eventsPerSec)}   events total ${r.eventsTotal}   screen views ${r.screenViews}   console views ${r.consoleViews}`,
    `  RSS idle ${fmt(r.rssMbIdle)} MB → loaded ${fmt(r.rssMbLoaded)} MB = ${fmt(r.rssMbPerRoom, 2)} MB per room${r.dataDir ? `   data kept in ${r.dataDir}` : ''}`,
    ...(Object.keys(r.disconnects).length > 0 || Object.keys(r.baselineDisconnects ?? {}).length > 0
      ? [`  unexpected disconnects: Circletime ${JSON.stringify(r.disconnects)}   relay ${JSON.stringify(r.baselineDisconnects ?? {})}`]
      : []),
    ...(r.otherCpuPct > 20 || (r.baselineOtherCpuPct ?? 0) > 20
      ? [
          `  WARNING: other processes used ${fmt(r.otherCpuPct)}% / ${fmt(r.baselineOtherCpuPct)}% CPU during the windows; latency is inflated — rerun on a quiet machine`,
        ]
      : []),
    `  load-generator event-loop delay p99 ${fmt(r.clientLoopDelayP99Ms)} ms   connect ${fmt(r.connectSeconds)} s   wall ${fmt(r.wallSeconds)} s${r.drained ? '' : '   (NOT fully drained)'}`,
    '',
  ].join('\n');
}
