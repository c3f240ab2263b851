// Build Together pictures for both pages: every piece shape in any colour (solid, or the faint "empty place"
// look), each drawn in its slot's own units so the picture lines up, and the API the pages call.
import { DESIGNS } from '../../../../shared/activities/build-together/designs';
import { COLOURS, type ColourId, type ShapeId } from '../../../../shared/activities/build-together/shapes';
import { backdropBody } from './backdrops';

export { backdropBody, backdropSvg } from './backdrops';

const INK = '#3b2a24';
const W = 3;

/** Shades of one piece colour: the fill, a darker line colour, a deep shadow and a light shine. */
interface Palette {
  main: string;
  dark: string;
  deep: string;
  light: string;
}

function mix(a: string, b: string, t: number): string {
  const n = (hex: string, i: number) => parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16);
  const c = [0, 1, 2].map((i) =>
    Math.round(n(a, i) * (1 - t) + n(b, i) * t)
      .toString(16)
      .padStart(2, '0'),
  );
  return `#${c.join('')}`;
}

function palette(colour: ColourId): Palette {
  const main = COLOURS[colour].hex;
  return { main, dark: mix(main, INK, 0.35), deep: mix(main, INK, 0.6), light: mix(main, '#ffffff', 0.5) };
}

const inked = (fill: string, w = W) => `fill="${fill}" stroke="${INK}" stroke-width="${w}" stroke-linejoin="round" stroke-linecap="round"`;
const line = (d: string, colour: string, w = 2.5) =>
  `<path d="${d}" fill="none" stroke="${colour}" stroke-width="${w}" stroke-linecap="round" stroke-linejoin="round"/>`;

/** The full drawing, and the bare outline (no fill or stroke of its own) for the dashed "empty place". */
interface Art {
  art: string;
  sil: string;
}

type Draw = (p: Palette, w: number, h: number) => Art;

/** A shape drawn as one path: filled and inked, plus extra details on top. */
const body = (d: string, p: Palette, details = ''): Art => ({ art: `<path d="${d}" ${inked(p.main)}/>${details}`, sil: `<path d="${d}"/>` });

const rect = (x: number, y: number, w: number, h: number, r: number) =>
  `M${x + r} ${y}H${x + w - r}Q${x + w} ${y} ${x + w} ${y + r}V${y + h - r}Q${x + w} ${y + h} ${x + w - r} ${y + h}H${x + r}Q${x} ${y + h} ${x} ${y + h - r}V${y + r}Q${x} ${y} ${x + r} ${y}Z`;

function starD(cx: number, cy: number, outer: number, inner: number): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push(`${(cx + r * Math.cos(a)).toFixed(1)} ${(cy + r * Math.sin(a)).toFixed(1)}`);
  }
  return `M${pts.join('L')}Z`;
}

