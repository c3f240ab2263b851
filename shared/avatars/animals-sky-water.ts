// Avatar drawings for birds, pond and sea animals: owl, penguin, parrot, frog, turtle, whale, octopus, crab.
import { INK, WHITE, blob, cheeks, circle, ellipse, eye, eyes, pair, path, rimmedEye, smile } from './draw';

function owl(): string {
  const feather = '#a0704e';
  const disc = '#f8e6c8';
  const beak = '#f7a531';
  return [
    pair(path('M24 40L19 14Q19 11 22 12L40 27Z', { fill: feather })),
    path(blob(50, 55, 32, 31, 201), { fill: feather }),
    path('M38 73Q41 76.5 44 73M47 76Q50 79.5 53 76M56 73Q59 76.5 62 73', { stroke: '#6e4a33', sw: 1.8 }),
    circle(37, 49, 13, { fill: disc, sw: 2 }),
    circle(63, 49, 13, { fill: disc, sw: 2 }),
    cheeks(60, 25, 4.5, 3),
    eye(37, 49, 7),
    eye(63, 49, 7),
    path('M45 57Q50 54.5 55 57L50 66Z', { fill: beak, sw: 1.8 }),
  ].join('');
}

function penguin(): string {
  const navy = '#2f3a56';
  const beak = '#f9a23a';
  return [
    path(blob(50, 54, 33, 31, 211), { fill: navy }),
    path('M50 41Q40 31 29 38Q20 48 24 64Q32 80 50 81Q68 80 76 64Q80 48 71 38Q60 31 50 41Z', {
      fill: WHITE,
      stroke: false,
    }),
    cheeks(65, 19),
    eyes(54, 11, 5.4),
    path('M43.5 62Q50 58 56.5 62Q51.5 69 50 69Q48.5 69 43.5 62Z', { fill: beak, sw: 1.8 }),
  ].join('');
}

function frog(): string {
  const skin = '#79c65a';
  const belly = '#c9ec9c';
  return [
    pair(circle(32, 34, 13, { fill: skin })),
    path(blob(50, 60, 35, 25, 221), { fill: skin }),
    pair(circle(32, 34, 11.6, { fill: skin, stroke: false })),
    ellipse(50, 72, 20, 9, { fill: belly, stroke: false }),
    rimmedEye(32, 33, 5.5, 3),
    rimmedEye(68, 33, 5.5, 3),
    cheeks(64, 25, 5.5, 3.4),
    circle(46, 55, 1.2, { fill: INK, stroke: false }),
    circle(54, 55, 1.2, { fill: INK, stroke: false }),
    smile(50, 62, 34, 13, 2.6),
  ].join('');
}

function turtle(): string {
  const skin = '#a9d86e';
  const shell = '#b9814a';
  const plate = '#e0ad6c';
  return [
    path('M42 48H58V66H42Z', { fill: skin }),
    path(blob(50, 38, 22, 19, 231), { fill: skin }),
    cheeks(44, 15, 4.5, 3),
    eyes(35, 9.5, 5.2),
    smile(50, 45, 9, 4, 2),
    path('M16 84C16 52 84 52 84 84Z', { fill: shell }),
    path('M16 84C16 80.5 84 80.5 84 84C84 87.5 16 87.5 16 84Z', { fill: plate }),
    path('M42 62L58 62L63 72L58 80L42 80L37 72Z', { fill: plate, sw: 1.8 }),
    path('M31 66L37 72L31 80L22 80M69 66L63 72L69 80L78 80M42 62L39 57M58 62L61 57', {
      sw: 1.8,
    }),
    path('M31 66L24 66L19 74M69 66L76 66L81 74', { sw: 1.8 }),
  ].join('');
}

