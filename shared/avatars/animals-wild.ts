// Avatar drawings for forest and jungle animals: bear, panda, fox, lion, tiger, koala, monkey, elephant, hedgehog.
import { INK, WHITE, blob, cheeks, circle, ellipse, eye, eyes, nose, pair, path, rimmedEye, rotate, cloud, smile, smoothClosed, spikes, wMouth } from './draw';

function bear(): string {
  const fur = '#b0703f';
  const light = '#ecc9a2';
  return [
    pair(circle(27, 30, 11, { fill: fur })),
    pair(circle(27.5, 30.5, 6, { fill: light, stroke: false })),
    path(blob(50, 55, 32, 28, 101), { fill: fur }),
    ellipse(50, 65, 13, 10, { fill: light, sw: 2 }),
    cheeks(62, 23),
    eyes(51, 12.5, 5.4),
    nose(50, 61, 9, 5.5),
    wMouth(50, 68, 10, 3.2),
  ].join('');
}

function panda(): string {
  const black = '#2f2a2e';
  return [
    pair(circle(27, 31, 11, { fill: black })),
    path(blob(50, 55, 32, 28, 111), { fill: WHITE }),
    pair(ellipse(37.5, 53, 8.5, 10.5, { fill: black, stroke: false, transform: rotate(32, 37.5, 53) })),
    cheeks(64, 22),
    rimmedEye(38.5, 52, 4.2, 1.8),
    rimmedEye(61.5, 52, 4.2, 1.8),
    ellipse(50, 63, 4.5, 3, { fill: black, stroke: false }),
    wMouth(50, 67.5, 10, 3.2),
  ].join('');
}

function fox(): string {
  const fur = '#f0803a';
  const cream = '#fff4e4';
  const tip = '#4a3026';
  const head = smoothClosed([
    [50, 27],
    [68, 28.5],
    [80, 40],
    [87, 58],
    [71, 68],
    [57, 78],
    [50, 80],
    [43, 78],
    [29, 68],
    [13, 58],
    [20, 40],
    [32, 28.5],
  ]);
  return [
    pair(path('M21 46L22 11Q23 7 27 9L46 30Z', { fill: fur })),
    pair(path('M22.5 20L22.8 11.5Q23.5 8.5 26.5 10L31.5 14.5Z', { fill: tip, stroke: false })),
    pair(path('M26 38L26 21L39 31Z', { fill: cream, stroke: false })),
    path(head, { fill: fur }),
    path('M18 58.5Q32 54 50 64Q68 54 82 58.5Q70 67 57 75.5Q50 79 43 75.5Q30 67 18 58.5Z', {
      fill: cream,
      stroke: false,
    }),
    cheeks(63, 22),
    eyes(50, 13, 5.4),
    nose(50, 67, 8, 5),
    smile(50, 72, 7, 3, 2),
  ].join('');
}

function lion(): string {
  const mane = '#d9782d';
  const face = '#f8c85a';
  const muzzle = '#fff0cc';
  return [
    cloud(50, 52, 35, 8.5, 15, mane),
    pair(circle(31, 33, 7.5, { fill: face })),
    pair(circle(31.5, 33.5, 3.8, { fill: mane, stroke: false })),
    path(blob(50, 54, 25, 23, 121), { fill: face }),
    ellipse(45, 64, 7.5, 5.8, { fill: muzzle, stroke: false }),
    ellipse(55, 64, 7.5, 5.8, { fill: muzzle, stroke: false }),
    cheeks(60, 17, 4, 2.8),
    eyes(50, 10.5, 5),
    nose(50, 60, 8, 5, '#8a4b22'),
    wMouth(50, 66.5, 8, 2.8, 1.8),
  ].join('');
}

