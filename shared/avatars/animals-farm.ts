// Avatar drawings for pets and farm animals: cat, dog, rabbit, mouse, pig, cow, sheep, chick, duck.
import { INK, WHITE, blob, cheeks, circle, ellipse, eyes, nose, pair, path, rotate, cloud, smile, wMouth } from './draw';

function cat(): string {
  const fur = '#b9bccb';
  const stripe = '#868aa0';
  const inner = '#ffb3c4';
  return [
    pair(path('M21 48L24 15Q25 11 29 14L46 30Z', { fill: fur })),
    pair(path('M26.5 39L28 21L39 31Z', { fill: inner, stroke: false })),
    path(blob(50, 57, 32, 26, 11), { fill: fur }),
    path('M50 31.5L50 39M42.5 33L44 38.5M57.5 33L56 38.5', { stroke: stripe, sw: 3 }),
    cheeks(64, 21),
    eyes(54, 12.5, 5.8),
    nose(50, 61.5, 6.5, 4.5, '#f27a92'),
    wMouth(50, 66.5, 11, 3.5),
    pair(path('M30 60.5L16 58M30 65L17 67', { sw: 1.6 })),
  ].join('');
}

function dog(): string {
  const fur = '#e3b07a';
  const ear = '#8a5a3b';
  const muzzle = '#fbe8d2';
  return [
    path(blob(50, 52, 29, 28, 21), { fill: fur }),
    ellipse(37.5, 48, 8.5, 9.5, { fill: ear, stroke: false, transform: rotate(-15, 37.5, 48) }),
    pair(path('M30 27Q14 26 11 46Q9 62 17 67Q25 70 29 56Q31 42 33 30Z', { fill: ear })),
    ellipse(50, 64, 14, 10.5, { fill: muzzle, sw: 2 }),
    cheeks(61, 22),
    eyes(49, 12.5, 5.6),
    path('M47.5 68Q48 75.5 50 75.5Q52 75.5 52.5 68Z', { fill: '#ff7b8f', sw: 1.6 }),
    wMouth(50, 67.5, 12, 3.5),
    ellipse(50, 60.5, 5.5, 3.8, { fill: INK, stroke: false }),
    ellipse(48.3, 59.3, 1.8, 1, { fill: '#ffffff', stroke: false, opacity: 0.7 }),
  ].join('');
}

function rabbit(): string {
  const fur = WHITE;
  const inner = '#ffb3c8';
  const ear = (): string =>
    ellipse(37, 24, 8, 21, { fill: fur, transform: rotate(-10, 37, 24) }) +
    ellipse(37, 26, 3.8, 15, { fill: inner, stroke: false, transform: rotate(-10, 37, 26) });
  return [
    pair(ear()),
    path(blob(50, 62, 29, 24, 31), { fill: fur }),
    cheeks(68, 19),
    eyes(58, 11, 5.6),
    ellipse(50, 65.5, 3.6, 2.6, { fill: '#f27a92', sw: 1.4 }),
    path('M47 70.5H53V75Q53 76.5 51.5 76.5H48.5Q47 76.5 47 75Z', { fill: '#ffffff', sw: 1.5 }),
    path('M50 70.5V76.5', { sw: 1.2 }),
    wMouth(50, 70.5, 11, 3),
  ].join('');
}

function mouse(): string {
  const fur = '#cbb7a7';
  const inner = '#ffb8c6';
  return [
    pair(circle(25, 33, 16, { fill: fur })),
    pair(circle(26, 34, 10, { fill: inner, stroke: false })),
    path(blob(50, 60, 26, 23, 41), { fill: fur }),
    cheeks(66, 17, 4.5, 3),
    eyes(56, 10, 5.2),
    circle(50, 66, 3.8, { fill: '#f27a92', sw: 1.6 }),
    circle(48.8, 64.8, 1, { fill: '#ffffff', stroke: false, opacity: 0.8 }),
    smile(50, 71.5, 7, 3, 2),
    pair(path('M36 66L22 63M36 70L23 72', { sw: 1.5 })),
  ].join('');
}

