// A small live sociogram of star passes: the children's avatars on a circle, arrows weighted by passes.
import type { Sociogram } from '../../../shared/metrics';
import type { ConsoleSeat } from '../../../shared/session/views';
import { avatarDataUrl } from '../../../shared/avatars';
import { fill } from '../../../shared/i18n';
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import { r2, svgEl } from './svg-el';

const SIZE = 240;
/** How far an arrow bends off the straight line, so a → b and b → a are two visible arrows. */
const BEND = 10;

export function sociogramView(s: Sociogram | null, seats: readonly ConsoleSeat[], present: readonly string[] | null): HTMLElement {
  const tt = t().consolePage.metrics.sociogram;
  const seatOf = new Map(seats.map((x) => [x.childId, x]));
  // The message lists every enrolled child; a child met only in an edge but not on the roster any more is left out.
  const nodes = (s?.nodes ?? seats.map((x) => ({ childId: x.childId }))).filter((n) => seatOf.has(n.childId));
  const centre = SIZE / 2;
  // Smaller faces for a big group, so arrows between neighbours stay long enough to read.
  const AVATAR = nodes.length <= 6 ? 32 : nodes.length <= 9 ? 28 : 24;
  const ring = centre - AVATAR / 2 - 4;
  const pos = new Map<string, [number, number]>();
  nodes.forEach((n, i) => {
    // The first child at the top, then clockwise, like children sitting in a circle.
    const a = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, nodes.length);
    pos.set(n.childId, [centre + ring * Math.cos(a), centre + ring * Math.sin(a)]);
  });
  const both = new Set((s?.reciprocated ?? []).flatMap((p) => [`${p.a}>${p.b}`, `${p.b}>${p.a}`]));
  const edges = (s?.edges ?? []).filter((e) => pos.has(e.from) && pos.has(e.to));
  const name = (id: string) => seatOf.get(id)?.nickname ?? id;

  const svg = svgEl(
    'svg',
    { viewBox: `0 0 ${SIZE} ${SIZE}`, width: SIZE, height: SIZE, class: 'socio-svg', role: 'img', 'aria-label': tt.title },
    svgEl('defs', {}, marker('socio-arrow', 'arrow-one'), marker('socio-arrow-both', 'arrow-both')),
    svgEl('circle', { cx: centre, cy: centre, r: ring, class: 'socio-ring' }),
    ...edges.map((e) => {
      const mutual = both.has(`${e.from}>${e.to}`);
      const path = arrowPath(pos.get(e.from)!, pos.get(e.to)!, AVATAR);
      const width = Math.min(7, 1.6 + (e.weight - 1) * 1.3);
      return svgEl(
        'path',
        {
          d: path,
          class: mutual ? 'socio-edge both' : 'socio-edge',
          'stroke-width': r2(width),
          'marker-end': `url(#${mutual ? 'socio-arrow-both' : 'socio-arrow'})`,
          'data-from': e.from,
          'data-to': e.to,
          'data-weight': e.weight,
        },
        svgEl('title', {}, fill(tt.edge, { from: name(e.from), to: name(e.to), n: e.weight })),
      );
    }),
    ...nodes.map((n) => {
      const [x, y] = pos.get(n.childId)!;
      const seat = seatOf.get(n.childId)!;
      return svgEl(
        'g',
        { class: present && !present.includes(n.childId) ? 'socio-node absent' : 'socio-node', 'data-child-id': n.childId },
        svgEl('circle', { cx: r2(x), cy: r2(y), r: AVATAR / 2 + 2, class: 'socio-node-bg' }),
        svgEl('image', { href: avatarDataUrl(seat.avatar), x: r2(x - AVATAR / 2), y: r2(y - AVATAR / 2), width: AVATAR, height: AVATAR }),
        svgEl('title', {}, seat.nickname),
      );
    }),
  );

  return h(
    'div',
    { className: 'socio', 'data-testid': 'metrics-sociogram', 'data-edges': edges.length, 'data-reciprocated': s?.reciprocated.length ?? 0 },
    h('h3', { className: 'tile-title' }, tt.title),
    svg,
    edges.length === 0
      ? h('p', { className: 'socio-note muted' }, tt.empty)
      : both.size > 0
        ? h('p', { className: 'socio-note' }, h('span', { className: 'socio-key', 'aria-hidden': 'true' }), tt.both)
        : null,
  );
}

function marker(id: string, className: string): SVGMarkerElement {
  // Sized in user units so a thick (frequent) arrow does not get a giant head.
  return svgEl(
    'marker',
    { id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' },
    svgEl('path', { d: 'M0 0L10 5L0 10z', class: className }),
  );
}

/** A gently bent arrow between two avatars that starts and stops at their edges. */
function arrowPath([x0, y0]: [number, number], [x1, y1]: [number, number], avatar: number): string {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  // The bend goes to the arrow's left, so the way back bends the other way.
  const mx = (x0 + x1) / 2 + uy * BEND;
  const my = (y0 + y1) / 2 - ux * BEND;
  const gap = avatar / 2 + 3;
  const sx = x0 + ux * gap + uy * 3;
  const sy = y0 + uy * gap - ux * 3;
  const ex = x1 - ux * gap + uy * 3;
  const ey = y1 - uy * gap - ux * 3;
  return `M${r2(sx)} ${r2(sy)}Q${r2(mx)} ${r2(my)} ${r2(ex)} ${r2(ey)}`;
}
