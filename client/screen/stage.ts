// The Phaser game on the screen page, and the director that runs the scenes the state calls for.
import Phaser from 'phaser';
import { ACTIVITY_IDS } from '../../shared/activities/registry';
import { SCREEN_ACTIVITIES, screenActivity } from './activities';
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

let canvases: Promise<CanvasSet> | null = null;

async function allCanvases(): Promise<CanvasSet> {
  const set = await prepareCanvases();
  await Promise.all(ACTIVITY_IDS.map((id) => addPictures(set, SCREEN_ACTIVITIES[id].pictures())));
  return set;
}

/**
 * Starts and stops scenes on state changes; remembers what it asked for, since Phaser queues the requests.
 * Overlays stack in the order the scenes were added: round chips, then "paused", then "eyes on me" on top.
 */
function director(game: Phaser.Game): (s: ScreenState) => void {
  let main: string | null = null;
  let mainRound: number | null = null;
  const on = new Map<string, boolean>();
  const overlay = (key: string, want: boolean) => {
    if ((on.get(key) ?? false) === want) return;
    if (want) game.scene.start(key);
    else game.scene.stop(key);
    on.set(key, want);
  };
  return (s) => {
    const mode = stageMode(s);
    const round = mode === 'round' ? currentRound(s) : null;
    const wantMain = mode === 'ended' ? ENDED : round ? screenActivity(round.activity).sceneKey : LOBBY;
    const wantRound = round?.number ?? null;
    // A new round of the same activity starts its scene afresh.
    if (wantMain !== main || wantRound !== mainRound) {
      if (main) game.scene.stop(main);
      game.scene.start(wantMain);
      main = wantMain;
      mainRound = wantRound;
    }
    const eyes = isLive(mode) && s.view?.eyesOn === true;
    overlay(ROUND_HUD, round !== null);
    overlay(PAUSED, round?.paused === true && !eyes);
    overlay(EYES, eyes);
  };
}

export async function startStage(parent: HTMLElement): Promise<Stage> {
  canvases ??= allCanvases();
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
  game.events.once(Phaser.Core.Events.READY, () => {
    registerCanvases(game.textures, set);
    game.scene.add(LOBBY, LobbyScene, false);
    game.scene.add(ENDED, EndedScene, false);
    for (const id of ACTIVITY_IDS) game.scene.add(SCREEN_ACTIVITIES[id].sceneKey, SCREEN_ACTIVITIES[id].scene, false);
    game.scene.add(ROUND_HUD, RoundHudScene, false);
    game.scene.add(PAUSED, PausedScene, false);
    game.scene.add(EYES, EyesScene, false);
    const direct = director(game);
    direct(screenStore.getState());
    unsubscribe = screenStore.subscribe(direct);
  });
  return {
    destroy() {
      unsubscribe();
      game.destroy(true);
    },
  };
}
