// Where a group is in its programme: the sessions it has run, read from earlier sessions' logs.
interface LoggedEvent {
  type: string;
  payload: unknown;
}

/**
 * The programme session an earlier live session ran, if it ran one: its plan came from the programme
 * and at least one planned round was started (a session opened and closed by mistake does not count).
 */
export function programmeSessionRun(events: readonly LoggedEvent[]): number | null {
  let index: number | null = null;
  let ran = false;
  for (const e of events) {
    if (e.type === 'plan.set') {
      const session = (e.payload as { session?: { index: number } }).session;
      index = session ? session.index : null;
    } else if (e.type === 'round.started' && index !== null && (e.payload as { planIndex: number | null }).planIndex !== null) {
      ran = true;
    }
  }
  return ran ? index : null;
}

/** The session to run next: after the furthest one run so far; null once every session has been run. */
export function nextProgrammeSession(runs: readonly (number | null)[], sessionCount: number): number | null {
  const done = runs.filter((r): r is number => r !== null);
  const next = done.length === 0 ? 0 : Math.max(...done) + 1;
  return next < sessionCount ? next : null;
}
