// Avatar drawings for the special ones: unicorn, dinosaur, giraffe, bee.
import { INK, blob, cheeks, circle, ellipse, eyes, num, pair, path, rotate, smile } from './draw';

function unicorn(): string {
  const coat = '#fdf6ff';
  const muzzle = '#f3e4ff';
  const horn = '#ffd15c';
  const pink = '#ff8fc2';
  const purple = '#b891f2';
  const blue = '#7ccaf5';
  return [
    circle(30, 35, 9, { fill: pink }),
    circle(23, 47, 8.5, { fill: purple }),
    circle(22.5, 60, 8, { fill: blue }),
    circle(26, 71, 6.5, { fill: '#8fe3b0' }),
    pair(path('M32 37L29 15Q30 12 33 14L43 28Z', { fill: coat })),
    path(blob(50, 53, 24, 28, 301), { fill: coat }),
    path('M44 31L50 4L56 31Z', { fill: horn }),
    path('M45.5 25L54.5 22.5M47 18L53.5 16M48.5 11.5L52 10.5', { sw: 1.6 }),
    circle(42, 31.5, 7.5, { fill: pink }),
    circle(34, 36.5, 6.5, { fill: purple }),
    cheeks(61, 17),
    eyes(51, 10.5, 5.6),
    ellipse(50, 69, 15, 10.5, { fill: muzzle }),
    path('M44 66.5Q45.5 68.5 45 70M56 66.5Q54.5 68.5 55 70', { sw: 1.8 }),
    smile(50, 73.5, 8, 3, 1.8),
  ].join('');
}

function dinosaur(): string {
  const skin = '#4fc3b0';
  const plate = '#ffb547';
  const belly = '#c9f2e6';
  const plates = [-150, -122, -90, -58, -30].map((deg) => {
    const a = (deg * Math.PI) / 180;
    const bx = 50 + Math.cos(a) * 31;
    const by = 57 + Math.sin(a) * 25;
    const tx = 50 + Math.cos(a) * 46;
    const ty = 57 + Math.sin(a) * 40;
    const ox = -Math.sin(a) * 7;
    const oy = Math.cos(a) * 7;
    return path(
      `M${num(bx - ox)} ${num(by - oy)}Q${num(tx - ox * 0.5)} ${num(ty - oy * 0.5)} ${num(tx)} ${num(ty)}` +
        `Q${num(tx + ox * 0.5)} ${num(ty + oy * 0.5)} ${num(bx + ox)} ${num(by + oy)}Z`,
      { fill: plate },
    );
  });
  return [
    ...plates,
    path(blob(50, 57, 33, 26, 311), { fill: skin }),
    ellipse(50, 72, 22, 8.5, { fill: belly, stroke: false }),
    circle(30, 45, 2.5, { fill: '#8fe0d2', stroke: false }),
    circle(70, 42, 2, { fill: '#8fe0d2', stroke: false }),
    circle(74, 49, 2.8, { fill: '#8fe0d2', stroke: false }),
    cheeks(63, 24),
    eyes(51, 13, 5.6),
    circle(45.5, 60, 1.5, { fill: INK, stroke: false }),
    circle(54.5, 60, 1.5, { fill: INK, stroke: false }),
    smile(50, 66, 24, 9),
  ].join('');
}

function giraffe(): string {
  const coat = '#f8c54a';
  const spot = '#c97a3a';
  const muzzle = '#fde4b0';
  const knob = '#8a5a3b';
  return [
    pair(path('M42 32L38 15', { stroke: INK, sw: 6.5 }) + path('M42 32L38 15', { stroke: coat, sw: 3 }) + circle(37.5, 13, 4.6, { fill: knob })),
    pair(ellipse(24, 39, 11, 5.5, { fill: coat, transform: rotate(-25, 24, 39) })),
    pair(ellipse(25, 39, 6, 2.6, { fill: '#f3a04a', stroke: false, transform: rotate(-25, 25, 39) })),
    path(blob(50, 52, 23, 28, 321), { fill: coat }),
    path(blob(41, 33, 4.5, 3.8, 322, 0.15), { fill: spot, stroke: false }),
    path(blob(60, 36, 3.5, 3, 323, 0.15), { fill: spot, stroke: false }),
    path(blob(32, 55, 3, 4, 324, 0.15), { fill: spot, stroke: false }),
    path(blob(68, 54, 3.2, 3.8, 325, 0.15), { fill: spot, stroke: false }),
    cheeks(59, 15, 4, 2.8),
    eyes(48, 10, 5.2),
    ellipse(50, 69, 16, 11, { fill: muzzle }),
    ellipse(45, 67, 1.7, 2.4, { fill: '#a0653a', stroke: false }),
    ellipse(55, 67, 1.7, 2.4, { fill: '#a0653a', stroke: false }),
    smile(50, 73, 9, 3.5, 1.8),
  ].join('');
}

/** A horizontal stripe across an ellipse, bounded by the ellipse outline and bowed slightly down. */
function band(cx: number, cy: number, rx: number, ry: number, y1: number, y2: number): string {
  const half = (y: number): number => rx * Math.sqrt(Math.max(0, 1 - ((y - cy) / ry) ** 2));
  const w1 = half(y1);
  const w2 = half(y2);
  return (
    `M${num(cx - w1)} ${num(y1)}Q${num(cx)} ${num(y1 + 6)} ${num(cx + w1)} ${num(y1)}` +
    `A${num(rx)} ${num(ry)} 0 0 1 ${num(cx + w2)} ${num(y2)}` +
    `Q${num(cx)} ${num(y2 + 6)} ${num(cx - w2)} ${num(y2)}` +
    `A${num(rx)} ${num(ry)} 0 0 1 ${num(cx - w1)} ${num(y1)}Z`
  );
}

function bee(): string {
  const body = '#ffd23f';
  const stripe = '#3b2a24';
  const wing = '#e4f6ff';
  return [
    pair(ellipse(25, 30, 10, 15, { fill: wing, transform: rotate(-35, 25, 30) })),
    pair(path('M44 30Q40 18 33 15', { sw: 2.2 }) + circle(32, 14.5, 3.6, { fill: INK, stroke: false })),
    ellipse(50, 56, 30, 29, { fill: body }),
    path(band(50, 56, 30, 29, 66, 72), { fill: stripe, stroke: false }),
    path(band(50, 56, 30, 29, 77.5, 82), { fill: stripe, stroke: false }),
    ellipse(50, 56, 30, 29, { fill: 'none' }),
    cheeks(58, 19),
    eyes(48, 11, 5.6),
    smile(50, 57, 10, 4.5, 2),
  ].join('');
}

/** Drawings keyed by avatar id; each returns the SVG body drawn over the background circle. */
export const SPECIAL_ANIMALS = { unicorn, dinosaur, giraffe, bee };