function tiger(): string {
  const fur = '#f7922f';
  const white = '#fff6ea';
  const stripe = '#3b2a24';
  return [
    pair(circle(27, 31, 10, { fill: fur })),
    pair(circle(27.5, 31.5, 5.5, { fill: white, stroke: false })),
    path(blob(50, 55, 32, 27, 131), { fill: fur }),
    path('M50 29Q53.5 34 50 40Q46.5 34 50 29Z', { fill: stripe, stroke: false }),
    pair(path('M41 30.5Q44.5 34 43 38Q39.5 35 41 30.5Z', { fill: stripe, stroke: false })),
    pair(path('M18.5 49Q25 49 30 53Q24 55 19 53Z', { fill: stripe, stroke: false })),
    pair(path('M19 58Q24 57.5 28.5 61Q24 63 20 61.5Z', { fill: stripe, stroke: false })),
    ellipse(44, 65, 8.5, 7, { fill: white, sw: 1.8 }),
    ellipse(56, 65, 8.5, 7, { fill: white, sw: 1.8 }),
    ellipse(50, 65, 5, 5.5, { fill: white, stroke: false }),
    cheeks(62, 22),
    eyes(50, 12.5, 5.4),
    nose(50, 60.5, 8, 5, '#ee7488'),
    wMouth(50, 66.5, 8, 2.6, 1.8),
  ].join('');
}

function koala(): string {
  const fur = '#9ea8b6';
  const fluff = '#f4f1f2';
  return [
    pair(cloud(22, 38, 11, 6, 9, fur)),
    pair(circle(24, 40, 8.5, { fill: fluff, stroke: false })),
    path(blob(50, 56, 28, 27, 141), { fill: fur }),
    cheeks(65, 19),
    eyes(50, 14, 4.8),
    ellipse(50, 61, 7.5, 10, { fill: '#3d3742' }),
    ellipse(47.5, 56, 2.2, 3, { fill: '#ffffff', stroke: false, opacity: 0.5 }),
    smile(50, 74, 7, 2.5, 2),
  ].join('');
}

function monkey(): string {
  const fur = '#9b6438';
  const face = '#f3d0a6';
  return [
    pair(circle(19, 52, 9.5, { fill: fur })),
    pair(circle(19.5, 52.5, 5.5, { fill: face, stroke: false })),
    path(blob(50, 52, 30, 30, 151), { fill: fur }),
    path('M46 23Q48 14 56 17Q52 19 52.5 23', { fill: fur }),
    circle(40, 49, 11, { fill: face, stroke: false }),
    circle(60, 49, 11, { fill: face, stroke: false }),
    ellipse(50, 64, 19, 12.5, { fill: face, stroke: false }),
    cheeks(63, 18),
    eye(40, 49, 5.2),
    eye(60, 49, 5.2),
    circle(47, 59, 1.3, { fill: INK, stroke: false }),
    circle(53, 59, 1.3, { fill: INK, stroke: false }),
    smile(50, 64, 18, 9),
  ].join('');
}

function elephant(): string {
  const skin = '#9fb7d8';
  const inner = '#f6b9c9';
  return [
    pair(path(blob(21, 50, 16, 21, 161, 0.04), { fill: skin, transform: rotate(-12, 21, 50) })),
    pair(ellipse(22, 51, 9.5, 14, { fill: inner, stroke: false, transform: rotate(-12, 22, 51) })),
    path(blob(50, 47, 25, 25, 162), { fill: skin }),
    cheeks(56, 16, 4.5, 3),
    eyes(45, 10, 5),
    path('M42.5 55C42 66 43 75 49 79C54 82 60 79 62.5 73.5L57.5 71C56 74 52.5 74.5 52 70C51.5 66 53 61 57.5 55Z', {
      fill: skin,
    }),
    path('M44 65Q47.5 66.5 52 65M45.5 71.5Q48.5 73 51.8 71.5', { stroke: '#7d95b8', sw: 1.4 }),
  ].join('');
}

function hedgehog(): string {
  const quills = '#8a5a3c';
  const face = '#f5d6ad';
  return [
    path(spikes(50, 52, 42, 31, 11, 150, 390), { fill: quills }),
    path(spikes(50, 52, 33, 25, 9, 165, 375), { fill: '#a36f4b', stroke: false }),
    path(blob(50, 61, 25, 21, 171), { fill: face }),
    pair(circle(31, 44, 4.5, { fill: face, sw: 2 })),
    cheeks(67, 16, 4.5, 3),
    eyes(57, 10, 4.8),
    circle(50, 66, 4, { fill: INK, stroke: false }),
    circle(48.6, 64.6, 1.2, { fill: '#ffffff', stroke: false, opacity: 0.8 }),
    smile(50, 72, 7, 2.5, 2),
  ].join('');
}

/** Drawings keyed by avatar id; each returns the SVG body drawn over the background circle. */
export const WILD_ANIMALS = { bear, panda, fox, lion, tiger, koala, monkey, elephant, hedgehog };
