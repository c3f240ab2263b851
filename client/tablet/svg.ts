// Builds inline SVG icons from constant markup, and the shared drawing helpers the icon files use.
/** The warm outline colour of the avatar set, so icons and avatars look like one family. */
export const INK = '#3b2a24';
export const SKIN = '#ffd7b0';

/** An <svg> element from constant markup (never from data), hidden from screen readers. */
export function icon(markup: string, className = 'icon'): SVGSVGElement {
  const tpl = document.createElement('template');
  tpl.innerHTML = markup.trim();
  const svg = tpl.content.firstElementChild;
  if (!(svg instanceof SVGSVGElement)) throw new Error('icon markup must be one <svg>');
  svg.setAttribute('class', className);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  return svg;
}

/** Wraps shapes in a 100×100 svg document. */
export function svg100(body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">${body}</svg>`;
}

/**
 * Draws overlapping shapes as one outlined blob: a thick ink copy underneath, the filled copy on
 * top, so only the outer outline shows (fingers and palms merge into one hand).
 */
export function blob(shapes: string, fill: string, outline = 7): string {
  return `<g fill="${INK}" stroke="${INK}" stroke-width="${outline}" stroke-linejoin="round">${shapes}</g>` + `<g fill="${fill}">${shapes}</g>`;
}

/** Points of a five-pointed star, for polygons. */
export function starPoints(cx: number, cy: number, outer: number, inner: number): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push(`${(cx + r * Math.cos(a)).toFixed(1)},${(cy + r * Math.sin(a)).toFixed(1)}`);
  }
  return pts.join(' ');
}

/** Stroke attributes for an unfilled ink line of width `w` (rounded ends and corners). */
export function inkLine(w: number, colour = INK): string {
  return `fill="none" stroke="${colour}" stroke-width="${w}" stroke-linecap="round" stroke-linejoin="round"`;
}

/** Two dot eyes and a smile, for the friendly faces in the pictures. */
export function face(cx: number, cy: number, r: number): string {
  const e = r * 0.4;
  return (
    `<circle cx="${cx - e}" cy="${cy - r * 0.1}" r="${Math.max(1.8, r * 0.13)}" fill="${INK}"/>` +
    `<circle cx="${cx + e}" cy="${cy - r * 0.1}" r="${Math.max(1.8, r * 0.13)}" fill="${INK}"/>` +
    `<path d="M${cx - e * 0.8} ${cy + r * 0.3}q${e * 0.8} ${r * 0.35} ${e * 1.6} 0" ${inkLine(Math.max(2.5, r * 0.14))}/>`
  );
}
