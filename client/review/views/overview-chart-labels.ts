// The words the overview's and the report's charts draw, in the page's language (axis names, tooltips, sociogram tips).
import { fill } from '../../../shared/i18n';
import type { EqualityPoint } from '../../../shared/review/overview-equality';
import { t } from '../../common/i18n';
import { childName, type GroupData } from '../data';
import type { SociogramLabels } from '../charts/sociogram-chart';
import { formatNumber } from './overview-format';

/** Session axis words and the equality tooltip, shared by the trend and equality charts. */
export function chartLabels(sessions: readonly number[]) {
  const tt = t().reviewOverview;
  const reading = t().consolePage.metrics.gauge.reading;
  return {
    axisSession: tt.trend.axisSession,
    sessionNames: sessions.map((n) => String(n)),
    sessionTitles: sessions.map((n) => fill(tt.trend.session, { n })),
    absent: tt.trend.absent,
    series: tt.equality.series,
    bands: tt.equality.bands,
    // The longest band name at 11 px, plus a margin (Chinese characters are about twice as wide as Latin ones).
    bandRoom: 16 + Math.max(...Object.values(tt.equality.bands).map((b) => [...b].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 11 : 6), 0))),
    tooltip: (p: EqualityPoint) =>
      p.giniNormalized === null
        ? `${tt.equality.noTurns} · ${reading[p.reading.code]}`
        : fill(tt.equality.tooltip, { g: formatNumber(p.giniNormalized), turns: p.turns, reading: reading[p.reading.code] }),
  };
}

export function sociogramLabels(data: GroupData): SociogramLabels {
  const tt = t().reviewOverview.sociogram;
  return {
    nameOf: (id) => childName(data, id),
    avatarOf: (id) => data.review.children.find((c) => c.id === id)?.avatar,
    edge: (from, to, n) => fill(tt.edge, { from, to, n }),
    node: (name, given, received) => fill(tt.node, { name, given, received }),
  };
}
