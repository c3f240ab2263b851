// Build Together designs: the pictures to complete (bridge, house, tree, rocket) as slots in design units.
import type { Language } from '../../session/roster';
import type { ColourId, ShapeId } from './shapes';

/** One place in the outline; a piece of the same shape and colour fits it. */
export interface Slot {
  id: string;
  shape: ShapeId;
  colour: ColourId;
  /** Top-left corner and size in design units (the canvas is `width` × `height`). */
  x: number;
  y: number;
  w: number;
  h: number;
}

export const DESIGN_IDS = ['bridge', 'house', 'tree', 'rocket'] as const;
export type DesignId = (typeof DESIGN_IDS)[number];

/** The scenery the screen draws behind the outline (not a piece). */
export type BackdropId = 'river' | 'garden' | 'meadow' | 'space';

export interface Design {
  id: DesignId;
  name: Record<Language, string>;
  /** Picture id of the whole design (the facilitator's picker, the celebration). */
  picture: DesignId;
  backdrop: BackdropId;
  width: number;
  height: number;
  /** 24–30 slots: two or more pieces for each of up to 12 children. */
  slots: readonly Slot[];
}

/** Every design shares one canvas, so the pages scale them all alike. */
const W = 1200;
const H = 800;

const slot = (id: string, shape: ShapeId, colour: ColourId, x: number, y: number, w: number, h: number): Slot => ({ id, shape, colour, x, y, w, h });

/** Same-sized slots at the given corners, numbered from 1: `prefix-1`, `prefix-2`, … */
function many(prefix: string, shape: ShapeId, colour: ColourId, at: readonly (readonly [number, number])[], w: number, h: number): Slot[] {
  return at.map(([x, y], i) => slot(`${prefix}-${i + 1}`, shape, colour, x, y, w, h));
}

const range = (n: number, from: number, step: number) => Array.from({ length: n }, (_, i) => from + i * step);

// A suspension bridge over a river: deck, pillars below, towers with flags, cables and lamps above.
const BRIDGE: Design = {
  id: 'bridge',
  name: { en: 'Bridge', 'zh-CN': '大桥' },
  picture: 'bridge',
  backdrop: 'river',
  width: W,
  height: H,
  slots: [
    ...many(
      'deck',
      'plank',
      'brown',
      range(8, 120, 120).map((x) => [x, 360] as const),
      120,
      40,
    ),
    ...many(
      'pillar',
      'pillar',
      'grey',
      [270, 570, 870].flatMap(
        (x) =>
          [
            [x, 410],
            [x, 520],
          ] as const,
      ),
      60,
      110,
    ),
    ...many(
      'tower',
      'tower',
      'red',
      [
        [180, 120],
        [960, 120],
      ],
      60,
      240,
    ),
    ...many(
      'flag',
      'flag',
      'blue',
      [
        [180, 50],
        [960, 50],
      ],
      60,
      60,
    ),
    ...many(
      'cable',
      'cable',
      'orange',
      range(4, 260, 170).map((x) => [x, 140] as const),
      170,
      60,
    ),
    ...many(
      'lamp',
      'lamp',
      'yellow',
      range(4, 320, 180).map((x) => [x, 250] as const),
      40,
      100,
    ),
  ],
};

// A house in a garden: roof tiles and a chimney, a brick wall with windows and a door, flowers.
const WALL_X = range(5, 320, 112);
const WALL_Y = range(4, 310, 100);
const WINDOW_CELLS = new Set(['0,0', '0,4', '2,0', '2,4']);
const DOOR_CELLS = new Set(['2,2', '3,2']);
const BRICK_CELLS = WALL_Y.flatMap((y, r) => WALL_X.map((x, c) => ({ x, y, key: `${r},${c}` }))).filter(
  (cell) => !WINDOW_CELLS.has(cell.key) && !DOOR_CELLS.has(cell.key),
);

