// __NAME_EN__ in the hidden DOM mirror: the title and the kinds of weather in the sky — no names, no counts.
import type { __Camel__Screen } from '../../../../shared/activities/__ID__';
import { dictionary, fill, type Dict } from '../../../../shared/i18n';
import type { Language } from '../../../../shared/session/roster';
import { h } from '../../../common/dom';

export function __camel__Mirror(view: __Camel__Screen, t: Dict['screenPage'], lang: Language): HTMLElement[] {
  const tt = t.__camel__;
  const names = dictionary(lang).tabletPage.__camel__.weathers;
  return [
    h(
      'section',
      { 'data-testid': 'screen-__ID__', 'data-sky': view.sky.join(' ') },
      h('h4', {}, tt.title),
      h('p', {}, view.sky.length === 0 ? tt.waiting : fill(tt.sky, { weathers: view.sky.map((w) => names[w]).join(tt.listJoin) })),
    ),
  ];
}
