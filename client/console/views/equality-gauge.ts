// The equality gauge: the group's G* (from the metrics message, as sent) on a half dial with a plain-words reading.
import { EVEN_BELOW, FAIRLY_EVEN_BELOW, type GroupParticipation } from '../../../shared/metrics';
import { fill } from '../../../shared/i18n';
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import { r2, svgEl } from './svg-el';

const W = 168;
const CX = W / 2;
const CY = 78;
const R = 62;

/** A point of the dial: v = 0 at the left end (everyone equal), 1 at the right (one child had every turn). */
function at(v: number, r = R): [number, number] {
  const a = Math.PI * Math.min(1, Math.max(0, v));
  return [r2(CX - r * Math.cos(a)), r2(CY - r * Math.sin(a))];
}

function arc(v0: number, v1: number, className: string): SVGPathElement {
  const [x0, y0] = at(v0);
  const [x1, y1] = at(v1);
  return svgEl('path', { d: `M${x0} ${y0}A${R} ${R} 0 0 1 ${x1} ${y1}`, class: className });
}

/** The reading in plain words: "Two children have most of the turns" rather than a number. */
export function readingText(group: GroupParticipation): string {
  const tt = t().consolePage.metrics.gauge;
  const { code, holders } = group.reading;
  if (code !== 'few-dominate' || holders < 1) return tt.reading[code];
  if (holders === 1) return tt.holders.one;
  if (holders === 2) return tt.holders.two;
  if (holders === 3) return tt.holders.three;
  return fill(tt.holders.many, { n: holders });
}

export function equalityGauge(group: GroupParticipation | null): HTMLElement {
  const tt = t().consolePage.metrics.gauge;
  const g = group?.giniNormalized ?? null;
  const code = group?.reading.code ?? 'no-turns';
  // Early on the dial would only show the arithmetic of a first round, so the needle waits for enough turns.
  const showNeedle = g !== null && code !== 'no-turns' && code !== 'too-few-turns';
  const dial = svgEl(
    'svg',
    { viewBox: `0 0 ${W} 92`, width: W, height: 92, class: 'gauge-dial', 'aria-hidden': 'true' },
    arc(0, EVEN_BELOW, 'zone zone-even'),
    arc(EVEN_BELOW, FAIRLY_EVEN_BELOW, 'zone zone-fair'),
    arc(FAIRLY_EVEN_BELOW, 1, 'zone zone-few'),
    showNeedle ? needle(g) : null,
    svgEl('circle', { cx: CX, cy: CY, r: 5, class: 'hub' }),
    svgEl('text', { x: 2, y: CY + 14, class: 'end', 'text-anchor': 'start' }, tt.even),
    svgEl('text', { x: W - 2, y: CY + 14, class: 'end', 'text-anchor': 'end' }, tt.uneven),
  );
  const turns = group?.turns ?? 0;
  const turnsText = turns === 1 ? tt.turns.one : fill(tt.turns.many, { n: turns });
  return h(
    'div',
    {
      className: `gauge reading-${code}${showNeedle ? '' : ' no-needle'}`,
      'data-testid': 'metrics-gauge',
      'data-gstar': g === null ? '' : String(g),
      'data-reading': code,
      title: tt.hint,
    },
    h('h3', { className: 'tile-title' }, tt.title),
    dial,
    h('p', { className: 'gauge-reading', 'data-testid': 'metrics-reading' }, group ? readingText(group) : tt.reading['no-turns']),
    // G* is shown only with the needle: early on it is only the arithmetic of a first round.
    h('p', { className: 'gauge-detail' }, showNeedle ? fill(tt.detail, { turns: turnsText, g: g.toFixed(2) }) : turnsText),
  );
}

function needle(g: number): SVGGElement {
  const [x, y] = at(g, R - 14);
  return svgEl('g', { class: 'needle' }, svgEl('line', { x1: CX, y1: CY, x2: x, y2: y }), svgEl('circle', { cx: x, cy: y, r: 3.5 }));
}
