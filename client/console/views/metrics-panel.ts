// The live Participation panel: equality gauge, quiet children, star-pass sociogram, recent observation tags.
import '../styles/metrics.css';
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import type { LiveController } from '../live/live-controller';
import type { LiveState } from '../live/live-store';
import { openTag, type MetricsStore } from '../live/metrics-store';
import { equalityGauge } from './equality-gauge';
import { sigSlot } from './keyed-list';
import { seatMetrics } from './metrics-seat';
import { observationList, observationSig } from './observation-list';
import { quietList, quietSig } from './quiet-list';
import { sociogramView } from './sociogram';

export interface MetricsPanel {
  el: HTMLElement;
  /** Redraws what changed; `seatList` is the seats' list, whose rows carry a box for each child's numbers. */
  update: (s: LiveState, now: number, seatList: HTMLElement) => void;
  /** Forget what was drawn (language switch). */
  reset: () => void;
}

export function metricsPanel(live: LiveController, mstore: MetricsStore): MetricsPanel {
  const title = h('h2', {});
  const note = h('span', { className: 'metrics-only-here' });
  const gaugeEl = h('div', { className: 'metrics-tile tile-gauge' });
  const quietEl = h('div', { className: 'metrics-tile tile-quiet' });
  const socioEl = h('div', { className: 'metrics-tile tile-socio' });
  const obsEl = h('div', { className: 'metrics-obs' });
  const el = h(
    'section',
    { className: 'card metrics-panel', 'data-testid': 'metrics-panel' },
    h('div', { className: 'card-head' }, title, note),
    h('div', { className: 'metrics-tiles' }, gaugeEl, quietEl, socioEl),
    obsEl,
  );
  const gauge = sigSlot(gaugeEl);
  const quiet = sigSlot(quietEl);
  const socio = sigSlot(socioEl);
  const obs = sigSlot(obsEl);
  const seats = seatMetrics({ live, mstore });

  return {
    el,
    update(s, now, seatList) {
      const tt = t().consolePage.metrics;
      title.textContent = tt.title;
      note.textContent = tt.onlyHere;
      const view = s.view;
      if (!view) return;
      const ms = mstore.getState();
      const group = ms.metrics?.group ?? null;
      gauge.update(JSON.stringify([group?.giniNormalized ?? null, group?.reading ?? null, group?.turns ?? 0]), () => [equalityGauge(group)]);
      const people = view.seats.map((x) => [x.childId, x.nickname, x.avatar]);
      quiet.update(JSON.stringify([quietSig(group?.quiet ?? null, view), people]), () => [quietList(group?.quiet ?? null, view, live)]);
      const star = group?.starPasses ?? null;
      const present = group?.present ?? null;
      socio.update(JSON.stringify([star?.edges ?? null, star?.nodes.map((n) => n.childId) ?? null, people, present]), () => [
        sociogramView(star, view.seats, present),
      ]);
      obs.update(JSON.stringify([observationSig(view, now), people]), () => [observationList(view, now, s.offset, live)]);
      seats.fill(seatList, view, ms);
    },
    reset() {
      for (const slot of [gauge, quiet, socio, obs]) slot.reset();
      // An open popover would keep the old language's words; closing it is the calm choice.
      if (mstore.getState().tagFor !== null) openTag(mstore, null);
    },
  };
}
