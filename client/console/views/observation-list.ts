// The session's recent observation tags, newest first, each with "undo" while the server still allows it.
import type { ConsoleObservation, ConsoleView } from '../../../shared/session/views';
import { fill } from '../../../shared/i18n';
import { avatarImg } from '../../common/avatar';
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import { clockTime } from '../format';
import type { LiveController } from '../live/live-controller';

/** Shown at once; the rest fold away so a long session does not push the seats down. */
const SHOWN = 4;

const canUndo = (o: ConsoleObservation, now: number) => !o.undone && o.undoUntil !== null && now < o.undoUntil;

/** What the list shows at server time `now` (an undo button disappears when its minute is over). */
export function observationSig(view: ConsoleView, now: number): string {
  return JSON.stringify(view.observations.map((o) => [o.id, o.tag, o.note, o.undone, canUndo(o, now)]));
}

export function observationList(view: ConsoleView, now: number, offset: number, live: LiveController): HTMLElement {
  const tt = t().consolePage.observations;
  const all = view.observations;
  const row = (o: ConsoleObservation) => observationRow(o, view, now, offset, live);
  const rest = all.slice(SHOWN);
  return h(
    'div',
    { className: 'obs', 'data-testid': 'observation-list' },
    h('h3', { className: 'tile-title' }, tt.title, all.length ? h('span', { className: 'tile-count' }, String(all.filter((o) => !o.undone).length)) : null),
    all.length === 0 ? h('p', { className: 'muted obs-empty' }, tt.empty) : h('ul', { className: 'obs-rows' }, ...all.slice(0, SHOWN).map(row)),
    rest.length > 0
      ? h('details', { className: 'obs-more' }, h('summary', {}, fill(tt.more, { n: all.length })), h('ul', { className: 'obs-rows' }, ...rest.map(row)))
      : null,
  );
}

function observationRow(o: ConsoleObservation, view: ConsoleView, now: number, offset: number, live: LiveController): HTMLElement {
  const tt = t().consolePage.observations;
  const seat = view.seats.find((s) => s.childId === o.childId);
  const undo = canUndo(o, now)
    ? h(
        'button',
        {
          type: 'button',
          className: 'link-button obs-undo',
          'data-testid': 'observation-undo',
          onclick: (ev: Event) => {
            (ev.currentTarget as HTMLButtonElement).disabled = true;
            void live.send({ type: 'observation.undo', tagId: o.id });
          },
        },
        tt.undo,
      )
    : null;
  return h(
    'li',
    {
      className: `obs-row${o.undone ? ' is-undone' : ''}`,
      'data-testid': 'observation-row',
      'data-tag': o.tag,
      'data-child-id': o.childId,
      'data-undone': String(o.undone),
    },
    seat ? avatarImg(seat.avatar, 26, '') : null,
    h(
      'div',
      { className: 'obs-what' },
      h('span', { className: 'obs-line' }, h('strong', {}, seat?.nickname ?? ''), ' ', h('span', { className: 'obs-tag' }, t().common.observationTags[o.tag])),
      o.note ? h('span', { className: 'obs-note' }, o.note) : null,
    ),
    h('span', { className: 'obs-time' }, o.undone ? tt.undone : clockTime(o.at - offset)),
    undo,
  );
}
