// The pass sociogram as an ECharts graph: children (avatar and name) on a circle, arrows weighted by how often.
import { avatarDataUrl, AVATAR_IDS, type AvatarId } from '../../../shared/avatars';
import type { GraphLayout } from '../../../shared/review/overview-graph';
import { escapeHtml, type ChartOption } from './echarts';

export interface SociogramLabels {
  nameOf: (childId: string) => string;
  avatarOf: (childId: string) => string | undefined;
  edge: (from: string, to: string, n: number) => string;
  node: (name: string, given: number, received: number) => string;
}

/** The circle's radius in the graph's own units; ECharts fits the drawing into the box. */
const R = 100;

export function sociogramOption(g: GraphLayout, labels: SociogramLabels, compact = false): ChartOption {
  const big = g.nodes.length > 8;
  const size = compact ? (big ? 30 : 36) : big ? 36 : 44;
  return {
    tooltip: {
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params;
        const d = p?.data as { tip?: string } | undefined;
        return d?.tip ? escapeHtml(d.tip) : '';
      },
    },
    series: [
      {
        type: 'graph',
        layout: 'none',
        roam: false,
        // The box holds the faces' centres: leave half a face and a line of name above and below, and a name's width beside.
        top: size / 2 + 24,
        bottom: size / 2 + 24,
        left: size * 1.8,
        right: size * 1.8,
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: [0, 9],
        data: g.nodes.map((n) => {
          const avatar = labels.avatarOf(n.childId);
          const name = labels.nameOf(n.childId);
          return {
            id: n.childId,
            name,
            x: n.x * R,
            y: n.y * R,
            symbol: isAvatar(avatar) ? `image://${avatarDataUrl(avatar)}` : 'circle',
            symbolSize: size,
            itemStyle: { color: '#e8f0fa', borderColor: '#2f5f98' },
            // Names outside the circle: below for the lower half, above for the upper half.
            label: { show: true, position: n.y > 0.1 ? 'bottom' : 'top', distance: 4, fontSize: compact ? 11 : 13, color: '#1d2430', fontWeight: 600 },
            tip: labels.node(name, n.given, n.received),
          };
        }),
        links: g.edges.map((e) => ({
          source: e.from,
          target: e.to,
          value: e.weight,
          tip: labels.edge(labels.nameOf(e.from), labels.nameOf(e.to), e.weight),
          lineStyle: {
            width: 1.5 + (g.maxWeight > 1 ? ((e.weight - 1) / (g.maxWeight - 1)) * 5 : 0),
            color: e.mutual ? '#d9822b' : '#2f5f98',
            // Bent, so a → b and b → a are two arrows, not one line.
            curveness: 0.18,
            opacity: 0.85,
          },
          label: { show: e.weight > 1, formatter: String(e.weight), fontSize: 11, color: '#1d2430', backgroundColor: '#fff', padding: [1, 3] },
        })),
        emphasis: { focus: 'adjacency', lineStyle: { opacity: 1 } },
      },
    ],
  };
}

function isAvatar(id: string | undefined): id is AvatarId {
  return id !== undefined && (AVATAR_IDS as readonly string[]).includes(id);
}
