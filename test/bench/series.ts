// `npm run bench:series -- --runs 3 --rooms 100,200 [bench options]`: the benchmark several times per room count,
// one run after another, then min / median / max of each number (table, or `--json` for the runs and the summary).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchReport } from './report';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The numbers worth a line, read off one report; null when the run had none (e.g. no baseline). */
const METRICS: [string, (r: BenchReport) => number | null][] = [
  ['latency p50 (ms)', (r) => r.latencyMs.p50],
  ['latency p95 (ms)', (r) => r.latencyMs.p95],
  ['latency p99 (ms)', (r) => r.latencyMs.p99],
  ['relay p50 (ms)', (r) => r.baselineMs?.p50 ?? null],
  ['relay p99 (ms)', (r) => r.baselineMs?.p99 ?? null],
  ['ratio p99', (r) => r.ratio.p99],
  ['console metrics p50 (ms)', (r) => r.consoleMetricsMs.p50],
  ['console metrics p95 (ms)', (r) => r.consoleMetricsMs.p95],
  ['server CPU ms / event', (r) => r.serverCpuMsPerEvent],
  ['relay CPU ms / message', (r) => r.baselineCpuMsPerMessage],
  ['CPU ratio', (r) => (r.serverCpuMsPerEvent !== null && r.baselineCpuMsPerMessage ? r.serverCpuMsPerEvent / r.baselineCpuMsPerMessage : null)],
  ['RSS MB / room', (r) => r.rssMbPerRoom],
  ['events / s', (r) => r.eventsPerSec],
  ['other CPU on the machine (%)', (r) => r.otherCpuPct],
  ['lost', (r) => r.lost],
];

function take(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const [value] = args.splice(i, 2).slice(1);
  return value;
}

const args = process.argv.slice(2);
const runs = Number(take(args, '--runs') ?? 3);
const roomCounts = (take(args, '--rooms') ?? '100,200').split(',').map(Number);
const json = args.includes('--json');
const passOn = args.filter((a) => a !== '--json');

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0]!, median: s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2, max: s.at(-1)! };
};
const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2));

const out: { rooms: number; runs: BenchReport[]; summary: Record<string, { min: number; median: number; max: number } | null> }[] = [];
for (const rooms of roomCounts) {
  const reports: BenchReport[] = [];
  for (let i = 1; i <= runs; i++) {
    process.stderr.write(`[series] ${rooms} rooms, run ${i} of ${runs}\n`);
    const r = spawnSync('node', ['--import', 'tsx', 'test/bench/run-bench.ts', '--json', '--rooms', String(rooms), ...passOn], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    });
    if (r.status !== 0) throw new Error(`bench run failed (exit ${r.status})`);
    reports.push(JSON.parse(r.stdout.trim().split('\n').at(-1)!) as BenchReport);
  }
  const summary: (typeof out)[number]['summary'] = {};
  for (const [name, read] of METRICS) {
    const xs = reports.map(read).filter((x): x is number => x !== null);
    summary[name] = xs.length ? stats(xs) : null;
  }
  out.push({ rooms, runs: reports, summary });
}

if (json) process.stdout.write(`${JSON.stringify(out)}\n`);
else {
  for (const { rooms, summary } of out) {
    process.stdout.write(`\n${rooms} rooms, ${runs} runs            min     median      max\n`);
    for (const [name, s] of Object.entries(summary)) {
      if (s) process.stdout.write(`  ${name.padEnd(30)} ${fmt(s.min).padStart(8)} ${fmt(s.median).padStart(10)} ${fmt(s.max).padStart(8)}\n`);
    }
  }
}
