// Small pure string helpers for drawing the hand-drawn-style SVG avatars (no DOM, no Node APIs).
import { seeded } from '../random/seeded';

/** Outline colour shared by every avatar (a warm dark brown, softer than black). */
export const INK = '#3b2a24';
/** Default outline width in viewBox units (the viewBox is 100 x 100). */
export const STROKE = 2.4;
export const WHITE = '#fffdf8';
export const CHEEK = '#ff8fa3';

export type Point = readonly [number, number];
type AttrValue = string | number | undefined | false;

/** Formats a number with at most two decimals so the markup stays short and stable. */
export function num(v: number): string {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

/** Builds one element; attributes that are undefined or false are left out. */
export function el(tag: string, attrs: Record<string, AttrValue>, children = ''): string {
  let out = `<${tag}`;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    out += ` ${key}="${typeof value === 'number' ? num(value) : value}"`;
  }
  return children === '' ? `${out}/>` : `${out}>${children}</${tag}>`;
}

export interface Paint {
  /** Fill colour; 'none' for strokes only. Defaults to 'none'. */
  fill?: string;
  /** Outline colour; false for no outline. Defaults to INK. */
  stroke?: string | false;
  /** Outline width; defaults to STROKE. */
  sw?: number;
  opacity?: number;
  /** An SVG transform, e.g. from rotate(). */
  transform?: string;
}

function paint(p: Paint): Record<string, AttrValue> {
  const stroke = p.stroke === undefined ? INK : p.stroke;
  return {
    fill: p.fill ?? 'none',
    stroke: stroke === false ? false : stroke,
    'stroke-width': stroke === false ? false : (p.sw ?? STROKE),
    'stroke-linejoin': stroke === false ? false : 'round',
    'stroke-linecap': stroke === false ? false : 'round',
    opacity: p.opacity,
    transform: p.transform,
  };
}

export function rotate(deg: number, cx: number, cy: number): string {
  return `rotate(${num(deg)} ${num(cx)} ${num(cy)})`;
}

export function circle(cx: number, cy: number, r: number, p: Paint = {}): string {
  return el('circle', { cx, cy, r, ...paint(p) });
}

export function ellipse(cx: number, cy: number, rx: number, ry: number, p: Paint = {}): string {
  return el('ellipse', { cx, cy, rx, ry, ...paint(p) });
}

export function path(d: string, p: Paint = {}): string {
  return el('path', { d, ...paint(p) });
}

/** A group, optionally transformed. */
export function g(children: string | readonly string[], transform?: string): string {
  const body = typeof children === 'string' ? children : children.join('');
  return el('g', { transform }, body);
}

/** The same drawing reflected about the vertical centre line x = 50. */
export function mirror(content: string): string {
  return g(content, 'matrix(-1 0 0 1 100 0)');
}

/** A drawing plus its mirror image: draw the left ear once, get both ears. */
export function pair(content: string): string {
  return content + mirror(content);
}

/** A smooth closed curve through the points (Catmull-Rom turned into cubic Béziers). */
export function smoothClosed(pts: readonly Point[]): string {
  const count = pts.length;
  const at = (i: number): Point => pts[((i % count) + count) % count] as Point;
  let d = `M${num(at(0)[0])} ${num(at(0)[1])}`;
  for (let i = 0; i < count; i++) {
    const p0 = at(i - 1);
    const p1 = at(i);
    const p2 = at(i + 1);
    const p3 = at(i + 2);
    const c1x = p1[0] + (p2[0] - p0[0]) / 6;
    const c1y = p1[1] + (p2[1] - p0[1]) / 6;
    const c2x = p2[0] - (p3[0] - p1[0]) / 6;
    const c2y = p2[1] - (p3[1] - p1[1]) / 6;
    d += `C${num(c1x)} ${num(c1y)} ${num(c2x)} ${num(c2y)} ${num(p2[0])} ${num(p2[1])}`;
  }
  return `${d}Z`;
}

/** Points on an ellipse, each radius nudged a little at random: the "drawn by hand" wobble. */
export function blobPoints(cx: number, cy: number, rx: number, ry: number, seed: number, wobble = 0.025, count = 12): Point[] {
  const rand = seeded(seed); // the same seed, the same wobble: every render is identical
  const pts: Point[] = [];
  for (let i = 0; i < count; i++) {
    const a = (i / count) * Math.PI * 2 - Math.PI / 2;
    const k = 1 + (rand() * 2 - 1) * wobble;
    pts.push([cx + Math.cos(a) * rx * k, cy + Math.sin(a) * ry * k]);
  }
  return pts;
}

/** A slightly wobbly ellipse path ("d" attribute). */
export function blob(cx: number, cy: number, rx: number, ry: number, seed: number, wobble = 0.025): string {
  return smoothClosed(blobPoints(cx, cy, rx, ry, seed, wobble));
}

