// A picture completed by the last piece closes the round in the same instant; this keeps the celebration on
// every builder's tablet too: the finished picture (my own pieces still marked) and "We built it together!".
import { h } from '../../../common/dom';
import { t } from '../../i18n';
import type { BuildTogetherTablet } from '../../../../shared/activities/build-together';
import { picture, prompt, say } from '../../widgets';
import type { Farewell } from '../activity-view';
import { board } from './board';
import { SPARKLE } from './icons';

const CELEBRATION_MS = 6000;

export function buildFinale(last: BuildTogetherTablet): Farewell {
  const tb = t().tabletPage.build;
  // The last view lacks only the final piece(s): every place is filled now.
  const done: BuildTogetherTablet = {
    ...last,
    slots: last.slots.map((s) => ({ ...s, filled: true })),
    hand: [],
    turn: null,
    myTurn: false,
    canPlace: false,
    completed: true,
  };
  const pic = board(
    done,
    () => null,
    () => undefined,
    { zoom: false },
  );
  pic.update(done, new Set());
  const el = h(
    'div',
    { className: 'build-finale', 'data-testid': 'build-finale' },
    h('div', { className: 'build-finale-head' }, picture(SPARKLE, 'picture build-done-picture'), prompt(tb.complete, 'prompt prompt-big')),
    h('div', { className: 'build-board-host' }, pic.el),
  );
  say(tb.complete);
  return { el, ms: CELEBRATION_MS };
}
