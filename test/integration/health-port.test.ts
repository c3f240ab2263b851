// HEALTH_PORT: /healthz from a thread of its own — 200 while the main thread beats, 503 when it is stuck, starting or stopping.
import { connect } from 'node:net';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/create-server';
import { STALE_MS, startHealthPort } from '../../server/net/health-port';
import { serverConfig, tempDataDir } from '../support/test-server';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ ...(await serverConfig(tempDataDir('ct-health-port-'))), healthPort: 0 });
});
afterAll(() => server?.close());

const healthUrl = (port: number) => `http://127.0.0.1:${port}/healthz`;

/**
 * Polls `url` every 50 ms from another thread for `ms` (so it goes on while this thread is blocked); `first`
 * resolves after its first answer. Each result has its wall-clock time.
 */
function pollFromAnotherThread(url: string, ms: number): { first: Promise<void>; results: Promise<{ at: number; status: number }[]> } {
  const worker = new Worker(
    `const { workerData, parentPort } = require('node:worker_threads');
     (async () => {
       const out = [];
       const t0 = Date.now();
       while (Date.now() - t0 < workerData.ms) {
         const at = Date.now();
         try { out.push({ at, status: (await fetch(workerData.url, { signal: AbortSignal.timeout(1000) })).status }); }
         catch { out.push({ at, status: 0 }); }
         if (out.length === 1) parentPort.postMessage('first');
         await new Promise((r) => setTimeout(r, 50));
       }
       parentPort.postMessage(out);
     })();`,
    { eval: true, workerData: { url, ms } },
  );
  const first = new Promise<void>((resolve) => worker.once('message', () => resolve()));
  const results = first.then(() => new Promise<{ at: number; status: number }[]>((resolve) => worker.once('message', resolve)));
  return { first, results };
}

function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(true));
  });
}

describe('HEALTH_PORT', () => {
  it('answers GET /healthz with 200 and the node once the server is ready, and nothing else', async () => {
    const port = server.healthPort!;
    expect(port).toBeGreaterThan(0);
    expect(port).not.toBe(server.port);
    const res = await fetch(healthUrl(port));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ready: true, node: server.cluster.nodeId });
    expect((await fetch(`http://127.0.0.1:${port}/api/groups`)).status).toBe(404);
    expect((await fetch(healthUrl(port), { method: 'POST' })).status).toBe(404);
  });

  it('answers 200 while the main thread is merely busy, and 503 once it has not beaten for STALE_MS', async () => {
    const port = server.healthPort!;
    const blockMs = STALE_MS + 1000;
    const probe = pollFromAnotherThread(healthUrl(port), blockMs + 1000);
    // Once the poller runs, block this (the server's main) thread outright.
    await probe.first;
    const blockedAt = Date.now();
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, blockMs);
    const results = await probe.results;
    // Answered all along: the worker never waits for the main thread...
    expect(
      results.every((r) => r.status === 200 || r.status === 503),
      JSON.stringify(results),
    ).toBe(true);
    // ...200 before and early in the block, 503 once the heartbeat was older than STALE_MS.
    const during = (r: { at: number }) => r.at - blockedAt;
    expect(
      results.some((r) => r.status === 200 && during(r) > 100 && during(r) < STALE_MS - 400),
      JSON.stringify(results),
    ).toBe(true);
    expect(
      results.some((r) => r.status === 503 && during(r) > STALE_MS && during(r) < blockMs),
      JSON.stringify(results),
    ).toBe(true);
    // And healthy again as soon as the main thread runs.
    await expect.poll(async () => (await fetch(healthUrl(port))).status, { timeout: 2000 }).toBe(200);
  });

  it('says 503 until ready and after stopping, and the port is closed with the server', async () => {
    const health = await startHealthPort(0, '127.0.0.1', 'test-node');
    expect((await fetch(healthUrl(health.port))).status).toBe(503);
    health.setReady(true);
    expect((await fetch(healthUrl(health.port))).status).toBe(200);
    health.setReady(false);
    expect((await fetch(healthUrl(health.port))).status).toBe(503);
    await health.close();
    expect(await refused(health.port)).toBe(true);

    const other = await startServer({ ...(await serverConfig(tempDataDir('ct-health-port-close-'))), healthPort: 0 });
    const port = other.healthPort!;
    expect((await fetch(healthUrl(port))).status).toBe(200);
    await other.close();
    expect(await refused(port)).toBe(true);
  });
});
