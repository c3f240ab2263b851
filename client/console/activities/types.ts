// The contract each activity's console part fulfils: settings form and summary, and live round controls.
import type { ConsoleSeat } from '../../../shared/session/views';
import type { LiveController } from '../live/live-controller';
import type { Ticker } from '../views/ticker';

/** Round settings as a plan stores them and intents carry them. */
export type PlanSettings = Record<string, string | number | boolean>;

export interface ControlsContext {
  send: LiveController['send'];
  /** Every roster seat (for names and avatars). */
  seats: readonly ConsoleSeat[];
  /** Seated and connected children, in roster order. */
  present: readonly ConsoleSeat[];
  /** While paused the server refuses activity moves, so the controls are shown but disabled. */
  paused: boolean;
  ticker: Ticker;
}

export interface ConsoleActivity<V> {
  /** The settings a new round gets when nothing is changed (the schema's defaults). */
  defaults(): PlanSettings;
  /** Short chips describing settings, e.g. ["Things I am good at", "60 s guide"]. */
  summary(settings: unknown): string[];
  /** Form fields editing `settings`; `set` is called with the full new settings on each change. */
  settingsFields(settings: PlanSettings, set: (next: PlanSettings) => void): HTMLElement[];
  /** The running round's controls for the facilitator. */
  controls(view: V, ctx: ControlsContext): HTMLElement;
}

/** Keeps only the values an intent may carry (plans come back from the server as unknown records). */
export function planSettings(settings: Record<string, unknown>): PlanSettings {
  const out: PlanSettings = {};
  for (const [k, v] of Object.entries(settings)) if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
  return out;
}
