// Round helpers for the console: time left on a round timer, who is present, which planned round is next.
import type { ConsoleSeat, ConsoleView, TimerView } from '../../../shared/session/views';

/** Milliseconds left on a round timer at server time `now`; null when the timer is off. */
export function timerRemainingMs(timer: TimerView | null, now: number): number | null {
  if (!timer) return null;
  if (timer.endsAt !== null) return timer.endsAt - now;
  return timer.pausedRemainingMs;
}

/** "4:05", "0:09", "1:02:00": a clock face for the facilitator (children never see it unless chosen). */
export function clockFace(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Seated and connected children in roster order: who an activity counts as present. */
export function presentSeats(view: ConsoleView): ConsoleSeat[] {
  return view.seats.filter((s) => s.seated && s.connected);
}

/** Plan items already run (or running), by index. */
export function usedPlanIndexes(view: ConsoleView): Set<number> {
  const used = new Set<number>();
  for (const r of view.roundsDone) if (r.planIndex !== null) used.add(r.planIndex);
  if (view.round?.planIndex != null) used.add(view.round.planIndex);
  return used;
}

/** The first planned round not run yet, or null when the plan is used up. */
export function nextPlanIndex(view: ConsoleView): number | null {
  const used = usedPlanIndexes(view);
  const i = view.plan.findIndex((_, k) => !used.has(k));
  return i < 0 ? null : i;
}
