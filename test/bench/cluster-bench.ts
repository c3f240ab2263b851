// Entry point of `npm run bench:cluster`: nodes + HAProxy + PostgreSQL under load, one node SIGKILLed, then the same load on one SQLite node.
import { fileURLToPath } from 'node:url';
import { benchCircletime } from './bench-circletime';
import { stopAllChildren } from './child-process';
import { buildClusterReport, formatClusterTable } from './cluster-report';
import { runCluster, type ClusterOptions } from './cluster-run';
import { log } from './log';
import { num, parseOptions } from './options';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const USAGE = `usage: npm run bench:cluster -- [--rooms N] [--seconds N] [--warmup N] [--rate N] [--children N] [--nodes N]
  [--accept-sockets N] [--resume-timeout N] [--tail N] [--no-sqlite] [--json] [--concurrency N] [--hard-timeout N] [--verbose] [--keep-data]
  [--server-node-args "<args>"] (given to every node as NODE_OPTIONS, e.g. "--import ./profiler.mjs"; --cpu-prof is not allowed there)
  DATABASE_URL=postgres://… uses a fresh database on that server instead of a throwaway PostgreSQL.`;

function parseClusterOptions(argv: readonly string[]): ClusterOptions {
  const extra: { nodes: number; acceptSockets: number | undefined; resumeTimeoutSeconds: number; tailSeconds: number; sqlite: boolean } = {
    nodes: 2,
    acceptSockets: undefined,
    resumeTimeoutSeconds: 30,
    tailSeconds: 2,
    sqlite: true,
  };
  const base = parseOptions(argv, {
    usage: USAGE,
    // 200 rooms of 12 clients is the load; the windows are short so one run takes a few minutes here.
    defaults: { rooms: 200, seconds: 15, warmupSeconds: 5, hardTimeoutSeconds: 900, baseline: false },
    flags: {
      '--nodes': (next) => (extra.nodes = Math.floor(num('--nodes', next(), 2, 4, USAGE))),
      '--accept-sockets': (next) => (extra.acceptSockets = Math.floor(num('--accept-sockets', next(), 1, 64, USAGE))),
      '--resume-timeout': (next) => (extra.resumeTimeoutSeconds = num('--resume-timeout', next(), 5, 300, USAGE)),
      '--tail': (next) => (extra.tailSeconds = num('--tail', next(), 0, 60, USAGE)),
      '--no-sqlite': () => (extra.sqlite = false),
    },
  });
  return { ...base, ...extra, baseline: false };
}

async function main(): Promise<number> {
  let opts: ClusterOptions;
  try {
    opts = parseClusterOptions(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  // Ctrl+C or a kill must still run the 'exit' hooks that stop the nodes, HAProxy and PostgreSQL by their PIDs.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => process.exit(130));
  const started = performance.now();
  const hardStop = setTimeout(() => {
    log(`hard timeout after ${opts.hardTimeoutSeconds} s — aborting`);
    process.exit(3);
  }, opts.hardTimeoutSeconds * 1000);
  hardStop.unref();
  try {
    const run = await runCluster(opts);
    // The comparison runs after the cluster is gone, so both have the machine to themselves.
    const sqlite = opts.sqlite ? await benchCircletime(repoRoot, opts) : undefined;
    const report = buildClusterReport(opts, run, sqlite, (performance.now() - started) / 1000);
    process.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : formatClusterTable(report));
    // A missed target fails the command, so CI or a script can tell.
    return report.ok ? 0 : 1;
  } catch (err) {
    // fetch() hides the reason (refused, reset, timed out) in err.cause.
    const cause = err instanceof Error && err.cause ? `\ncause: ${String(err.cause)}` : '';
    log(`failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}${cause}`);
    return 1;
  } finally {
    clearTimeout(hardStop);
    await stopAllChildren();
  }
}

// Exit explicitly: any client socket or timer left behind must not keep the bench alive.
main().then(
  (code) => process.exit(code),
  () => process.exit(1),
);