const DRAW: Record<ShapeId, Draw> = {
  plank: (p) =>
    body(
      rect(3, 5, 114, 30, 7),
      p,
      line('M12 15Q40 11 66 16T108 14', p.dark) +
        line('M16 26Q48 30 78 24T106 27', p.dark) +
        `<circle cx="10" cy="20" r="2.6" fill="${p.deep}"/><circle cx="110" cy="20" r="2.6" fill="${p.deep}"/>`,
    ),
  pillar: (p) =>
    body(
      rect(5, 3, 50, 104, 5),
      p,
      `<rect x="10" y="8" width="6" height="94" rx="3" fill="${p.light}" opacity="0.7"/>` +
        line('M5 38H55M5 72H55M32 3V38M20 38V72M42 38V72M30 72V107', p.dark, 2.5),
    ),
  tower: (p) =>
    body(
      'M8 237V26Q8 4 30 4Q52 4 52 26V237Z',
      p,
      `<rect x="13" y="22" width="6" height="205" rx="3" fill="${p.light}" opacity="0.6"/>` +
        [56, 108, 160].map((y) => `<rect x="22" y="${y}" width="16" height="26" rx="8" fill="${p.light}" stroke="${p.deep}" stroke-width="2.5"/>`).join('') +
        `<path d="M18 237V212Q18 198 30 198Q42 198 42 212V237Z" fill="${p.deep}"/>` +
        line('M8 44H52M8 96H52M8 148H52M8 190H52', p.dark, 2.5),
    ),
  cable: (p) => ({
    art:
      line('M44 36V58M85 44V58M126 36V58', p.deep, 3) +
      `<path d="M5 7Q85 62 165 7L165 19Q85 74 5 19Z" ${inked(p.main, 2.5)}/>` +
      line('M22 17l4 6M42 25l4 6M62 31l4 6M82 33l4 6M102 32l4 6M122 27l4 6M142 20l4 6', p.light, 2.5) +
      `<circle cx="8" cy="13" r="6" ${inked(p.dark, 2.5)}/><circle cx="162" cy="13" r="6" ${inked(p.dark, 2.5)}/>`,
    sil: '<path d="M5 7Q85 62 165 7L165 19Q85 74 5 19Z"/>',
  }),
  lamp: (p) => ({
    art:
      `<rect x="16" y="40" width="8" height="52" ${inked(p.dark, 2.5)}/><rect x="9" y="89" width="22" height="9" rx="3" ${inked(p.dark, 2.5)}/>` +
      `<path d="M8 14H32L29 42H11Z" ${inked(p.main)}/><path d="M13 18H27L25 38H15Z" fill="#fffbe0"/>` +
      `<path d="M6 15L20 3L34 15Z" ${inked(p.deep, 2.5)}/>`,
    sil: '<path d="M6 15L20 3L34 15L29 42H24V89H31V98H9V89H16V42H11Z"/>',
  }),
  flag: (p) => ({
    art:
      `<rect x="6" y="3" width="6" height="55" rx="3" ${inked('#9a8f86', 2.5)}/><path d="M12 7Q30 0 54 9Q42 18 54 28Q30 35 12 30Z" ${inked(p.main)}/>` +
      line('M18 14Q30 10 40 14', p.light, 3),
    sil: '<path d="M6 58V6Q6 3 9 3Q12 3 12 7Q30 0 54 9Q42 18 54 28Q30 35 12 30V58Z"/>',
  }),
  roof: (p) =>
    body(
      rect(3, 8, 144, 108, 10),
      p,
      `<rect x="3" y="8" width="144" height="14" rx="7" fill="${p.deep}"/>` +
        [46, 78, 110]
          .map((y, r) => {
            const off = r % 2 === 0 ? 3 : 15;
            const arcs = Array.from({ length: r % 2 === 0 ? 6 : 5 }, (_, i) => `M${off + i * 24} ${y - 14}q12 18 24 0`).join('');
            return line(arcs, p.deep, 3);
          })
          .join(''),
    ),
  chimney: (p) => ({
    art:
      `<rect x="9" y="18" width="42" height="59" ${inked(p.main)}/><rect x="3" y="5" width="54" height="15" rx="4" ${inked(p.dark)}/>` +
      line('M9 38H51M9 58H51M30 18V38M20 38V58M40 38V58M30 58V77', p.dark, 2.2),
    sil: '<path d="M7 5H53Q57 5 57 9V16Q57 20 53 20H51V77H9V20H7Q3 20 3 16V9Q3 5 7 5Z"/>',
  }),
  window: (p) => ({
    art:
      `<rect x="6" y="6" width="100" height="88" rx="8" ${inked('#fffdf8')}/><rect x="16" y="15" width="80" height="66" rx="4" fill="${p.main}"/>` +
      `<path d="M24 40L44 20M24 56L58 22" stroke="#ffffff" stroke-width="5" stroke-linecap="round" opacity="0.7"/>` +
      line('M56 15V81M16 48H96', '#fffdf8', 6) +
      `<rect x="16" y="15" width="80" height="66" rx="4" fill="none" stroke="${p.deep}" stroke-width="2.5"/>` +
      `<rect x="2" y="86" width="108" height="10" rx="4" ${inked(p.dark, 2.5)}/>`,
    sil: `<path d="${rect(4, 6, 104, 90, 8)}"/>`,
  }),
  door: (p) =>
    body(
      'M10 197V56Q10 8 56 8Q102 8 102 56V197Z',
      p,
      `<circle cx="56" cy="46" r="17" fill="${p.light}" stroke="${p.deep}" stroke-width="3"/>` +
        line('M56 29V63M39 46H73', p.deep, 2.5) +
        `<rect x="24" y="82" width="27" height="42" rx="5" fill="none" stroke="${p.dark}" stroke-width="3"/><rect x="61" y="82" width="27" height="42" rx="5" fill="none" stroke="${p.dark}" stroke-width="3"/>` +
        `<rect x="24" y="136" width="27" height="46" rx="5" fill="none" stroke="${p.dark}" stroke-width="3"/><rect x="61" y="136" width="27" height="46" rx="5" fill="none" stroke="${p.dark}" stroke-width="3"/>` +
        `<circle cx="88" cy="130" r="6" ${inked('#F0E442', 2.5)}/>`,
    ),
  brick: (p) =>
    body(
      rect(2, 2, 108, 96, 4),
      p,
      line('M2 34H110M2 66H110M40 2V34M80 2V34M20 34V66M60 34V66M100 34V66M40 66V98M80 66V98', p.light, 4) +
        line('M8 28H34M46 28H74', p.dark, 2) +
        line('M26 60H54M66 60H94', p.dark, 2),
    ),
  flower: (p) => ({
    art:
      line('M30 32Q28 46 30 58', '#3f8f4f', 4) +
      `<path d="M30 50Q18 40 12 48Q20 56 30 52Z" ${inked('#6dbb6a', 2)}/>` +
      [0, 72, 144, 216, 288]
        .map(
          (a) =>
            `<circle cx="${(30 + 11 * Math.cos(((a - 90) * Math.PI) / 180)).toFixed(1)}" cy="${(22 + 11 * Math.sin(((a - 90) * Math.PI) / 180)).toFixed(1)}" r="9" ${inked(p.main, 2.5)}/>`,
        )
        .join('') +
      `<circle cx="30" cy="22" r="7" ${inked('#F0E442', 2.5)}/>`,
    sil: '<circle cx="30" cy="22" r="20"/><path d="M30 42V58"/>',
  }),
  trunk: (p) =>
    body(
      rect(8, 0, 84, 100, 2),
      p,
      `<rect x="15" y="0" width="9" height="100" fill="${p.light}" opacity="0.45"/>` +
        line('M36 8Q40 30 35 50T38 92M56 4Q52 28 58 48T54 96M72 12Q76 34 71 60', p.deep, 3),
    ),
  branch: (p) =>
    body(
      'M3 18Q40 10 75 14Q110 10 147 18Q151 31 147 44Q110 38 75 42Q40 38 3 44Q-1 31 3 18Z',
      p,
      `<path d="M66 16L80 2L88 6L78 18Z" ${inked(p.main, 2.5)}/>` +
        `<path d="M84 4Q98 -4 104 4Q96 14 84 4Z" ${inked('#6dbb6a', 2)}/>` +
        line('M18 30Q50 25 70 29M90 29Q118 25 134 30', p.deep, 2.5),
    ),
  // Leaves spill past their box so neighbours overlap into one full crown.
  leaf: (p) =>
    body(
      'M14 104A26 26 0 0 1 -8 62A28 28 0 0 1 22 14A36 36 0 0 1 98 12A28 28 0 0 1 128 62A26 26 0 0 1 106 104Z',
      p,
      `<path d="M22 52Q34 30 54 28" fill="none" stroke="${p.light}" stroke-width="7" stroke-linecap="round" opacity="0.8"/>` +
        line('M44 80Q52 70 60 78M76 58Q84 48 92 56M24 70Q30 62 36 66', p.dark, 3),
    ),
  apple: (p) => ({
    art:
      line('M35 18Q35 10 40 4', '#6b4a32', 4) +
      `<path d="M40 10Q50 2 58 8Q50 16 40 10Z" ${inked('#6dbb6a', 2)}/>` +
      `<path d="M35 20C20 8 4 18 6 38C8 58 24 68 35 63C46 68 62 58 64 38C66 18 50 8 35 20Z" ${inked(p.main)}/>` +
      `<path d="M16 32Q18 24 26 22" fill="none" stroke="#ffffff" stroke-width="5" stroke-linecap="round" opacity="0.7"/>`,
    sil: '<path d="M35 20C20 8 4 18 6 38C8 58 24 68 35 63C46 68 62 58 64 38C66 18 50 8 35 20Z"/>',
  }),
  bird: (p) => ({
    art:
      `<path d="M14 36L4 32L14 28Z" ${inked('#E69F00', 2.5)}/>` +
      `<path d="M62 40Q84 26 96 16Q94 40 76 54Z" ${inked(p.dark)}/>` +
      `<path d="M14 34Q16 14 38 14Q60 14 66 38Q74 66 44 70Q16 70 14 34Z" ${inked(p.main)}/>` +
      `<path d="M34 44Q48 34 60 46Q50 60 34 44Z" ${inked(p.light, 2.5)}/>` +
      `<circle cx="28" cy="30" r="4" fill="${INK}"/><circle cx="29.5" cy="28.5" r="1.3" fill="#fff"/>` +
      line('M36 70L34 78M48 70L50 78', '#E69F00', 3),
    sil: '<path d="M14 28Q16 14 38 14Q56 14 64 32Q84 26 96 16Q94 40 70 58Q62 70 44 70Q16 70 14 36L4 32Z"/>',
  }),
  grass: (p) =>
    body(
      'M4 58L12 24L24 46L32 8L44 42L54 4L64 40L76 10L84 44L96 20L96 58Z',
      p,
      line('M32 14L36 40M54 10L56 38M76 16L74 40', p.light, 3) + line('M12 30L16 52M96 26L90 52', p.dark, 2.5),
    ),
  nose: (p) =>
    body(
      'M60 4C88 28 108 68 112 116H8C12 68 32 28 60 4Z',
      p,
      `<path d="M44 40Q52 24 60 16" fill="none" stroke="${p.light}" stroke-width="7" stroke-linecap="round"/>` +
        `<path d="M14 100H106L112 116H8Z" ${inked(p.dark, 2.5)}/>`,
    ),
  porthole: (p) =>
    body(
      rect(2, 2, 76, 86, 4),
      { ...p, main: mix(p.main, '#ffffff', 0.6) },
      `<circle cx="40" cy="45" r="27" ${inked(p.deep)}/><circle cx="40" cy="45" r="20" fill="${p.main}"/>` +
        `<path d="M28 40Q30 32 38 30" fill="none" stroke="#ffffff" stroke-width="5" stroke-linecap="round" opacity="0.85"/>`,
    ),
  panel: (p) =>
    body(
      rect(2, 2, 76, 86, 4),
      p,
      [12, 68].flatMap((x) => [12, 78].map((y) => `<circle cx="${x}" cy="${y}" r="3" fill="#a8a8a8"/>`)).join('') +
        line('M2 45H78', '#c9c9c9', 3) +
        `<rect x="8" y="20" width="7" height="50" rx="3.5" fill="#ffffff"/>`,
    ),
  fin: (p) =>
    body(
      'M32 5H68Q74 5 76 11L97 110Q98 116 92 116H8Q2 116 3 110L24 11Q26 5 32 5Z',
      p,
      `<path d="M40 24H60L70 94H30Z" fill="${p.light}" opacity="0.55"/>` + line('M8 100H92', p.dark, 3),
    ),
  flame: (p) =>
    body(
      'M30 107C12 84 5 56 8 30Q12 10 22 20Q26 4 30 3Q34 4 38 20Q48 10 52 30C55 56 48 84 30 107Z',
      p,
      `<path d="M30 86C20 70 18 52 21 38Q30 30 39 38C42 52 40 70 30 86Z" fill="#F0E442"/>`,
    ),
  star: (p) => body(starD(30, 32, 27, 12), p, `<path d="M20 24L24 20" stroke="#ffffff" stroke-width="4" stroke-linecap="round" opacity="0.8"/>`),
  planet: (p) => ({
    art:
      `<ellipse cx="55" cy="55" rx="51" ry="14" transform="rotate(-18 55 55)" fill="none" stroke="${INK}" stroke-width="9"/>` +
      `<ellipse cx="55" cy="55" rx="51" ry="14" transform="rotate(-18 55 55)" fill="none" stroke="${p.light}" stroke-width="4"/>` +
      `<circle cx="55" cy="55" r="36" ${inked(p.main)}/>` +
      `<path d="M26 48Q55 38 84 48M24 62Q55 56 86 64" fill="none" stroke="${p.dark}" stroke-width="4" stroke-linecap="round" opacity="0.7"/>` +
      `<path d="M4 55A51 14 0 0 0 106 55" transform="rotate(-18 55 55)" fill="none" stroke="${INK}" stroke-width="9" stroke-linecap="round"/>` +
      `<path d="M4 55A51 14 0 0 0 106 55" transform="rotate(-18 55 55)" fill="none" stroke="${p.light}" stroke-width="4" stroke-linecap="round"/>` +
      `<path d="M36 34Q44 26 54 26" fill="none" stroke="#ffffff" stroke-width="5" stroke-linecap="round" opacity="0.6"/>`,
    sil: '<circle cx="55" cy="55" r="36"/><ellipse cx="55" cy="55" rx="51" ry="14" transform="rotate(-18 55 55)"/>',
  }),
  moon: (p) =>
    body(
      'M60 6A45 45 0 1 0 94 76A36 36 0 1 1 60 6Z',
      p,
      `<circle cx="30" cy="56" r="6" fill="${p.dark}" opacity="0.5"/><circle cx="44" cy="78" r="4" fill="${p.dark}" opacity="0.5"/><circle cx="26" cy="34" r="3.5" fill="${p.dark}" opacity="0.5"/>`,
    ),
};

