// Vitest global setup: `TEST_STORE=postgres` without TEST_DATABASE_URL starts ONE throwaway cluster for the whole run.
import { startCluster, stopCluster, stopWhenGone } from '../../scripts/pg-cluster-lib.mjs';
import { testStore } from './postgres';

// Each test file runs in its own worker process, so a cluster per process would mean one initdb per file; the
// variables set here are inherited by every worker, which then only creates databases on this cluster.
export default async function setup(): Promise<(() => void) | undefined> {
  if (testStore() !== 'postgres' || process.env.TEST_DATABASE_URL) return undefined;
  const cluster = await startCluster();
  // Teardown does not run when the run is killed (Ctrl+C twice, a CI timeout): then the watcher stops the cluster.
  stopWhenGone(cluster.dir);
  process.env.TEST_DATABASE_URL = cluster.url;
  process.env.TEST_PG_DIR = cluster.dir;
  console.log(`PostgreSQL for this run: ${cluster.url} (started in ${cluster.startMs} ms)`);
  return () => stopCluster(cluster.dir);
}
