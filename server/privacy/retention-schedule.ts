// The retention check: on start and then every RETENTION_CHECK_MS, groups past their retention date are purged.
import type { DataControls } from './data-controls';

export const DEFAULT_RETENTION_CHECK_MS = 60 * 60 * 1000;

export interface RetentionSchedule {
  stop(): void;
}

/** Runs the first check now (awaited, so a started server has already purged what was due) and then on a timer. */
export async function startRetentionSchedule(
  controls: Pick<DataControls, 'purgeExpired'>,
  everyMs: number,
  log: (line: string) => void,
): Promise<RetentionSchedule> {
  const check = async () => {
    try {
      const purged = await controls.purgeExpired();
      for (const p of purged)
        log(`retention: purged group ${p.groupId} (kept until ${p.retainUntil}): ${p.sessions} sessions, ${p.events} events, ${p.children} children`);
    } catch (err) {
      // A failed check is logged and tried again at the next one; the server keeps running.
      log(`retention check failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  await check();
  const timer = setInterval(() => void check(), everyMs);
  // The schedule alone never keeps the process alive.
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
