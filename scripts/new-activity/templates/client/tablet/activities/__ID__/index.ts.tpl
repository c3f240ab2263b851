// __NAME_EN__ on the tablet: the question read aloud, five big weather pictures (tap to pick, tap another to change), "not now".
import { h } from '../../../common/dom';
import { t } from '../../i18n';
import { WEATHERS, type __Camel__Tablet, type Weather } from '../../../../shared/activities/__ID__';
import { WEATHER_PICTURES } from '../../../common/activities/__ID__/pictures';
import { sendIntent } from '../../live-session';
import { icon } from '../../svg';
import { prompt, say, speakerButton } from '../../widgets';
import type { ActivityBuilder } from '../activity-view';
import '../activities.css';
import './__ID__.css';

export const __camel__View: ActivityBuilder = () => {
  const el = h('div', { className: '__ID__' });
  let key = '';
  let latest: __Camel__Tablet | null = null;

  const draw = (view: __Camel__Tablet) => {
    const tt = t().tabletPage.__camel__;
    const names = WEATHERS.map((w) => tt.weathers[w]);
    // A tap picks silently: a child's weather is their own, so it is never read aloud for the room to hear.
    const choice = (w: Weather) =>
      h(
        'button',
        {
          type: 'button',
          className: 'weather-choice',
          'data-testid': '__ID__-choice',
          'data-weather': w,
          'data-selected': String(view.mine === w),
          'aria-pressed': String(view.mine === w),
          'aria-label': tt.weathers[w],
          onClick: () => void sendIntent({ type: '__ID__.pick', weather: w }),
        },
        icon(WEATHER_PICTURES[w], 'weather-picture'),
        h('span', { className: 'weather-name' }, tt.weathers[w]),
      );
    const status = view.mine ? `${tt.thanks} ${tt.changeAnyTime}` : view.passed ? tt.passed : '';
    el.replaceChildren(
      prompt(tt.question, 'prompt prompt-big', '__ID__-question'),
      h('div', { className: 'weather-listen' }, speakerButton([tt.question, ...names].join(' … ')), h('span', {}, tt.listen)),
      h('div', { className: 'weather-choices' }, ...WEATHERS.map(choice)),
      h(
        'button',
        {
          type: 'button',
          className: `weather-not-now${view.passed ? ' is-on' : ''}`,
          'data-testid': '__ID__-not-now',
          'aria-pressed': String(view.passed),
          onClick: () => void sendIntent({ type: '__ID__.pass' }),
        },
        tt.notNow,
      ),
      h('p', { className: 'weather-status', 'data-testid': '__ID__-status' }, status),
    );
  };

  return {
    el,
    update: (view) => {
      if (view.activity !== '__ID__') return;
      const next = JSON.stringify(view);
      if (next === key) return;
      const first = latest === null;
      key = next;
      latest = view;
      draw(view);
      if (first) say(t().tabletPage.__camel__.question);
    },
  };
};
