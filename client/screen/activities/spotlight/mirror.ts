// The Spotlight in the hidden DOM mirror: who is on stage (or nobody), the card's text, the audience.
import type { SpotlightScreen } from '../../../../shared/activities/spotlight/views';
import { fill, type Dict } from '../../../../shared/i18n';
import type { Language } from '../../../../shared/session/roster';
import { h } from '../../../common/dom';

export function spotlightMirror(view: SpotlightScreen, t: Dict['screenPage'], lang: Language): HTMLElement[] {
  const m = t.mirror;
  const onStage = view.phase !== 'idle' ? view.presenter : null;
  const out: HTMLElement[] = [
    h(
      'p',
      { 'data-testid': 'screen-presenter', 'data-child-id': onStage?.childId ?? '', 'data-phase': view.phase },
      onStage ? fill(m.onStage, { name: onStage.nickname }) : `${m.nobodyOnStage} — ${t.spotlight.whoIsNext}`,
    ),
  ];
  if (onStage && view.card)
    out.push(h('p', { 'data-testid': 'screen-card', 'data-card-id': view.card.id, 'data-picture': view.card.picture }, view.card.text[lang]));
  out.push(h('p', { 'data-testid': 'screen-audience' }, `${m.audience}: ${view.audience.map((c) => c.nickname).join(', ')}`));
  return out;
}
