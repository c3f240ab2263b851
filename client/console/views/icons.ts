// Small inline SVG icons (no icon fonts or emoji, which may be missing on an offline laptop).
const NS = 'http://www.w3.org/2000/svg';

function svg(size: number, paths: Record<string, string>[]): SVGSVGElement {
  const el = document.createElementNS(NS, 'svg');
  el.setAttribute('viewBox', '0 0 24 24');
  el.setAttribute('width', String(size));
  el.setAttribute('height', String(size));
  el.setAttribute('aria-hidden', 'true');
  el.setAttribute('fill', 'none');
  el.setAttribute('stroke', 'currentColor');
  el.setAttribute('stroke-width', '2');
  el.setAttribute('stroke-linecap', 'round');
  el.setAttribute('stroke-linejoin', 'round');
  for (const attrs of paths) {
    const tag = attrs.tag ?? 'path';
    const p = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) if (k !== 'tag') p.setAttribute(k, v);
    el.append(p);
  }
  return el;
}

export function eyeIcon(size = 28): SVGSVGElement {
  return svg(size, [{ d: 'M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z' }, { tag: 'circle', cx: '12', cy: '12', r: '3' }]);
}

export function screenIcon(size = 20): SVGSVGElement {
  return svg(size, [{ tag: 'rect', x: '2', y: '3', width: '20', height: '14', rx: '2' }, { d: 'M8 21h8M12 17v4' }]);
}

export function playIcon(size = 22): SVGSVGElement {
  return svg(size, [{ d: 'M7 4l13 8-13 8z', fill: 'currentColor' }]);
}
