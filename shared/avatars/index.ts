// The avatar catalogue: ids, read-aloud names, background colours, and SVG / data-URL builders.
import { FARM_ANIMALS } from './animals-farm';
import { SKY_WATER_ANIMALS } from './animals-sky-water';
import { SPECIAL_ANIMALS } from './animals-special';
import { WILD_ANIMALS } from './animals-wild';
import { svgDocument } from './draw';

/** Every avatar id, in the order a picker should show them. */
export const AVATAR_IDS = [
  'cat',
  'dog',
  'rabbit',
  'mouse',
  'pig',
  'cow',
  'sheep',
  'chick',
  'duck',
  'bear',
  'panda',
  'fox',
  'lion',
  'tiger',
  'koala',
  'monkey',
  'elephant',
  'hedgehog',
  'owl',
  'penguin',
  'parrot',
  'frog',
  'turtle',
  'whale',
  'octopus',
  'crab',
  'unicorn',
  'dinosaur',
  'giraffe',
  'bee',
] as const;

export type AvatarId = (typeof AVATAR_IDS)[number];

export interface AvatarDef {
  id: AvatarId;
  /** Names for labels and read-aloud. */
  names: { en: string; 'zh-CN': string };
  /** Colour of the round background, as a CSS hex colour. */
  background: string;
}

type Entry = readonly [en: string, zh: string, background: string];

const ENTRIES: Record<AvatarId, Entry> = {
  cat: ['Cat', '小猫', '#ffb3c7'],
  dog: ['Dog', '小狗', '#9fd0f7'],
  rabbit: ['Rabbit', '小兔子', '#ff9f8e'],
  mouse: ['Mouse', '小老鼠', '#6fd6c8'],
  pig: ['Pig', '小猪', '#c6ea7c'],
  cow: ['Cow', '奶牛', '#ffd36b'],
  sheep: ['Sheep', '小绵羊', '#7fa8f0'],
  chick: ['Chick', '小鸡', '#b7a6f2'],
  duck: ['Duck', '小鸭子', '#8fe3f0'],
  bear: ['Bear', '小熊', '#a8e39a'],
  panda: ['Panda', '熊猫', '#5fc48d'],
  fox: ['Fox', '狐狸', '#8ed9b0'],
  lion: ['Lion', '狮子', '#5fb3d9'],
  tiger: ['Tiger', '老虎', '#d7a6f5'],
  koala: ['Koala', '考拉', '#ffc48a'],
  monkey: ['Monkey', '猴子', '#ffe27a'],
  elephant: ['Elephant', '大象', '#f7a6d9'],
  hedgehog: ['Hedgehog', '刺猬', '#c3e6ff'],
  owl: ['Owl', '猫头鹰', '#4d68b0'],
  penguin: ['Penguin', '企鹅', '#a0c4ff'],
  parrot: ['Parrot', '鹦鹉', '#9be3c4'],
  frog: ['Frog', '青蛙', '#ffe9a0'],
  turtle: ['Turtle', '乌龟', '#8fe3f0'],
  whale: ['Whale', '鲸鱼', '#ffd9a8'],
  octopus: ['Octopus', '章鱼', '#ffe27a'],
  crab: ['Crab', '螃蟹', '#9fd0f7'],
  unicorn: ['Unicorn', '独角兽', '#b7a6f2'],
  dinosaur: ['Dinosaur', '恐龙', '#ffb3a0'],
  giraffe: ['Giraffe', '长颈鹿', '#7fa8f0'],
  bee: ['Bee', '小蜜蜂', '#a8e39a'],
};

const DRAWINGS: Record<AvatarId, () => string> = {
  ...FARM_ANIMALS,
  ...WILD_ANIMALS,
  ...SKY_WATER_ANIMALS,
  ...SPECIAL_ANIMALS,
};

/** Every avatar with its names and background colour, in AVATAR_IDS order. */
export const AVATARS: readonly AvatarDef[] = Object.freeze(
  AVATAR_IDS.map((id): AvatarDef => {
    const [en, zh, background] = ENTRIES[id];
    return Object.freeze({ id, names: Object.freeze({ en, 'zh-CN': zh }), background });
  }),
);

const ID_SET: ReadonlySet<string> = new Set(AVATAR_IDS);

export function isAvatarId(x: unknown): x is AvatarId {
  return typeof x === 'string' && ID_SET.has(x);
}

const svgCache = new Map<AvatarId, string>();

/**
 * A complete standalone SVG document (100 x 100 viewBox, width/height 100) for the avatar.
 * It has no ids, text, scripts or external references, so many copies can be inlined in one page.
 */
export function avatarSvg(id: AvatarId): string {
  let svg = svgCache.get(id);
  if (svg === undefined) {
    const draw = DRAWINGS[id];
    if (draw === undefined) throw new Error(`unknown avatar id: ${String(id)}`);
    svg = svgDocument(ENTRIES[id][2], draw());
    svgCache.set(id, svg);
  }
  return svg;
}

/** The avatar as a data URL, usable as an <img> src or loaded as a Phaser texture. */
export function avatarDataUrl(id: AvatarId): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(avatarSvg(id))}`;
}
