// The Strength Garden in the hidden DOM mirror: the phase and its words, the legend, and each child's bed.
import type { GardenBed, StrengthGardenScreen } from '../../../../shared/activities/strength-garden';
import { fill, type Dict } from '../../../../shared/i18n';
import type { Language } from '../../../../shared/session/roster';
import { h } from '../../../common/dom';

function bedWords(bed: GardenBed, view: StrengthGardenScreen, t: Dict['screenPage'], lang: Language): string {
  const flowers = bed.flowers.map((f) => fill(t.garden.flower, { card: f.card.text[lang], from: (f.from === 'self' ? view.labels.fromSelf : view.labels.fromPeer)[lang] }));
  return fill(t.garden.bed, { name: bed.nickname, flowers: flowers.length ? flowers.join(t.garden.listJoin) : t.garden.seeds });
}

export function gardenMirror(view: StrengthGardenScreen, t: Dict['screenPage'], lang: Language): HTMLElement[] {
  const words = view.phase === 'garden' ? `${t.garden.bloom} ${t.garden.bloomSub}` : view.prompt[lang];
  return [
    h('p', { 'data-testid': 'screen-garden-phase', 'data-phase': view.phase }, words),
    h('p', { 'data-testid': 'screen-garden-legend' }, `${view.labels.fromSelf[lang]} · ${view.labels.fromPeer[lang]}`),
    h(
      'ul',
      { 'data-testid': 'screen-garden-beds', 'aria-label': view.labels.title[lang] },
      ...view.beds.map((bed) =>
        h(
          'li',
          {
            'data-testid': 'screen-garden-bed',
            'data-child-id': bed.childId,
            'data-flowers': String(bed.flowers.length),
            'data-self': String(bed.flowers.filter((f) => f.from === 'self').length),
            'data-peer': String(bed.flowers.filter((f) => f.from === 'peer').length),
            'data-cards': bed.flowers.map((f) => f.card.id).join(' '),
          },
          bedWords(bed, view, t, lang),
        ),
      ),
    ),
  ];
}
