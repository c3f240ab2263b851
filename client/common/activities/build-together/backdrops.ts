// Build Together scenery behind each picture (river, garden, meadow, space), 1200 × 800 design units.
// Kept clear of the slots: nothing in the scenery looks like a piece, so it never hints where one goes.
import type { BackdropId } from '../../../../shared/activities/build-together/designs';

const grad = (id: string, top: string, bottom: string) =>
  `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient>`;

function sun(x: number, y: number, r: number): string {
  return `<circle cx="${x}" cy="${y}" r="${r * 1.7}" fill="#fff3b0" opacity="0.45"/><circle cx="${x}" cy="${y}" r="${r}" fill="#ffe27a" stroke="#f4c247" stroke-width="5"/>`;
}

function cloud(x: number, y: number, s: number): string {
  const c = (dx: number, dy: number, r: number) => `<circle cx="${x + dx * s}" cy="${y + dy * s}" r="${r * s}"/>`;
  return `<g fill="#ffffff" opacity="0.92">${c(-38, 8, 24)}${c(-10, -6, 32)}${c(26, 0, 28)}${c(50, 12, 18)}<rect x="${x - 58 * s}" y="${y + 8 * s}" width="${118 * s}" height="${24 * s}" rx="${12 * s}"/></g>`;
}

/** Tiny twinkles for the night sky, from a fixed seed so both pages draw the same sky. */
function twinkles(n: number): string {
  let seed = 7;
  const rnd = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  let out = '';
  for (let i = 0; i < n; i++)
    out += `<circle cx="${(rnd() * 1200).toFixed(0)}" cy="${(rnd() * 800).toFixed(0)}" r="${(0.8 + rnd() * 1.8).toFixed(1)}" fill="#ffffff" opacity="${(0.35 + rnd() * 0.5).toFixed(2)}"/>`;
  return out;
}

function picket(x0: number, x1: number, top: number, bottom: number): string {
  let out = `<rect x="${x0}" y="${top + 16}" width="${x1 - x0}" height="10" rx="4" fill="#fff8ee" stroke="#d9c3a8" stroke-width="2"/>`;
  for (let x = x0 + 6; x < x1 - 10; x += 30)
    out += `<path d="M${x} ${bottom}V${top + 8}L${x + 8} ${top}L${x + 16} ${top + 8}V${bottom}Z" fill="#fff8ee" stroke="#d9c3a8" stroke-width="2" stroke-linejoin="round"/>`;
  return out;
}

const RIVER =
  `<defs>${grad('bt-river-sky', '#bfe3fa', '#f3faff')}${grad('bt-river-water', '#86c9ec', '#4b9bcd')}</defs>` +
  `<rect width="1200" height="800" fill="url(#bt-river-sky)"/>` +
  sun(1120, 80, 42) +
  cloud(600, 60, 1) +
  cloud(1080, 250, 0.7) +
  `<path d="M0 470Q200 410 420 455T820 445T1200 430V800H0Z" fill="#d3ebc9"/>` +
  `<path d="M0 560Q300 535 600 562T1200 552V800H0Z" fill="url(#bt-river-water)"/>` +
  `<g fill="none" stroke="#ffffff" stroke-width="4" stroke-linecap="round" opacity="0.55">` +
  `<path d="M360 620q20-10 40 0t40 0"/><path d="M700 600q20-10 40 0t40 0"/><path d="M480 700q20-10 40 0t40 0"/><path d="M860 690q20-10 40 0t40 0"/><path d="M200 740q20-10 40 0t40 0"/><path d="M1000 760q20-10 40 0t40 0"/></g>` +
  `<path d="M0 398H148Q196 470 236 800H0Z" fill="#a6d58f" stroke="#7fb56c" stroke-width="4"/>` +
  `<path d="M1200 398H1052Q1004 470 964 800H1200Z" fill="#a6d58f" stroke="#7fb56c" stroke-width="4"/>` +
  `<ellipse cx="60" cy="640" rx="30" ry="16" fill="#c9b8a4"/><ellipse cx="1130" cy="600" rx="26" ry="14" fill="#c9b8a4"/>`;