/** Each shape's own units: the size of its slots (one size per shape; planets differ only in scale). */
const SIZE = new Map<ShapeId, { w: number; h: number }>();
for (const d of Object.values(DESIGNS)) for (const s of d.slots) if (!SIZE.has(s.shape)) SIZE.set(s.shape, { w: s.w, h: s.h });

export function pieceSize(shape: ShapeId): { w: number; h: number } {
  return SIZE.get(shape) ?? { w: 100, h: 100 };
}

/** 'solid': the piece itself. 'ghost': its empty place, faint with a dashed edge, readable on light and dark scenery. */
export type PieceMode = 'solid' | 'ghost';

/** The piece's markup inside a `0 0 w h` box (w, h from pieceSize). */
export function pieceBody(shape: ShapeId, colour: ColourId, mode: PieceMode): string {
  const { w, h } = pieceSize(shape);
  const p = palette(colour);
  const { art, sil } = DRAW[shape](p, w, h);
  if (mode === 'solid') return art;
  return (
    `<g fill="#ffffff" fill-opacity="0.5" stroke="#ffffff" stroke-opacity="0.85" stroke-width="7" stroke-linejoin="round">${sil}</g>` +
    `<g opacity="0.28">${art}</g>` +
    `<g fill="none" stroke="${p.deep}" stroke-width="3" stroke-dasharray="7 6" stroke-linecap="round" stroke-linejoin="round">${sil}</g>`
  );
}

