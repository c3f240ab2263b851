// __NAME_EN__'s live controls on the console (no settings form yet): a chunk of their own, loaded when first shown.
import type { __Camel__Console } from '../../../../shared/activities/__ID__';
import { avatarImg } from '../../../common/avatar';
import { h } from '../../../common/dom';
import { t } from '../../../common/i18n';
import type { ConsoleUi, ControlsContext } from '../types';

function controls(v: __Camel__Console, ctx: ControlsContext): HTMLElement {
  const tt = t().consolePage.__camel__;
  const seat = (id: string) => ctx.seats.find((s) => s.childId === id);
  const list = (testid: string, title: string, ids: readonly string[]) =>
    h(
      'section',
      { className: '__ID__-list', 'data-testid': testid },
      h('h4', { className: 'queue-head' }, title),
      ids.length === 0
        ? h('p', { className: 'muted' }, tt.nobody)
        : h(
            'ul',
            { className: 'chip-list' },
            ...ids.flatMap((id) => {
              const s = seat(id);
              return s ? [h('li', { className: 'chip', 'data-child-id': id }, avatarImg(s.avatar, 28, ''), s.nickname)] : [];
            }),
          ),
    );
  return h(
    'div',
    { className: '__ID__-controls' },
    list('__ID__-answered', tt.answered, v.answered),
    list('__ID__-not-now', tt.notNow, v.notNow),
    list('__ID__-waiting', tt.waiting, v.waiting),
    h('p', { className: 'muted' }, tt.private),
  );
}

export const __camel__Ui: ConsoleUi<__Camel__Console> = { settingsFields: () => [], controls };