const HOUSE: Design = {
  id: 'house',
  name: { en: 'House', 'zh-CN': '房子' },
  picture: 'house',
  backdrop: 'garden',
  width: W,
  height: H,
  slots: [
    ...many(
      'roof',
      'roof',
      'red',
      range(4, 300, 150).map((x) => [x, 180] as const),
      150,
      120,
    ),
    slot('chimney-1', 'chimney', 'grey', 780, 90, 60, 80),
    ...many(
      'window',
      'window',
      'sky',
      [
        [WALL_X[0]!, WALL_Y[0]!],
        [WALL_X[4]!, WALL_Y[0]!],
        [WALL_X[0]!, WALL_Y[2]!],
        [WALL_X[4]!, WALL_Y[2]!],
      ],
      112,
      100,
    ),
    slot('door-1', 'door', 'brown', WALL_X[2]!, WALL_Y[2]!, 112, 200),
    ...many(
      'brick',
      'brick',
      'orange',
      BRICK_CELLS.map((c) => [c.x, c.y] as const),
      112,
      100,
    ),
    ...many(
      'flower',
      'flower',
      'pink',
      [
        [120, 720],
        [200, 720],
        [960, 720],
        [1040, 720],
      ],
      60,
      60,
    ),
  ],
};

// An apple tree in a meadow: trunk and branches, a crown of leaves, apples, a bird and grass.
const TREE: Design = {
  id: 'tree',
  name: { en: 'Tree', 'zh-CN': '大树' },
  picture: 'tree',
  backdrop: 'meadow',
  width: W,
  height: H,
  slots: [
    ...many(
      'trunk',
      'trunk',
      'brown',
      range(3, 480, 100).map((y) => [550, y] as const),
      100,
      100,
    ),
    ...many(
      'branch',
      'branch',
      'brown',
      [
        [400, 420],
        [650, 420],
      ],
      150,
      50,
    ),
    ...many(
      'leaf',
      'leaf',
      'green',
      range(3, 80, 110).flatMap((y) => range(4, 330, 150).map((x) => [x, y] as const)),
      120,
      100,
    ),
    ...many(
      'apple',
      'apple',
      'red',
      [
        [220, 200],
        [910, 200],
        [220, 320],
        [910, 320],
      ],
      70,
      70,
    ),
    slot('bird-1', 'bird', 'blue', 1000, 80, 100, 80),
    ...many(
      'grass',
      'grass',
      'light-green',
      [
        [150, 720],
        [300, 720],
        [800, 720],
        [950, 720],
      ],
      100,
      60,
    ),
  ],
};

// A rocket among the stars: nose, panels with round windows, fins and flames, stars, planets, a moon.
const ROCKET_STARS: readonly (readonly [number, number])[] = [
  [150, 100],
  [300, 250],
  [180, 450],
  [900, 120],
  [1000, 330],
  [880, 520],
  [320, 620],
];

const ROCKET: Design = {
  id: 'rocket',
  name: { en: 'Rocket', 'zh-CN': '火箭' },
  picture: 'rocket',
  backdrop: 'space',
  width: W,
  height: H,
  slots: [
    slot('nose-1', 'nose', 'red', 540, 60, 120, 120),
    ...many(
      'porthole',
      'porthole',
      'sky',
      [
        [520, 190],
        [600, 190],
      ],
      80,
      90,
    ),
    ...many(
      'panel',
      'panel',
      'white',
      range(3, 280, 90).flatMap(
        (y) =>
          [
            [520, y],
            [600, y],
          ] as const,
      ),
      80,
      90,
    ),
    ...many(
      'fin',
      'fin',
      'red',
      [
        [420, 430],
        [680, 430],
      ],
      100,
      120,
    ),
    ...many(
      'flame',
      'flame',
      'orange',
      range(3, 510, 60).map((x) => [x, 560] as const),
      60,
      110,
    ),
    ...many('star', 'star', 'yellow', ROCKET_STARS, 60, 60),
    slot('planet-1', 'planet', 'purple', 60, 640, 110, 110),
    slot('planet-2', 'planet', 'purple', 1000, 600, 130, 130),
    slot('moon-1', 'moon', 'yellow', 1040, 60, 100, 100),
  ],
};

export const DESIGNS: Record<DesignId, Design> = { bridge: BRIDGE, house: HOUSE, tree: TREE, rocket: ROCKET };
