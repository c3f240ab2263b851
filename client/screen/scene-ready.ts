// Marks <body data-scene-ready="true"> once the canvas has drawn a real view (end-to-end tests wait on it).
import Phaser from 'phaser';

export function markSceneReadyAfterRender(game: Phaser.Game): void {
  if (document.body.dataset.sceneReady === 'true') return;
  game.events.once(Phaser.Core.Events.POST_RENDER, () => {
    document.body.dataset.sceneReady = 'true';
  });
}

export function clearSceneReady(): void {
  delete document.body.dataset.sceneReady;
}
