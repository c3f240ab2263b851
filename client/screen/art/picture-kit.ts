// Small SVG helpers for drawn pictures (prompt cards, the star): ink outline, faces, people, a 100 × 100 document.
export const INK = '#3b2a24';
export const SKIN = '#ffd9b8';

/** The outline every picture uses: thick, round, the warm ink of the screen's text. */
export const ink = (w = 3): string => `stroke="${INK}" stroke-width="${w}" stroke-linejoin="round" stroke-linecap="round"`;

/** A filled shape with the ink outline. */
export const shape = (tag: string, fill: string, attrs: string, w = 3): string => `<${tag} fill="${fill}" ${ink(w)} ${attrs}/>`;

/** A stroke-only path. */
export const stroke = (d: string, w = 3, color = INK): string =>
  `<path d="${d}" fill="none" stroke="${color}" stroke-width="${w}" stroke-linecap="round" stroke-linejoin="round"/>`;

/** Two dot eyes and a smile centred on (x, y); `s` scales it. */
export function face(x: number, y: number, s = 1): string {
  const e = 2.2 * s;
  return (
    `<circle cx="${x - 5 * s}" cy="${y - 1.5 * s}" r="${e}" fill="${INK}"/>` +
    `<circle cx="${x + 5 * s}" cy="${y - 1.5 * s}" r="${e}" fill="${INK}"/>` +
    stroke(`M${x - 4.5 * s} ${y + 3.5 * s} Q${x} ${y + 7.5 * s} ${x + 4.5 * s} ${y + 3.5 * s}`, 2.2 * s) +
    `<circle cx="${x - 8.5 * s}" cy="${y + 3 * s}" r="${2.2 * s}" fill="#ff9fa8" opacity="0.7"/>` +
    `<circle cx="${x + 8.5 * s}" cy="${y + 3 * s}" r="${2.2 * s}" fill="#ff9fa8" opacity="0.7"/>`
  );
}

/** A friendly standing person: head at (x, y), `s` scales, shirt and hair colours. */
export function person(x: number, y: number, s: number, shirt: string, hair: string): string {
  const r = 10 * s;
  return (
    shape(
      'path',
      shirt,
      `d="M${x - 13 * s} ${y + 44 * s} V${y + 24 * s} C${x - 13 * s} ${y + 13 * s} ${x + 13 * s} ${y + 13 * s} ${x + 13 * s} ${y + 24 * s} V${y + 44 * s} Z"`,
    ) +
    shape('circle', SKIN, `cx="${x}" cy="${y}" r="${r}"`) +
    `<path d="M${x - r} ${y - 1 * s} C${x - r} ${y - 14 * s} ${x + r} ${y - 14 * s} ${x + r} ${y - 1 * s} C${x + 4 * s} ${y - 6 * s} ${x - 4 * s} ${y - 7 * s} ${x - r} ${y - 1 * s} Z" fill="${hair}" ${ink(2.6)}/>` +
    face(x, y + 2 * s, 0.62 * s)
  );
}

/** Five-pointed star path centred on (cx, cy). */
export function starPath(cx: number, cy: number, outer: number, inner: number): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push(`${(cx + r * Math.cos(a)).toFixed(2)} ${(cy + r * Math.sin(a)).toFixed(2)}`);
  }
  return `M${pts.join(' L')} Z`;
}

/** A standalone 100 × 100 SVG document (width/height are rewritten when rasterised). */
export const svg100 = (body: string): string => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100">${body}</svg>`;
