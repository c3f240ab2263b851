// Runs clean-up (store unsubscriptions) once when a scene stops OR its game is destroyed:
// Phaser emits SHUTDOWN for scene.stop() but only DESTROY when the whole game is torn down.
import Phaser from 'phaser';

export function onSceneEnd(scene: Phaser.Scene, cleanUp: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    scene.events.off(Phaser.Scenes.Events.SHUTDOWN, once);
    scene.events.off(Phaser.Scenes.Events.DESTROY, once);
    cleanUp();
  };
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, once);
  scene.events.once(Phaser.Scenes.Events.DESTROY, once);
}
