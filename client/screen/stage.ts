// The Phaser game on the screen page, and the director that runs the scenes the state calls for.
import Phaser from 'phaser';
import { ACTIVITY_IDS } from '../../shared/activities/registry';
import type { ActivityId } from '../../shared/activities/registry';
import { loadStage } from './activities';
import type { ScreenStage } from './activities/types';
import { COLORS, DESIGN_H, DESIGN_W } from './art/theme';
import { addPictures, prepareCanvases, registerCanvases, type CanvasSet } from './art/textures';
import { chooseRenderer } from './renderer-choice';
import { EndedScene, ENDED } from './scenes/ended-scene';
import { EyesScene, EYES } from './scenes/eyes-scene';
import { LobbyScene, LOBBY } from './scenes/lobby-scene';
import { PausedScene, PAUSED } from './scenes/paused-scene';
import { RoundHudScene, ROUND_HUD } from './scenes/round-hud-scene';
import { currentRound, isLive, screenStore, stageMode, type ScreenState } from './screen-store';

export interface Stage {
  destroy(): void;
}

/** Avatars and moment badges, then each activity's pictures as its scene is loaded; kept across games. */
let canvases: Promise<CanvasSet> | null = null;
const pictured = new Map<ActivityId, Promise<ScreenStage>>();

/** An activity's scene chunk with its pictures rasterised into the canvas set (once; a failure may be retried). */
function stageWithPictures(id: ActivityId, set: CanvasSet): Promise<ScreenStage> {
  let p = pictured.get(id);
  if (!p) {
    p = loadStage(id).then(async (stage) => (await addPictures(set, stage.pictures()), stage));
    p.catch(() => pictured.delete(id));
    pictured.set(id, p);
  }
  return p;
}

/**
 * Readies activities' scenes in one game: loads the chunk, rasterises and registers its pictures, adds the scene
 * below the overlays (which stack in the order scenes were added). `ready` answers at once for the director.
 */
function sceneLoader(game: Phaser.Game, set: CanvasSet) {
  const keys = new Map<ActivityId, string>();
  let gone = false;
  return {
    ready: (id: ActivityId): string | undefined => keys.get(id),
    load(id: ActivityId): Promise<void> {
      return stageWithPictures(id, set).then((stage) => {
        if (gone || keys.has(id)) return;
        registerCanvases(game.textures, set);
        game.scene.add(stage.sceneKey, stage.scene, false);
        game.scene.sendToBack(stage.sceneKey);
        keys.set(id, stage.sceneKey);
      });
    },
    destroy: () => {
      gone = true;
    },
  };
}
type SceneLoader = ReturnType<typeof sceneLoader>;

/**
 * Starts and stops scenes on state changes; remembers what it asked for, since Phaser queues the requests.
 * Overlays stack in the order the scenes were added: round chips, then "paused", then "eyes on me" on top.
 */
function director(game: Phaser.Game, scenes: SceneLoader): (s: ScreenState) => void {
  let main: string | null = null;
  let mainRound: number | null = null;
  const on = new Map<string, boolean>();
  const overlay = (key: string, want: boolean) => {
    if ((on.get(key) ?? false) === want) return;
    if (want) game.scene.start(key);
    else game.scene.stop(key);
    on.set(key, want);
  };
  const direct = (s: ScreenState): void => {
    const mode = stageMode(s);
    const round = mode === 'round' ? currentRound(s) : null;
    const activityKey = round ? scenes.ready(round.activity) : undefined;
    if (round && !activityKey) {
      // Its scene and pictures are still on their way: the current frame stays whole (no half-drawn round, no
      // round chips over the lobby) until they are here; then the latest state is directed. "Eyes on me" waits for nothing.
      scenes.load(round.activity).then(
        () => direct(screenStore.getState()),
        (err: unknown) => console.error("screen: could not load the round's scene", err),
      );
      overlay(EYES, isLive(mode) && s.view?.eyesOn === true);
      return;
    }
    const wantMain = mode === 'ended' ? ENDED : (activityKey ?? LOBBY);
    const wantRound = round?.number ?? null;
    // A new round of the same activity starts its scene afresh.
    if (wantMain !== main || wantRound !== mainRound) {
      if (main) game.scene.stop(main);
      game.scene.start(wantMain);
      main = wantMain;
      mainRound = wantRound;
      // What the canvas shows, for tests and troubleshooting: lobby, ended, or the round's activity.
      document.body.dataset.stage = round ? round.activity : mode === 'ended' ? 'ended' : 'lobby';
    }
    const eyes = isLive(mode) && s.view?.eyesOn === true;
    overlay(ROUND_HUD, round !== null);
    overlay(PAUSED, round?.paused === true && !eyes);
    overlay(EYES, eyes);
  };
  return direct;
}

/** Once the lobby is up, the other activities' scenes load while the screen is idle, so a round need not wait. */
function prefetchWhenIdle(scenes: SceneLoader): void {
  // Safari has no requestIdleCallback: there a short pause after the lobby's first frames does.
  const idle = (fn: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 3000 }) : setTimeout(fn, 500));
  const next = (i: number): void => {
    const id = ACTIVITY_IDS[i];
    if (id === undefined) return;
    const after = () => next(i + 1);
    idle(() => void scenes.load(id).then(after, after));
  };
  next(0);
}

export async function startStage(parent: HTMLElement): Promise<Stage> {
  canvases ??= prepareCanvases();
  const set = await canvases;
  const game = new Phaser.Game({
    type: chooseRenderer(),
    parent,
    backgroundColor: COLORS.paperCss,
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false, gamepad: false },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH, width: DESIGN_W, height: DESIGN_H },
    render: { antialias: true, roundPixels: false },
    scene: [],
  });
  let unsubscribe = (): void => undefined;
  const scenes = sceneLoader(game, set);
  game.events.once(Phaser.Core.Events.READY, () => {
    registerCanvases(game.textures, set);
    game.scene.add(LOBBY, LobbyScene, false);
    game.scene.add(ENDED, EndedScene, false);
    game.scene.add(ROUND_HUD, RoundHudScene, false);
    game.scene.add(PAUSED, PausedScene, false);
    game.scene.add(EYES, EyesScene, false);
    const direct = director(game, scenes);
    direct(screenStore.getState());
    unsubscribe = screenStore.subscribe(direct);
    prefetchWhenIdle(scenes);
  });
  return {
    destroy() {
      scenes.destroy();
      unsubscribe();
      game.destroy(true);
    },
  };
}
