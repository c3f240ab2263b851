// One measured run against one server process: connect every client, load, measure CPU and memory, close.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { analyse, type RunOutcome } from './analyse';
import { closeAllClients, connectRooms, unexpectedDisconnects, type ConnectedRoom, type RoomPlan } from './load-clients';
import { runLoad } from './load-driver';
import { log } from './log';
import type { BenchOptions } from './options';
import { cpuMeter, machineMeter, rssMb, selfCpuMeter, type MachineLoad } from './proc-stats';

export interface ScenarioResult {
  outcome: RunOutcome;
  rooms: ConnectedRoom[];
  clients: number;
  connectSeconds: number;
  serverCpuPct: number;
  /** CPU of this load-generator process, to show when the client side, not the server, is the limit. */
  clientCpuPct: number;
  clientLoopDelayP99Ms: number;
  machine: MachineLoad;
  rssLoadedMb: number;
  screenViews: number;
  consoleViews: number;
  windowEpochMs: { start: number; end: number };
  drained: boolean;
  /** Client disconnects the bench did not ask for, by "role: reason". */
  disconnects: Record<string, number>;
}

export async function runScenario(name: string, baseUrl: string, pid: number, plans: readonly RoomPlan[], opts: BenchOptions): Promise<ScenarioResult> {
  const t0 = performance.now();
  unexpectedDisconnects.clear();
  try {
    const rooms = await connectRooms(baseUrl, plans, opts.connectConcurrency);
    const clients = rooms.reduce((n, r) => n + 2 + r.tablets.length, 0);
    const connectSeconds = (performance.now() - t0) / 1000;
    log(`${name}: ${clients} clients connected${plans[0]?.claims ? ' and seated' : ''} in ${connectSeconds.toFixed(1)} s`);
    const rssLoadedMb = rssMb(pid);

    let serverCpu: { stop(): number } | undefined;
    let clientCpu: { stop(): number } | undefined;
    let machineCpu: { stop(): MachineLoad } | undefined;
    let machine: MachineLoad = { busyPct: 0, cpuPressurePct: null };
    const loop = monitorEventLoopDelay({ resolution: 10 });
    const windowEpochMs = { start: 0, end: 0 };
    let serverCpuPct = 0;
    let clientCpuPct = 0;
    log(`${name}: load ${opts.ratePerTablet}/s per tablet, warm-up ${opts.warmupSeconds} s, measuring ${opts.seconds} s`);
    const { records, drained } = await runLoad(rooms, {
      ratePerTablet: opts.ratePerTablet,
      warmupMs: opts.warmupSeconds * 1000,
      measureMs: opts.seconds * 1000,
      onWindowStart: () => {
        windowEpochMs.start = Date.now();
        serverCpu = cpuMeter(pid);
        clientCpu = selfCpuMeter();
        machineCpu = machineMeter();
        loop.enable();
      },
      onWindowEnd: () => {
        windowEpochMs.end = Date.now();
        serverCpuPct = serverCpu?.stop() ?? 0;
        clientCpuPct = clientCpu?.stop() ?? 0;
        machine = machineCpu?.stop() ?? machine;
        loop.disable();
      },
    });
    if (!drained) log(`${name}: WARNING not every ack / screen view arrived within the drain timeout`);
    const outcome = analyse(records, rooms);
    return {
      outcome,
      rooms,
      clients,
      connectSeconds,
      serverCpuPct,
      clientCpuPct,
      machine,
      clientLoopDelayP99Ms: loop.count > 0 ? loop.percentile(99) / 1e6 : 0,
      rssLoadedMb,
      screenViews: rooms.reduce((n, r) => n + r.recorder.versions.length, 0),
      consoleViews: rooms.reduce((n, r) => n + r.consoleViews, 0),
      windowEpochMs,
      drained,
      disconnects: Object.fromEntries(unexpectedDisconnects),
    };
  } finally {
    closeAllClients();
  }
}