function pig(): string {
  const skin = '#f9b1c1';
  const dark = '#ec8aa3';
  return [
    path(blob(50, 56, 32, 27, 51), { fill: skin }),
    pair(path('M22 45L20 19Q21 15 25 17L43 32Z', { fill: skin })),
    pair(path('M24.5 38L23.5 23L36 32Z', { fill: dark, stroke: false })),
    cheeks(63, 23),
    eyes(50, 13, 5.4),
    ellipse(50, 64, 12, 8.5, { fill: dark }),
    ellipse(45.5, 64, 2.2, 3.4, { fill: '#a8485f', stroke: false }),
    ellipse(54.5, 64, 2.2, 3.4, { fill: '#a8485f', stroke: false }),
    smile(50, 75.5, 9, 3, 2),
  ].join('');
}

function cow(): string {
  const hide = WHITE;
  const spot = '#3f3438';
  const muzzle = '#f8b9c6';
  return [
    pair(path('M35 30Q27 22 29 12Q34 16 38 19Q41 23 41 28Z', { fill: '#f4dfae' })),
    pair(
      ellipse(18, 45, 11, 6, { fill: hide, transform: rotate(-20, 18, 45) }) +
        ellipse(19, 45, 6.5, 3.2, { fill: muzzle, stroke: false, transform: rotate(-20, 19, 45) }),
    ),
    path(blob(50, 50, 28, 27, 61), { fill: hide }),
    path(blob(39, 35, 8, 6.5, 62, 0.12), { fill: spot, stroke: false }),
    path(blob(61, 30, 4.5, 3.5, 63, 0.15), { fill: spot, stroke: false }),
    cheeks(57, 21),
    eyes(46, 11.5, 5.4),
    ellipse(50, 67, 19, 12, { fill: muzzle }),
    ellipse(43, 65, 2.4, 3.4, { fill: '#a8485f', stroke: false }),
    ellipse(57, 65, 2.4, 3.4, { fill: '#a8485f', stroke: false }),
    smile(50, 71.5, 10, 3.5, 2),
  ].join('');
}

function sheep(): string {
  const wool = '#ffffff';
  const face = '#f8dcc4';
  return [
    cloud(50, 52, 31, 9, 13, wool),
    pair(ellipse(22, 55, 10, 5.5, { fill: '#eebf9f', transform: rotate(20, 22, 55) })),
    ellipse(50, 60, 19, 21, { fill: face }),
    cloud(50, 41, 7, 5.5, 7, wool, 0.2),
    cheeks(67, 13, 4, 2.8),
    eyes(58, 8.5, 4.6),
    ellipse(50, 67.5, 3, 2, { fill: '#b77b6a', stroke: false }),
    wMouth(50, 71, 8, 2.5, 1.8),
  ].join('');
}

function chick(): string {
  const feather = '#ffd83d';
  const beak = '#f7931e';
  const shell = WHITE;
  return [
    path('M45 30Q38 18 47 20Q49 11 54 19Q62 15 57 29Z', { fill: feather }),
    path(blob(50, 53, 29, 28, 81), { fill: feather }),
    cheeks(58, 19),
    eyes(48, 11, 5.6),
    path('M44.5 55Q50 51 55.5 55Q51.5 62 50 62Q48.5 62 44.5 55Z', { fill: beak, sw: 1.8 }),
    path('M14 66L22 60L29 67L36 60L43 67L50 60L57 67L64 60L71 67L78 60L86 66C88 96 12 96 14 66Z', { fill: shell }),
    path('M26 78Q28 82 32 83M70 80Q73 78 74 75', { stroke: '#d8cbb8', sw: 1.6 }),
  ].join('');
}

function duck(): string {
  const feather = WHITE;
  const bill = '#fb9a2b';
  const billDark = '#e67c13';
  return [
    path('M48 25Q44 12 55 13Q50 16 53 24Z', { fill: feather }),
    path(blob(50, 50, 29, 28, 91), { fill: feather }),
    cheeks(57, 21),
    eyes(45, 10.5, 5.6),
    path('M37 66Q50 80 63 66Z', { fill: billDark }),
    path('M32 61Q32 54 50 54Q68 54 68 61Q68 67 50 67Q32 67 32 61Z', { fill: bill }),
    ellipse(45, 58, 1.6, 1, { fill: INK, stroke: false }),
    ellipse(55, 58, 1.6, 1, { fill: INK, stroke: false }),
  ].join('');
}

/** Drawings keyed by avatar id; each returns the SVG body drawn over the background circle. */
export const FARM_ANIMALS = { cat, dog, rabbit, mouse, pig, cow, sheep, chick, duck };