const GARDEN =
  `<defs>${grad('bt-garden-sky', '#c9e8fb', '#fff4e2')}</defs>` +
  `<rect width="1200" height="800" fill="url(#bt-garden-sky)"/>` +
  sun(1090, 110, 50) +
  cloud(170, 110, 1) +
  cloud(1000, 290, 0.75) +
  `<path d="M0 640Q90 590 170 630Q240 580 320 640V710H0Z" fill="#b5dea4"/><path d="M880 640Q960 585 1040 630Q1120 590 1200 630V710H880Z" fill="#b5dea4"/>` +
  picket(10, 300, 640, 712) +
  picket(900, 1190, 640, 712) +
  `<rect y="704" width="1200" height="96" fill="#92cf7e"/><rect y="704" width="1200" height="12" fill="#a9dc95"/>` +
  `<path d="M548 710H652L720 800H480Z" fill="#f1d7ae" stroke="#dcbb8b" stroke-width="3"/>`;

const MEADOW =
  `<defs>${grad('bt-meadow-sky', '#c6e6fb', '#f6fbe8')}</defs>` +
  `<rect width="1200" height="800" fill="url(#bt-meadow-sky)"/>` +
  sun(110, 100, 50) +
  cloud(1080, 430, 0.8) +
  cloud(120, 560, 0.7) +
  `<path d="M0 660Q300 570 620 640T1200 600V800H0Z" fill="#c7e7b0"/>` +
  `<path d="M0 762Q600 736 1200 762V800H0Z" fill="#8fce7c"/>` +
  `<g fill="#ffffff"><circle cx="460" cy="700" r="5"/><circle cx="720" cy="690" r="5"/><circle cx="1100" cy="680" r="5"/><circle cx="80" cy="700" r="5"/></g>` +
  `<g fill="#ffd36b"><circle cx="460" cy="700" r="2"/><circle cx="720" cy="690" r="2"/><circle cx="1100" cy="680" r="2"/><circle cx="80" cy="700" r="2"/></g>`;

const SPACE =
  `<defs><radialGradient id="bt-space-sky" cx="0.5" cy="0.45" r="0.75"><stop offset="0" stop-color="#3d4487"/><stop offset="1" stop-color="#1a1d45"/></radialGradient>` +
  `<radialGradient id="bt-space-glow"><stop offset="0" stop-color="#9d7fe0" stop-opacity="0.45"/><stop offset="1" stop-color="#9d7fe0" stop-opacity="0"/></radialGradient>` +
  `<radialGradient id="bt-space-glow2"><stop offset="0" stop-color="#5fc4d8" stop-opacity="0.35"/><stop offset="1" stop-color="#5fc4d8" stop-opacity="0"/></radialGradient></defs>` +
  `<rect width="1200" height="800" fill="url(#bt-space-sky)"/>` +
  `<ellipse cx="300" cy="330" rx="320" ry="220" fill="url(#bt-space-glow)"/><ellipse cx="930" cy="560" rx="300" ry="200" fill="url(#bt-space-glow2)"/>` +
  twinkles(90);

const BODIES: Record<BackdropId, string> = { river: RIVER, garden: GARDEN, meadow: MEADOW, space: SPACE };

/** The scenery's markup inside a `0 0 1200 800` picture. */
export function backdropBody(id: BackdropId): string {
  return BODIES[id];
}

/** A standalone scenery document; `stretch` lets a page rasterise it into a box of another shape. */
export function backdropSvg(id: BackdropId, width = 1200, height = 800, stretch = false): string {
  const aspect = stretch ? ' preserveAspectRatio="none"' : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 800" width="${width}" height="${height}"${aspect}>${BODIES[id]}</svg>`;
}
