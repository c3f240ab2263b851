// __NAME_EN__'s weather pictures (SVG, 100 × 100, ink outlines, friendly faces): drawn once, used by the tablet and the screen.
import type { Weather } from '../../../../shared/activities/__ID__';

const INK = '#3b2a24';
const ink = (w: number) => `stroke="${INK}" stroke-width="${w}" stroke-linejoin="round" stroke-linecap="round"`;
const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">${body}</svg>`;
const smile = (cx: number, cy: number, r: number) =>
  `<circle cx="${cx - r * 0.35}" cy="${cy - r * 0.15}" r="${r * 0.09}" fill="${INK}"/><circle cx="${cx + r * 0.35}" cy="${cy - r * 0.15}" r="${r * 0.09}" fill="${INK}"/>` +
  `<path d="M${cx - r * 0.3} ${cy + r * 0.2}q${r * 0.3} ${r * 0.28} ${r * 0.6} 0" fill="none" ${ink(r * 0.08)}/>`;
const calm = (cx: number, cy: number, r: number) =>
  `<circle cx="${cx - r * 0.35}" cy="${cy - r * 0.1}" r="${r * 0.08}" fill="${INK}"/><circle cx="${cx + r * 0.35}" cy="${cy - r * 0.1}" r="${r * 0.08}" fill="${INK}"/>` +
  `<path d="M${cx - r * 0.22} ${cy + r * 0.28}h${r * 0.44}" fill="none" ${ink(r * 0.08)}/>`;

const sun = (cx: number, cy: number, r: number) => {
  let rays = '';
  for (let i = 0; i < 8; i++) {
    const a = (i * Math.PI) / 4;
    const x1 = cx + Math.cos(a) * r * 1.3;
    const y1 = cy + Math.sin(a) * r * 1.3;
    const x2 = cx + Math.cos(a) * r * 1.7;
    const y2 = cy + Math.sin(a) * r * 1.7;
    rays += `<path d="M${x1.toFixed(1)} ${y1.toFixed(1)}L${x2.toFixed(1)} ${y2.toFixed(1)}" ${ink(4)}/>`;
  }
  return rays + `<circle cx="${cx}" cy="${cy}" r="${r}" fill="#ffd45e" ${ink(4)}/>`;
};
const cloud = (dx: number, dy: number, fill: string) =>
  `<path transform="translate(${dx} ${dy})" d="M22 74h56a14 14 0 0 0 2-28a18 18 0 0 0-34-8a14 14 0 0 0-24 10a13 13 0 0 0 0 26z" fill="${fill}" ${ink(4)}/>`;
const drop = (x: number, y: number) => `<path d="M${x} ${y}q-5 8 0 11q5-3 0-11z" fill="#8fd1f0" ${ink(2.5)}/>`;

/** Each weather as a picture: sunny, sun behind a cloud, a cloud, rain, a storm (a grumpy sky, never a scary one). */
export const WEATHER_PICTURES: Record<Weather, string> = {
  sunny: svg(sun(50, 50, 24) + smile(50, 50, 24)),
  'sun-cloud': svg(sun(34, 34, 16) + `<g transform="translate(14 16) scale(0.84)">${cloud(0, 0, '#ffffff')}</g>` + smile(56, 66, 16)),
  cloudy: svg(cloud(0, -8, '#e4ebf0') + calm(50, 54, 20)),
  rainy: svg(cloud(0, -16, '#cfd9e2') + calm(50, 46, 20) + drop(34, 72) + drop(52, 78) + drop(70, 72)),
  stormy: svg(
    cloud(0, -16, '#a9b6c4') + calm(50, 46, 20) + `<path d="M54 66l-10 14h9l-6 14l16-19h-9l6-9z" fill="#ffd45e" ${ink(3)}/>`,
  ),
};
