// The Strength Garden in the hidden DOM mirror: the phase and its words, the legend, the one shared garden
// (its flowers with no owner) and the gardeners (names only, nothing to count per child).
import type { StrengthGardenScreen } from '../../../../shared/activities/strength-garden';
import { fill, type Dict } from '../../../../shared/i18n';
import type { Language } from '../../../../shared/session/roster';
import { h } from '../../../common/dom';
import { sharedFlowers } from './shared-garden';

export function gardenMirror(view: StrengthGardenScreen, t: Dict['screenPage'], lang: Language): HTMLElement[] {
  const words = view.phase === 'garden' ? `${t.garden.bloom} ${t.garden.bloomSub}` : view.prompt[lang];
  const flowers = sharedFlowers(view.beds);
  const named = flowers.map((f) =>
    fill(t.garden.flower, { card: f.card.text[lang], from: (f.from === 'self' ? view.labels.fromSelf : view.labels.fromPeer)[lang] }),
  );
  return [
    h('p', { 'data-testid': 'screen-garden-phase', 'data-phase': view.phase }, words),
    h('p', { 'data-testid': 'screen-garden-legend' }, `${view.labels.fromSelf[lang]} · ${view.labels.fromPeer[lang]}`),
    h(
      'p',
      {
        'data-testid': 'screen-garden-shared',
        'data-flowers': String(flowers.length),
        'data-self': String(flowers.filter((f) => f.from === 'self').length),
        'data-peer': String(flowers.filter((f) => f.from === 'peer').length),
        'data-cards': flowers.map((f) => f.card.id).join(' '),
      },
      fill(t.garden.bed, { name: view.labels.title[lang], flowers: named.length ? named.join(t.garden.listJoin) : t.garden.seeds }),
    ),
    h(
      'ul',
      { 'data-testid': 'screen-garden-gardeners', 'aria-label': t.garden.gardeners },
      ...view.beds.map((bed) => h('li', { 'data-testid': 'screen-gardener', 'data-child-id': bed.childId }, bed.nickname)),
    ),
  ];
}
