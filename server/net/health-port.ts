// HEALTH_PORT: the load balancer's check answered by a worker thread, from the main thread's heartbeat.
import { Worker } from 'node:worker_threads';

/** The main thread beats this often... */
const BEAT_MS = 250;
/** ...and a node whose main thread has not beaten for this long is not healthy (hung, or stopped). */
export const STALE_MS = 1500;

/**
 * Why a thread of its own: after a failover the surviving node accepts 1,000+ reconnecting sockets while it
 * carries its own rooms. A check that waits in the same accept queue and event loop as those sockets answered after
 * 2-10 s, so HAProxy marked the survivor down too — the one node that had the rooms. The worker has its own port
 * and its own loop, so it answers at once; it reads the main thread's heartbeat from shared memory, so a main
 * thread that is really stuck (an endless loop, SIGSTOP stops every thread anyway) still fails the check within
 * STALE_MS and is taken out.
 */
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const { createServer } = require('node:http');
const beat = new BigInt64Array(workerData.shared, 0, 1);
const ready = new Int32Array(workerData.shared, 8, 1);
const server = createServer((req, res) => {
  const path = (req.url || '').split('?')[0];
  if (req.method !== 'GET' || path !== '/healthz') {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const sinceBeatMs = Date.now() - Number(Atomics.load(beat, 0));
  const ok = Atomics.load(ready, 0) === 1 && sinceBeatMs <= workerData.staleMs;
  res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ ready: Atomics.load(ready, 0) === 1, node: workerData.node, sinceBeatMs }));
});
server.on('error', (err) => parentPort.postMessage({ error: err.message }));
server.listen({ port: workerData.port, host: workerData.host }, () => parentPort.postMessage({ port: server.address().port }));
parentPort.on('message', (m) => m === 'close' && server.close(() => process.exit(0)));
`;

export interface HealthPort {
  port: number;
  /** 200 from now on (while the main thread beats); false: 503, as when starting or stopping. */
  setReady(ready: boolean): void;
  close(): Promise<void>;
}

export async function startHealthPort(port: number, host: string, node: string): Promise<HealthPort> {
  const shared = new SharedArrayBuffer(16);
  const beat = new BigInt64Array(shared, 0, 1);
  const ready = new Int32Array(shared, 8, 1);
  Atomics.store(beat, 0, BigInt(Date.now()));
  const timer = setInterval(() => Atomics.store(beat, 0, BigInt(Date.now())), BEAT_MS);
  timer.unref();
  const worker = new Worker(WORKER, { eval: true, workerData: { shared, port, host, node, staleMs: STALE_MS } });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  try {
    const listening = await new Promise<number>((resolve, reject) => {
      worker.once('message', (m: { port?: number; error?: string }) =>
        m.port !== undefined ? resolve(m.port) : reject(new Error(`HEALTH_PORT ${port}: ${m.error}`)),
      );
      worker.once('error', reject);
    });
    // The worker must never keep a stopping process alive.
    worker.unref();
    return {
      port: listening,
      setReady: (on) => Atomics.store(ready, 0, on ? 1 : 0),
      async close() {
        clearInterval(timer);
        Atomics.store(ready, 0, 0);
        worker.postMessage('close');
        await exited;
      },
    };
  } catch (err) {
    clearInterval(timer);
    await worker.terminate();
    throw err;
  }
}