/** Room round a piece's box in its standalone document (its units): the outline's width, or more where the drawing spills over. */
export function piecePad(shape: ShapeId): number {
  return shape === 'leaf' ? 30 : 4;
}

/**
 * A standalone piece document: the box plus piecePad all round. `stretch` lets a page rasterise it into
 * any box (the screen makes square textures, then draws them at the slot's own shape, undoing the stretch).
 */
export function pieceSvg(shape: ShapeId, colour: ColourId, mode: PieceMode, stretch = false): string {
  const { w, h } = pieceSize(shape);
  const m = piecePad(shape);
  const aspect = stretch ? ' preserveAspectRatio="none"' : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-m} ${-m} ${w + 2 * m} ${h + 2 * m}" width="${w + 2 * m}" height="${h + 2 * m}"${aspect}>${pieceBody(shape, colour, mode)}</svg>`;
}

/** A piece placed in a picture's <svg>: a nested box at the slot, in design units. */
export function pieceInPicture(shape: ShapeId, colour: ColourId, mode: PieceMode, x: number, y: number, w: number, h: number): string {
  const size = pieceSize(shape);
  return `<svg x="${x}" y="${y}" width="${w}" height="${h}" viewBox="0 0 ${size.w} ${size.h}" overflow="visible">${pieceBody(shape, colour, mode)}</svg>`;
}

/** The whole picture of a design as one document: scenery, then each slot empty or filled. */
export function designSvg(design: keyof typeof DESIGNS, filled: (slotId: string) => boolean = () => false): string {
  const d = DESIGNS[design];
  const slots = d.slots.map((s) => pieceInPicture(s.shape, s.colour, filled(s.id) ? 'solid' : 'ghost', s.x, s.y, s.w, s.h)).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${d.width} ${d.height}" width="${d.width}" height="${d.height}">${backdropBody(d.backdrop)}${slots}</svg>`;
}
