// Types for scripts/pg-cluster-lib.mjs, so the TypeScript tests import the same code the CLI runs.
export interface ClusterState {
  /** The cluster's folder (owned by `postgres`); holds data/, postgres.log and cluster.json. */
  dir: string;
  port: number;
  /** postgres://postgres@127.0.0.1:PORT/postgres (trust auth, loopback only). */
  url: string;
  dataDir: string;
  logFile: string;
  /** How long initdb + start took, in ms. */
  startMs: number;
}
export const STATE_FILE: string;
export function pgBin(): string;
export function freePort(): Promise<number>;
export function readState(dir: string): ClusterState;
export function startCluster(opts?: { dir?: string; port?: number }): Promise<ClusterState>;
export function stopCluster(dir: string, opts?: { keep?: boolean }): void;
/** Stop (fast) and start on the same port; returns the ms PostgreSQL was down. */
export function restartCluster(dir: string): number;
/** Detached watcher that stops and removes the cluster once process `pid` (default: this one) is gone. */
export function stopWhenGone(dir: string, pid?: number): void;
export function watchOwner(dir: string, pid: number): Promise<void>;
