// The Circletime half of the bench: real server child, HTTP setup, load, then the durable log is checked.
import { checkLog, type LogCheck } from './log-check';
import { log } from './log';
import type { BenchOptions } from './options';
import { rssMb } from './proc-stats';
import { runScenario, type ScenarioResult } from './run-scenario';
import { createGroups, roomAddress, roomPlans, setupStaff, startSessions } from './setup-api';
import { startCircletime } from './start-server';

export interface CircletimeResult extends ScenarioResult {
  logCheck: LogCheck;
  rssIdleMb: number;
  dataDir: string;
  serverExitCode: number | null;
}

const HTTP_CONCURRENCY = 8;

export async function benchCircletime(repoRoot: string, opts: BenchOptions): Promise<CircletimeResult> {
  const server = await startCircletime(repoRoot, opts.serverNodeArgs, opts.verbose, opts.keepData);
  try {
    log(`circletime: server pid ${server.child.pid} at ${server.baseUrl}, data ${server.dataDir}`);
    const api = await setupStaff(server.baseUrl, server.setupCode);
    const groups = await createGroups(api, opts.rooms, opts.childrenPerRoom, HTTP_CONCURRENCY);
    const rssIdleMb = rssMb(server.child.pid);
    const sessions = await startSessions(api, groups, HTTP_CONCURRENCY);
    log(`circletime: ${groups.length} groups × ${opts.childrenPerRoom} children, ${sessions.length} live sessions`);

    const plans = roomPlans(sessions, api.cookie, (s) => ({ localAddress: roomAddress(s.index) }));
    const result = await runScenario('circletime', server.baseUrl, server.child.pid, plans, opts);

    // The log is read only after a clean stop, from the file itself: what the server acked must be on disk.
    const serverExitCode = await server.child.stop();
    log(`circletime: server stopped (exit ${serverExitCode}); checking ${result.outcome.ackedIds.length} acked intents in the log`);
    const logCheck = checkLog(server.dbFile, result.outcome.ackedIds, result.windowEpochMs);
    return { ...result, logCheck, rssIdleMb, dataDir: server.dataDir, serverExitCode };
  } finally {
    await server.child.stop();
  }
}
