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
  return (
    `<g fill="${INK}" stroke="${INK}" stroke-width="${outline}" stroke-linejoin="round">${shapes}</g>` +
    `<g fill="${fill}">${shapes}</g>`
  );
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
