// A tiny SVG element builder for the console's drawn charts (the DOM builder `h` makes HTML elements only).
const NS = 'http://www.w3.org/2000/svg';

type Attrs = Record<string, string | number | null | undefined>;

export function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (SVGElement | string | null)[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) el.setAttribute(k, String(v));
  for (const c of children) if (c !== null) el.append(c);
  return el;
}

/** Rounds to two decimals: shorter path strings, no visible difference. */
export function r2(n: number): number {
  return Math.round(n * 100) / 100;
}
