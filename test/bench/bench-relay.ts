// The baseline half of the bench: the same rooms, clients, rate and duration against the raw Socket.IO relay.
import { randomSeatToken, type RoomPlan } from './load-clients';
import { log } from './log';
import type { BenchOptions } from './options';
import { runScenario, type ScenarioResult } from './run-scenario';
import { startRelay } from './start-server';

export async function benchRelay(repoRoot: string, opts: BenchOptions): Promise<ScenarioResult> {
  const relay = await startRelay(repoRoot, opts.verbose);
  try {
    log(`relay: pid ${relay.child.pid} at ${relay.baseUrl}`);
    const plans: RoomPlan[] = Array.from({ length: opts.rooms }, (_, index) => {
      const room = `r${index}`;
      return {
        index,
        screenAuth: { role: 'screen', room },
        consoleAuth: { role: 'console', room },
        tabletAuths: Array.from({ length: opts.childrenPerRoom }, () => ({ role: 'tablet', room, seatToken: randomSeatToken() })),
      };
    });
    return await runScenario('relay', relay.baseUrl, relay.child.pid, plans, opts);
  } finally {
    await relay.child.stop();
  }
}
