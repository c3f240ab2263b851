// CLI for a throwaway PostgreSQL cluster on loopback: start [--dir D] [--port P] | stop --dir D | restart --dir D | watch --dir D --pid P.
import { readState, restartCluster, startCluster, stopCluster, watchOwner } from './pg-cluster-lib.mjs';

const [command, ...rest] = process.argv.slice(2);
const opts = {};
for (let i = 0; i < rest.length; i++) {
  const arg = rest[i];
  if (arg === '--dir') opts.dir = rest[++i];
  else if (arg === '--port') opts.port = Number(rest[++i]);
  else if (arg === '--keep') opts.keep = true;
  else if (arg === '--pid') opts.pid = Number(rest[++i]);
  else fail(`unknown option ${arg}`);
}

function fail(message) {
  console.error(`pg-cluster: ${message}`);
  console.error('usage: node scripts/pg-cluster.mjs start [--dir D] [--port P] | stop --dir D [--keep] | restart --dir D');
  console.error('       node scripts/pg-cluster.mjs watch --dir D --pid P   (stop the cluster once process P is gone)');
  process.exit(2);
}

try {
  if (command === 'start') {
    if (opts.port !== undefined && !(Number.isInteger(opts.port) && opts.port > 0 && opts.port < 65536)) fail('--port must be a port number');
    const s = await startCluster({ dir: opts.dir, port: opts.port });
    // Lines a shell can eval or grep; the folder is what `stop` and `restart` need.
    console.log(`DATABASE_URL=${s.url}`);
    console.log(`PG_DIR=${s.dir}`);
    console.error(`PostgreSQL started on 127.0.0.1:${s.port} in ${s.startMs} ms (log: ${s.logFile})`);
  } else if (command === 'stop') {
    if (!opts.dir) fail('stop needs --dir');
    stopCluster(opts.dir, { keep: Boolean(opts.keep) });
  } else if (command === 'restart') {
    if (!opts.dir) fail('restart needs --dir');
    const ms = restartCluster(opts.dir);
    console.log(`DATABASE_URL=${readState(opts.dir).url}`);
    console.error(`PostgreSQL restarted in ${ms} ms`);
  } else if (command === 'watch') {
    if (!opts.dir || !Number.isInteger(opts.pid)) fail('watch needs --dir and --pid');
    await watchOwner(opts.dir, opts.pid);
  } else {
    fail(command ? `unknown command ${command}` : 'missing command');
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
