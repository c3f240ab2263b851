// Spotlight on the tablet: the presenter's card and buttons, or the audience's stage and reactions.
import { h } from '../../../common/dom';
import { t } from '../../i18n';
import { say } from '../../widgets';
import type { ActivityBuilder } from '../activity-view';
import { audienceView, type AudienceTablet } from './audience-view';
import { badgeCounter, celebrateBadge } from './badge-celebration';
import { cardText } from './card';
import { presenterView, type LeftStage } from './presenter-view';
import '../activities.css';
import './spotlight.css';

const NOTE_MS = 7000;

export const spotlightView: ActivityBuilder = (me) => {
  const el = h('div', { className: 'spotlight' });
  const audience = audienceView();
  let key = '';
  let counter: ((badges: number) => boolean) | null = null;
  let note: LeftStage | null = null;
  let lastAudience: AudienceTablet | null = null;
  let noteTimer: ReturnType<typeof setTimeout> | undefined;

  /** A kind word after leaving the stage, shown on the stage for a few seconds (see audience-view). */
  const kindWord = (how: LeftStage) => {
    const sp = t().tabletPage.spotlight;
    say(how === 'pass' ? sp.passOk : sp.thanks);
    note = how;
    // The audience view may already be showing (the new view can come before the answer).
    if (key === 'audience' && lastAudience) audience.update(lastAudience, note);
    clearTimeout(noteTimer);
    noteTimer = setTimeout(() => {
      note = null;
      if (lastAudience) audience.update(lastAudience, note);
    }, NOTE_MS);
  };

  return {
    el,
    update: (view, s) => {
      if (view.activity !== 'spotlight') return;
      if (view.role === 'audience') {
        if (s.view) counter ??= badgeCounter(s.view.sessionId, me.childId);
        if (key !== 'audience') {
          key = 'audience';
          el.querySelector('.spot-presenter')?.remove();
          el.prepend(audience.el);
        }
        lastAudience = view;
        audience.update(view, note);
        if (counter?.(view.badges)) celebrateBadge(el);
        return;
      }
      const next = JSON.stringify([view.phase, view.card.id, view.canSwapCard]);
      if (next === key) return;
      const sp = t().tabletPage.spotlight;
      // Read the news aloud: a new turn with its card, or just the new card.
      if (view.phase === 'offered') say(key.startsWith('["offered"') ? cardText(view.card) : `${sp.yourTurn} ${cardText(view.card)}`);
      key = next;
      note = null;
      audience.el.remove();
      el.querySelector('.spot-presenter')?.remove();
      el.prepend(presenterView(view, me, kindWord));
    },
    destroy: () => clearTimeout(noteTimer),
  };
};
