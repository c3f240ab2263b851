// Metrics benchmark: live add(one) + snapshot() + delta over a 20,000-event session, and a full recompute; prints JSON.
// Run: npx tsx test/bench/metrics-bench.ts [events] [children]
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { MetricsAccumulator, participation } from '../../shared/metrics';
import { metricsDelta } from '../../shared/metrics/delta';
import { metricStream } from '../unit/metrics-stream';

const EVENTS = Number(process.argv[2] ?? 20_000);
const CHILDREN = Number(process.argv[3] ?? 12);

const events = metricStream({ seed: 42, events: EVENTS, children: CHILDREN });

// Warm the JIT on a separate stream first, so the numbers are of steady state (as on a console after a minute).
participation(metricStream({ seed: 7, events: 2000, children: CHILDREN }));

// Live: the console adds each event as it arrives and redraws from a snapshot.
const acc = new MetricsAccumulator();
const all: number[] = [];
// CPU time of the process for the same step: a wall-time outlier with little CPU is the machine being busy.
const cpu: number[] = [];
for (const e of events) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  acc.add(e);
  acc.snapshot();
  all.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
// What a room does per commit for its consoles: add, snapshot, and the delta against the last numbers sent.
const live = new MetricsAccumulator();
let held = live.snapshot();
const perCommit: number[] = [];
const liveStarted = performance.now();
for (const e of events) {
  const t0 = performance.now();
  live.add(e);
  const next = live.snapshot();
  metricsDelta(held, next);
  held = next;
  perCommit.push(performance.now() - t0);
}
const liveTotalMs = performance.now() - liveStarted;
// The last 1,000 are the ones "with 20,000 events" already in.
const tail = all.slice(-1000);
const worst = all.indexOf(Math.max(...all));

// Review: everything recomputed from the full log.
const full: number[] = [];
for (let i = 0; i < 10; i++) {
  const t0 = performance.now();
  participation(events);
  full.push(performance.now() - t0);
}

const last = acc.snapshot();
const round = (x: number) => Math.round(x * 1000) / 1000;
/** Nearest-rank percentiles in ms, to the microsecond. */
const pct = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length, Math.max(1, Math.ceil((p / 100) * s.length))) - 1]!;
  return { p50: round(at(50)), p95: round(at(95)), p99: round(at(99)), max: round(s.at(-1)!) };
};
console.log(
  JSON.stringify(
    {
      events: events.length,
      children: last.group.enrolled.length,
      turns: last.group.turns,
      addSnapshotMs: { all: pct(all), last1000: pct(tail) },
      addSnapshotCpuMs: { ...pct(cpu), atWallMax: round(cpu[worst]!) },
      addSnapshotDeltaMs: { ...pct(perCommit), totalMs: round(liveTotalMs) },
      fullRecomputeMs: { ...pct(full), runs: full.length },
      node: process.version,
      // Other work on the machine shows up as outliers in max: report how busy it was.
      loadAverage1m: round(loadavg()[0]!),
    },
    null,
    2,
  ),
);
