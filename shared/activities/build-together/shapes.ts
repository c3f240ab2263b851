// Build Together piece looks: the shape ids (picture ids the pages draw) and the colour palette, in en and zh-CN.
import type { Language } from '../../session/roster';

/** Every piece shape; each id is also the picture id of that piece (drawn by the screen and tablet pages). */
export const SHAPE_IDS = [
  'plank',
  'pillar',
  'tower',
  'cable',
  'lamp',
  'flag',
  'roof',
  'chimney',
  'window',
  'door',
  'brick',
  'flower',
  'trunk',
  'branch',
  'leaf',
  'apple',
  'bird',
  'grass',
  'nose',
  'panel',
  'porthole',
  'fin',
  'flame',
  'star',
  'planet',
  'moon',
] as const;
export type ShapeId = (typeof SHAPE_IDS)[number];

/** Names for read-aloud and the hidden text mirror; children are never asked to read them. */
export const SHAPE_NAMES: Record<ShapeId, Record<Language, string>> = {
  plank: { en: 'plank', 'zh-CN': '木板' },
  pillar: { en: 'pillar', 'zh-CN': '桥墩' },
  tower: { en: 'tower', 'zh-CN': '高塔' },
  cable: { en: 'cable', 'zh-CN': '钢索' },
  lamp: { en: 'lamp', 'zh-CN': '路灯' },
  flag: { en: 'flag', 'zh-CN': '旗子' },
  roof: { en: 'roof tile', 'zh-CN': '屋顶' },
  chimney: { en: 'chimney', 'zh-CN': '烟囱' },
  window: { en: 'window', 'zh-CN': '窗户' },
  door: { en: 'door', 'zh-CN': '门' },
  brick: { en: 'brick', 'zh-CN': '砖块' },
  flower: { en: 'flower', 'zh-CN': '花' },
  trunk: { en: 'trunk', 'zh-CN': '树干' },
  branch: { en: 'branch', 'zh-CN': '树枝' },
  leaf: { en: 'leaf', 'zh-CN': '树叶' },
  apple: { en: 'apple', 'zh-CN': '苹果' },
  bird: { en: 'bird', 'zh-CN': '小鸟' },
  grass: { en: 'grass', 'zh-CN': '小草' },
  nose: { en: 'rocket nose', 'zh-CN': '火箭头' },
  panel: { en: 'rocket panel', 'zh-CN': '火箭身' },
  porthole: { en: 'round window', 'zh-CN': '圆窗' },
  fin: { en: 'fin', 'zh-CN': '尾翼' },
  flame: { en: 'flame', 'zh-CN': '火焰' },
  star: { en: 'star', 'zh-CN': '星星' },
  planet: { en: 'planet', 'zh-CN': '星球' },
  moon: { en: 'moon', 'zh-CN': '月亮' },
};

export const COLOUR_IDS = ['red', 'orange', 'yellow', 'green', 'light-green', 'sky', 'blue', 'purple', 'pink', 'brown', 'grey', 'white'] as const;
export type ColourId = (typeof COLOUR_IDS)[number];

/**
 * Calm colours that stay apart for most colour-blind children (Okabe–Ito based); the shape always
 * tells pieces apart too, so colour is never the only cue.
 */
export const COLOURS: Record<ColourId, { hex: string; name: Record<Language, string> }> = {
  red: { hex: '#D55E00', name: { en: 'red', 'zh-CN': '红色' } },
  orange: { hex: '#E69F00', name: { en: 'orange', 'zh-CN': '橙色' } },
  yellow: { hex: '#F0E442', name: { en: 'yellow', 'zh-CN': '黄色' } },
  green: { hex: '#009E73', name: { en: 'green', 'zh-CN': '绿色' } },
  'light-green': { hex: '#8BC34A', name: { en: 'light green', 'zh-CN': '浅绿色' } },
  sky: { hex: '#56B4E9', name: { en: 'sky blue', 'zh-CN': '天蓝色' } },
  blue: { hex: '#0072B2', name: { en: 'blue', 'zh-CN': '蓝色' } },
  purple: { hex: '#7E57C2', name: { en: 'purple', 'zh-CN': '紫色' } },
  pink: { hex: '#CC79A7', name: { en: 'pink', 'zh-CN': '粉色' } },
  brown: { hex: '#8D5A3B', name: { en: 'brown', 'zh-CN': '棕色' } },
  grey: { hex: '#8C8C8C', name: { en: 'grey', 'zh-CN': '灰色' } },
  white: { hex: '#F4F4F4', name: { en: 'white', 'zh-CN': '白色' } },
};

/** What a page needs to draw and read aloud one piece: "orange brick" / "橙色的砖块". */
export interface PieceLook {
  shape: ShapeId;
  colour: ColourId;
  hex: string;
  label: Record<Language, string>;
}

export function pieceLook(shape: ShapeId, colour: ColourId): PieceLook {
  const c = COLOURS[colour];
  const s = SHAPE_NAMES[shape];
  return { shape, colour, hex: c.hex, label: { en: `${c.name.en} ${s.en}`, 'zh-CN': `${c.name['zh-CN']}的${s['zh-CN']}` } };
}