function whale(): string {
  const body = '#4f9de3';
  const belly = '#dff1ff';
  const water = '#7cc6f7';
  return [
    path('M44 33Q44 24 38 19M46 33Q47 22 52 17M45 33V21', { stroke: water, sw: 3.2 }),
    circle(37, 17, 2.6, { fill: water, stroke: false }),
    circle(53.5, 15, 2.6, { fill: water, stroke: false }),
    circle(45, 18, 2.6, { fill: water, stroke: false }),
    path('M14 62Q14 36 44 36Q70 36 78 55Q82 48 88 43Q92 41 91 47Q89 53 85 57Q93 57 91 62Q87 67 80 64Q75 81 47 81Q14 81 14 62Z', { fill: body }),
    path('M17 68Q46 86 77 66Q70 80 47 80Q22 80 17 68Z', { fill: belly, stroke: false }),
    path('M30 75L31 79M40 77L40.5 81M50 77L50 81M60 75.5L59.5 79.5', { stroke: '#a9cce8', sw: 1.5 }),
    cheeks(64, 19, 4.5, 3),
    eye(29, 56, 5),
    eye(49, 56, 5),
    smile(39, 63, 8, 4, 2),
    ellipse(56, 43, 4, 2, { fill: '#ffffff', stroke: false, opacity: 0.5 }),
  ].join('');
}

function parrot(): string {
  const red = '#ec4a3f';
  const face = '#fff6ea';
  const beakTop = '#ffd25a';
  return [
    path('M50 26Q40 8 47 6Q52 14 52 24Z', { fill: '#ffd25a' }),
    path('M52 25Q55 7 62 9Q62 17 55 27Z', { fill: '#4fb3f0' }),
    path('M47 27Q36 12 41 9Q47 16 50 26Z', { fill: '#6cc66a' }),
    path(blob(50, 55, 30, 30, 241), { fill: red }),
    ellipse(37, 50, 10, 11, { fill: face, stroke: false }),
    ellipse(63, 50, 10, 11, { fill: face, stroke: false }),
    path('M31 44Q34 46 36 44M64 44Q66 46 69 44', { stroke: '#d8cbb8', sw: 1.4 }),
    cheeks(63, 21, 4.5, 3),
    eye(37, 50, 5.2),
    eye(63, 50, 5.2),
    path('M41 59Q50 50 59 59Q60 67 53 73Q51 75 50 72Q47 67 41 59Z', { fill: beakTop, sw: 2 }),
    path('M44 66Q50 70 56 66Q54 75 50 75Q46 75 44 66Z', { fill: '#4b3f3a', sw: 1.8 }),
  ].join('');
}

function octopus(): string {
  const skin = '#b77fe0';
  const spot = '#d8b6f3';
  const arm = (d: string): string => path(d, { stroke: INK, sw: 10.5 }) + path(d, { stroke: skin, sw: 6 });
  return [
    arm('M30 60Q20 72 24 80Q27 85 31 81'),
    arm('M40 64Q36 78 40 86'),
    arm('M60 64Q64 78 60 86'),
    arm('M70 60Q80 72 76 80Q73 85 69 81'),
    path(blob(50, 44, 28, 26, 251), { fill: skin }),
    circle(38, 29, 3.2, { fill: spot, stroke: false }),
    circle(60, 25, 2.4, { fill: spot, stroke: false }),
    circle(66, 33, 3, { fill: spot, stroke: false }),
    cheeks(55, 18, 4.5, 3),
    eyes(47, 10.5, 5.4),
    smile(50, 56, 9, 4, 2),
  ].join('');
}

function crab(): string {
  const shell = '#f56f52';
  const light = '#ffb39e';
  const claw = (): string =>
    path('M30 63Q22 60 18 50', { stroke: INK, sw: 7 }) +
    path('M30 63Q22 60 18 50', { stroke: shell, sw: 3.5 }) +
    path('M18 50Q7 46 9 34Q11 26 18 27L17 37L24 32Q29 42 18 50Z', { fill: shell }) +
    path('M22 72L12 76M24 77L15 83', { stroke: INK, sw: 2.2 });
  return [
    pair(claw()),
    pair(path('M40 52L37 36', { stroke: INK, sw: 6 }) + path('M40 52L37 36', { stroke: shell, sw: 2.6 })),
    path(blob(50, 64, 29, 19, 261), { fill: shell }),
    ellipse(50, 70, 18, 8, { fill: light, stroke: false, opacity: 0.7 }),
    rimmedEye(37, 32, 4.2, 2.4),
    rimmedEye(63, 32, 4.2, 2.4),
    cheeks(66, 19, 4.5, 3),
    smile(50, 64, 12, 6, 2.2),
  ].join('');
}

/** Drawings keyed by avatar id; each returns the SVG body drawn over the background circle. */
export const SKY_WATER_ANIMALS = { owl, penguin, parrot, frog, turtle, whale, octopus, crab };