/** A fluffy cloud of outlined puffs around a ring, with the inside filled (wool, mane, fur). */
export function cloud(cx: number, cy: number, ring: number, puff: number, count: number, fill: string, turn = 0): string {
  const centres: Point[] = [];
  for (let i = 0; i < count; i++) {
    const a = (i / count) * Math.PI * 2 - Math.PI / 2 + turn;
    centres.push([cx + Math.cos(a) * ring, cy + Math.sin(a) * ring]);
  }
  return (
    centres.map(([x, y]) => circle(x, y, puff, { fill })).join('') +
    centres.map(([x, y]) => circle(x, y, puff, { fill, stroke: false })).join('') +
    circle(cx, cy, ring, { fill, stroke: false })
  );
}

/** A zig-zag of pointed spikes along an arc (angles in degrees, 0 = right, 90 = down). */
export function spikes(cx: number, cy: number, rOut: number, rIn: number, count: number, fromDeg: number, toDeg: number): string {
  const parts: string[] = [];
  const steps = count * 2;
  for (let i = 0; i <= steps; i++) {
    const a = ((fromDeg + ((toDeg - fromDeg) * i) / steps) * Math.PI) / 180;
    const r = i % 2 === 1 ? rOut : rIn;
    parts.push(`${num(cx + Math.cos(a) * r)} ${num(cy + Math.sin(a) * r)}`);
  }
  return `M${num(cx)} ${num(cy)}L${parts.join('L')}Z`;
}

/** One big friendly eye: dark iris with two white highlights. */
export function eye(cx: number, cy: number, r = 5.5): string {
  return (
    circle(cx, cy, r, { fill: INK, stroke: false }) +
    circle(cx - r * 0.3, cy - r * 0.35, r * 0.38, { fill: '#ffffff', stroke: false }) +
    circle(cx + r * 0.35, cy + r * 0.35, r * 0.16, { fill: '#ffffff', stroke: false })
  );
}

/** A pair of eyes, symmetric around x = 50. */
export function eyes(y: number, dx: number, r = 5.5): string {
  return eye(50 - dx, y, r) + eye(50 + dx, y, r);
}

/** An eye with a white rim, for eyes drawn on dark patches (panda, frog, penguin). */
export function rimmedEye(cx: number, cy: number, r = 5.5, rim = 2): string {
  return circle(cx, cy, r + rim, { fill: '#ffffff', stroke: INK, sw: 1.6 }) + eye(cx, cy, r);
}

/** Soft pink cheeks, symmetric around x = 50. */
export function cheeks(y: number, dx: number, rx = 5, ry = 3.2, color = CHEEK): string {
  return ellipse(50 - dx, y, rx, ry, { fill: color, stroke: false, opacity: 0.7 }) + ellipse(50 + dx, y, rx, ry, { fill: color, stroke: false, opacity: 0.7 });
}

/** A simple upward curve of a smile. */
export function smile(cx: number, y: number, w: number, depth: number, sw = STROKE): string {
  const h = w / 2;
  return path(`M${num(cx - h)} ${num(y)}Q${num(cx)} ${num(y + depth)} ${num(cx + h)} ${num(y)}`, { sw });
}

/** The little two-bump mouth of cats, bears and rabbits, hanging from a nose at (cx, y). */
export function wMouth(cx: number, y: number, w = 10, drop = 3, sw = 2): string {
  const h = w / 2;
  return path(
    `M${num(cx)} ${num(y - drop * 0.7)}L${num(cx)} ${num(y)}` +
      `M${num(cx - h)} ${num(y)}Q${num(cx - h / 2)} ${num(y + drop)} ${num(cx)} ${num(y)}` +
      `Q${num(cx + h / 2)} ${num(y + drop)} ${num(cx + h)} ${num(y)}`,
    { sw },
  );
}

/** A rounded downward-pointing nose (triangle with soft corners) centred at (cx, cy). */
export function nose(cx: number, cy: number, w: number, h: number, fill = INK): string {
  const hw = w / 2;
  const top = cy - h / 2;
  const bottom = cy + h / 2;
  return (
    path(
      `M${num(cx - hw)} ${num(top + h * 0.15)}Q${num(cx)} ${num(top - h * 0.2)} ${num(cx + hw)} ${num(top + h * 0.15)}` +
        `Q${num(cx + hw * 0.6)} ${num(bottom)} ${num(cx)} ${num(bottom)}Q${num(cx - hw * 0.6)} ${num(bottom)} ${num(cx - hw)} ${num(top + h * 0.15)}Z`,
      { fill, sw: 1.6 },
    ) + ellipse(cx - hw * 0.3, top + h * 0.25, hw * 0.3, h * 0.14, { fill: '#ffffff', stroke: false, opacity: 0.6 })
  );
}

/** The complete standalone SVG document: round coloured background plus the drawing. */
export function svgDocument(background: string, body: string): string {
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100">' +
    circle(50, 50, 50, { fill: background, stroke: false }) +
    circle(50, 50, 47, { fill: 'none', stroke: '#ffffff', sw: 1.5, opacity: 0.45 }) +
    body +
    '</svg>'
  );
}
