// The contract each activity's console part fulfils: settings summary, invite, and (loaded on demand) its settings
// form and live round controls.
import type { Intent } from '../../../shared/protocol/intents';
import type { AgeBand } from '../../../shared/session/roster';
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

/** What a settings form may need to know about the session it is shown in. */
export interface SettingsEnv {
  /** The group's age band (e.g. a check-in picks its variant by it). */
  ageBand: AgeBand;
}

/** An intent as the console sends it (the live controller adds the id). */
export type IntentBody = Intent extends infer I ? (I extends Intent ? Omit<I, 'id'> : never) : never;

/**
 * What "invite" means for a quiet child in this activity's running round: `intent` when one tap invites them
 * (the button's words are `consolePage.metrics.quiet.invite[kind]` and `inviteTitle[kind]`), or only a `kind`
 * saying why not (they are invited already, on stage, holding the star…), worded by `invite[kind]`.
 */
export interface InviteMove {
  kind: string;
  intent?: IntentBody;
}

/** The part of an activity's console that draws: its settings form and the running round's controls. */
export interface ConsoleUi<V> {
  /** Form fields editing `settings`; `set` is called with the full new settings on each change. */
  settingsFields(settings: PlanSettings, set: (next: PlanSettings) => void, env: SettingsEnv): HTMLElement[];
  /** The running round's controls for the facilitator. */
  controls(view: V, ctx: ControlsContext): HTMLElement;
}

/** The activity id a view type belongs to (`string` for an erased view). */
type ActivityIdOf<V> = V extends { activity: infer A extends string } ? A : string;

export interface ConsoleActivity<V> {
  /** Which activity this is (the registry keys its entries by it). */
  id: ActivityIdOf<V>;
  /** The settings a new round gets when nothing is changed (the schema's defaults). */
  defaults(): PlanSettings;
  /** Short chips describing settings, e.g. ["Things I am good at", "60 s guide"]. */
  summary(settings: unknown): string[];
  /**
   * Its settings form and live controls, a chunk of their own: `() => import('./ui').then((m) => m.<name>)`. The
   * console's first load does not carry every activity's forms; they load when first shown (see ui-slot.ts).
   */
  ui(): Promise<ConsoleUi<V>>;
  /** How a quiet child is invited into the running round (optional: without it the quiet list cannot invite). */
  invite?(view: V, childId: string): InviteMove;
}

/** Keeps only the values an intent may carry (plans come back from the server as unknown records). */
export function planSettings(settings: Record<string, unknown>): PlanSettings {
  const out: PlanSettings = {};
  for (const [k, v] of Object.entries(settings)) if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
  return out;
}
