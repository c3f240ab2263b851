// Drawing helpers for the Strength Garden pictures: the avatars' warm ink outline, faces, hands, hearts, sparkles.
/** The outline colour of the avatar set, so the cards look like one family with the animals. */
export const INK = '#3b2a24';
export const SKIN = '#ffd7b0';
export const SKIN_2 = '#e8b083';
export const WHITE = '#fffdf8';

/** Ink stroke attributes: thick and round, readable at 64 px. */
export const ink = (w = 3.5): string => `stroke="${INK}" stroke-width="${w}" stroke-linejoin="round" stroke-linecap="round"`;

/** A filled shape with the ink outline. */
export const shape = (tag: string, fill: string, attrs: string, w = 3.5): string => `<${tag} fill="${fill}" ${ink(w)} ${attrs}/>`;

/** A filled path with the ink outline. */
export const fillPath = (d: string, fill: string, w = 3.5): string => shape('path', fill, `d="${d}"`, w);

/** A stroke-only path. */
export const line = (d: string, w = 3.5, colour = INK): string =>
  `<path d="${d}" fill="none" stroke="${colour}" stroke-width="${w}" stroke-linecap="round" stroke-linejoin="round"/>`;

/**
 * A thick coloured line with an ink outline (arms, stems, ropes): an ink copy underneath, the colour on top.
 */
export const tube = (d: string, w: number, colour: string, outline = 3.5): string => line(d, w + outline * 2, INK) + line(d, w, colour);

/**
 * Overlapping shapes as one outlined blob: a thick ink copy under the filled copy, so only the outer
 * edge is outlined (a lion's mane, a fluffy pom-pom, fingers and palm as one hand).
 */
export function blob(shapes: string, fill: string, outline = 3.5): string {
  return `<g fill="${INK}" stroke="${INK}" stroke-width="${outline * 2}" stroke-linejoin="round">${shapes}</g><g fill="${fill}">${shapes}</g>`;
}

/** Two dot eyes, a smile and rosy cheeks centred on (x, y); `s` scales it (1 ≈ a 26-unit face). */
export function face(x: number, y: number, s = 1): string {
  return (
    `<circle cx="${x - 5 * s}" cy="${y - 1.5 * s}" r="${2.2 * s}" fill="${INK}"/>` +
    `<circle cx="${x + 5 * s}" cy="${y - 1.5 * s}" r="${2.2 * s}" fill="${INK}"/>` +
    line(`M${x - 4.5 * s} ${y + 3.5 * s} Q${x} ${y + 7.5 * s} ${x + 4.5 * s} ${y + 3.5 * s}`, 2.2 * s) +
    `<circle cx="${x - 8.5 * s}" cy="${y + 3 * s}" r="${2.2 * s}" fill="#ff9fa8" opacity="0.75"/>` +
    `<circle cx="${x + 8.5 * s}" cy="${y + 3 * s}" r="${2.2 * s}" fill="#ff9fa8" opacity="0.75"/>`
  );
}

/** A four-pointed twinkle. */
export function sparkle(x: number, y: number, r: number, colour = '#ffc531'): string {
  const k = r * 0.2;
  return `<path d="M${x} ${y - r} Q${x + k} ${y - k} ${x + r} ${y} Q${x + k} ${y + k} ${x} ${y + r} Q${x - k} ${y + k} ${x - r} ${y} Q${x - k} ${y - k} ${x} ${y - r} Z" fill="${colour}" ${ink(1.6)}/>`;
}

/** A heart centred on (cx, cy), about 2·s wide. */
export function heartPath(cx: number, cy: number, s: number): string {
  const p = (dx: number, dy: number) => `${(cx + dx * s).toFixed(1)} ${(cy + dy * s).toFixed(1)}`;
  return `M${p(0, 0.92)} C${p(-1.35, 0.05)} ${p(-0.95, -1.05)} ${p(0, -0.4)} C${p(0.95, -1.05)} ${p(1.35, 0.05)} ${p(0, 0.92)} Z`;
}

export const heart = (cx: number, cy: number, s: number, fill = '#ff7b8a', w = 3.5): string =>
  fillPath(heartPath(cx, cy, s), fill, w) +
  line(`M${cx - s * 0.62} ${cy - s * 0.28} Q${cx - s * 0.55} ${cy - s * 0.62} ${cx - s * 0.25} ${cy - s * 0.62}`, Math.max(1.6, s * 0.14), '#ffe1e6');

/** Points of a five-pointed star, as a path. */
export function starPath(cx: number, cy: number, outer: number, inner: number): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push(`${(cx + r * Math.cos(a)).toFixed(1)} ${(cy + r * Math.sin(a)).toFixed(1)}`);
  }
  return `M${pts.join(' L')} Z`;
}

export const star = (cx: number, cy: number, r: number, fill = '#ffd04d', w = 2.5): string => fillPath(starPath(cx, cy, r, r * 0.46), fill, w);

/** An open palm, fingers up, centred on (0, 0), about 56 units tall: one outlined blob. */
export function palm(fill = SKIN): string {
  return blob(
    '<rect x="-15" y="-27" width="8.5" height="30" rx="4.25"/>' +
      '<rect x="-6" y="-32" width="8.5" height="35" rx="4.25"/>' +
      '<rect x="3" y="-30" width="8.5" height="33" rx="4.25"/>' +
      '<rect x="12" y="-23" width="8" height="26" rx="4"/>' +
      '<rect x="-27" y="-7" width="8.5" height="22" rx="4.25" transform="rotate(-38 -22 4)"/>' +
      '<path d="M-15 -4 H20 V9 C20 22 11 26 2 26 C-9 26 -15 20 -15 9 Z"/>',
    fill,
    3,
  );
}

/** A friendly standing child: head at (x, y), `s` scales, shirt and hair colours, skin tone. */
export function child(x: number, y: number, s: number, shirt: string, hair: string, skin = SKIN): string {
  const r = 10 * s;
  return (
    fillPath(
      `M${x - 13 * s} ${y + 44 * s} V${y + 24 * s} C${x - 13 * s} ${y + 13 * s} ${x + 13 * s} ${y + 13 * s} ${x + 13 * s} ${y + 24 * s} V${y + 44 * s} Z`,
      shirt,
      3,
    ) +
    shape('circle', skin, `cx="${x}" cy="${y}" r="${r}"`, 3) +
    fillPath(
      `M${x - r} ${y - 1 * s} C${x - r} ${y - 14 * s} ${x + r} ${y - 14 * s} ${x + r} ${y - 1 * s} C${x + 4 * s} ${y - 6 * s} ${x - 4 * s} ${y - 7 * s} ${x - r} ${y - 1 * s} Z`,
      hair,
      2.6,
    ) +
    face(x, y + 2 * s, 0.62 * s)
  );
}

/** A standalone 100 × 100 SVG document; width/height are there for the screen's rasteriser to rewrite. */
export const svgDoc = (body: string): string => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100">${body}</svg>`;
