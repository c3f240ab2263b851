// What each activity gives the screen page: its Phaser scene and pictures (a chunk of their own, loaded when needed),
// its hidden DOM mirror, and (optionally) how to keep a just-completed round's last moment on screen.
import type Phaser from 'phaser';
import type { Dict } from '../../../shared/i18n';
import type { Language } from '../../../shared/session/roster';
import type { WireEvent } from '../../../shared/protocol/recipient-events';
import type { ScreenRound } from '../../../shared/session/views';

/** The activity id a view type belongs to (`string` for an erased view). */
type ActivityIdOf<V> = V extends { activity: infer A extends string } ? A : string;

/** The heavy part of an activity's screen: its Phaser scene and the pictures it draws with. */
export interface ScreenStage {
  sceneKey: string;
  scene: new () => Phaser.Scene;
  /** SVG pictures to rasterise into textures before the scene first starts: key → markup and pixel size. */
  pictures(): Map<string, { svg: string; px: number }>;
}

export interface ScreenActivity<V> {
  /** Which activity this is (the registry keys its entries by it). */
  id: ActivityIdOf<V>;
  /**
   * Its scene and pictures, a chunk of their own: `() => import('./scene-entry').then((m) => m.<name>)`. The lobby
   * does not wait for every activity's art; the stage loads an activity's when a round of it is to be shown.
   */
  stage(): Promise<ScreenStage>;
  /** Elements for the visually hidden mirror (screen readers, end-to-end tests). */
  mirror(view: V, t: Dict['screenPage'], lang: Language): HTMLElement[];
  /**
   * The server closes a round in the same step as the move that completes it, so no view shows that move. Given
   * the last round seen and the events of the batch that completed it (up to its `round.ended`), return the round
   * as it ended (to show for a few seconds), or null.
   */
  finale?(last: ScreenRound & { view: V }, events: readonly WireEvent[]): ScreenRound | null;
}
