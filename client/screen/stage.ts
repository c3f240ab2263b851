// The Phaser game on the screen page, and the director that runs the scene the state calls for.
import Phaser from 'phaser';
import { COLORS, DESIGN_H, DESIGN_W } from './art/theme';
import { prepareCanvases, registerCanvases, type CanvasSet } from './art/textures';
import { chooseRenderer } from './renderer-choice';
import { EndedScene, ENDED } from './scenes/ended-scene';
import { EyesScene, EYES } from './scenes/eyes-scene';
import { LobbyScene, LOBBY } from './scenes/lobby-scene';
import { screenStore, stageMode, type ScreenState } from './screen-store';

export interface Stage {
  destroy(): void;
}

let canvases: Promise<CanvasSet> | null = null;

/** Starts and stops scenes on state changes; remembers what it asked for, since Phaser queues the requests. */
function director(game: Phaser.Game): (s: ScreenState) => void {
  let main: string | null = null;
  let eyes = false;
  return (s) => {
    const mode = stageMode(s);
    const wantMain = mode === 'ended' ? ENDED : LOBBY;
    if (wantMain !== main) {
      if (main) game.scene.stop(main);
      game.scene.start(wantMain);
      main = wantMain;
    }
    const wantEyes = mode === 'lobby' && s.view?.eyesOn === true;
    if (wantEyes !== eyes) {
      if (wantEyes) {
        game.scene.start(EYES);
        game.scene.bringToTop(EYES);
      } else {
        game.scene.stop(EYES);
      }
      eyes = wantEyes;
    }
  };
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
  game.events.once(Phaser.Core.Events.READY, () => {
    registerCanvases(game.textures, set);
    game.scene.add(LOBBY, LobbyScene, false);
    game.scene.add(ENDED, EndedScene, false);
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
