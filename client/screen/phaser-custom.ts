// The screen's own Phaser: only the parts its scenes use, assembled from Phaser's per-module sources (vite.config aliases 'phaser' here).
// Phaser 4's package ships one bundle of everything (physics, tilemaps, particles, sound, loaders, 30+ game objects);
// the screen draws with text, images, containers, graphics and three shapes, tweens and timers, on WebGL or Canvas
// (renderer-choice.ts). Each import below is a CommonJS module of phaser/src; the side-effect imports register a
// game-object factory (`scene.add.<name>`) or a scene plugin (`scene.tweens`, `scene.time`) when they load, so a
// scene using something not listed here fails at once in development (`this.add.x is not a function`): add its
// factory here. Types still come from the 'phaser' package (tsc does not see this alias).
// First: the renderers' modules require each other in a cycle (a batch handler requires the renderer index, which
// requires every render node); entered from the index, as Phaser's own bundle does, every class exists when extended.
import 'phaser/src/renderer/index.js';
import CONST from 'phaser/src/const.js';
import CoreEvents from 'phaser/src/core/events/index.js';
import Game from 'phaser/src/core/Game.js';
import Scale from 'phaser/src/scale/index.js';
import Scene from 'phaser/src/scene/Scene.js';
import Scenes from 'phaser/src/scene/index.js';
// The core scene plugins a game refuses to boot without (phaser-core.js reaches them through its namespaces).
import 'phaser/src/cameras/2d/CameraManager.js';
import 'phaser/src/events/EventEmitter.js';
import 'phaser/src/gameobjects/DisplayList.js';
import 'phaser/src/gameobjects/GameObjectCreator.js';
import 'phaser/src/gameobjects/GameObjectFactory.js';
import 'phaser/src/gameobjects/UpdateList.js';
import 'phaser/src/scene/ScenePlugin.js';
// What the scenes add and use.
import 'phaser/src/gameobjects/container/ContainerFactory.js';
import 'phaser/src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser/src/gameobjects/image/ImageFactory.js';
import 'phaser/src/gameobjects/shape/arc/ArcFactory.js';
import 'phaser/src/gameobjects/shape/ellipse/EllipseFactory.js';
import 'phaser/src/gameobjects/shape/rectangle/RectangleFactory.js';
import 'phaser/src/gameobjects/text/TextFactory.js';
import 'phaser/src/time/Clock.js';
import 'phaser/src/tweens/TweenManager.js';

/** The namespaces the screen reaches at run time (everything else it names is a type only). */
const Phaser = { ...CONST, Core: { Events: CoreEvents }, Game, Scale, Scene, Scenes };

export default Phaser;
