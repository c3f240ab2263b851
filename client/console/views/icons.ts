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

export function pauseIcon(size = 20): SVGSVGElement {
  return svg(size, [{ d: 'M8 5v14M16 5v14', 'stroke-width': '3' }]);
}

export function starIcon(size = 20): SVGSVGElement {
  return svg(size, [{ d: 'M12 2.8l2.8 5.9 6.4.8-4.7 4.4 1.2 6.4L12 17.2l-5.7 3.1 1.2-6.4-4.7-4.4 6.4-.8z', fill: 'currentColor' }]);
}

export function clockIcon(size = 20): SVGSVGElement {
  return svg(size, [{ tag: 'circle', cx: '12', cy: '13', r: '8' }, { d: 'M12 9v4l2.5 2.5M9.5 2.5h5' }]);
}

export function arrowIcon(dir: 'up' | 'down', size = 16): SVGSVGElement {
  return svg(size, [{ d: dir === 'up' ? 'M12 19V5M6 11l6-6 6 6' : 'M12 5v14M6 13l6 6 6-6' }]);
}

export function crossIcon(size = 16): SVGSVGElement {
  return svg(size, [{ d: 'M6 6l12 12M18 6L6 18' }]);
}
