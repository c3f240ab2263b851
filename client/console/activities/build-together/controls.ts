// Build Together controls: the picture's progress, whose turn and the fair queue, each child's part, help requests.
import '../../styles/coop.css';
import type { BuildTogetherConsole } from '../../../../shared/activities/build-together';
import { fill } from '../../../../shared/i18n';
import type { ConsoleSeat } from '../../../../shared/session/views';
import { avatarImg } from '../../../common/avatar';
import { h } from '../../../common/dom';
import { t } from '../../../common/i18n';
import { duration } from '../../format';
import type { ControlsContext } from '../types';
import { buildChildren, helpBox, notYetBox } from './children';

export function buildControls(v: BuildTogetherConsole, ctx: ControlsContext): HTMLElement {
  const queue = v.turnMode === 'turns' && !v.completed && v.queue.length > 0;
  // Without a queue, who still needs a piece and who asks for help move under the picture (columns stay even).
  const people = [notYetBox(v, ctx), helpBox(v, ctx)];
  return h(
    'div',
    { className: 'coop-controls build-controls' },
    h('div', { className: 'coop-column' }, pictureBox(v, ctx), ...(queue ? [queueBox(v, ctx)] : people)),
    h('div', { className: 'coop-column' }, ...(queue ? people : []), buildChildren(v, ctx)),
  );
}

function pictureBox(v: BuildTogetherConsole, ctx: ControlsContext): HTMLElement {
  const tt = t().consolePage.build;
  const share = v.total > 0 ? (v.filledCount / v.total) * 100 : 0;
  return h(
    'section',
    { className: `coop-box build-picture${v.completed ? ' is-complete' : ''}` },
    // The design, mode and hints are the round's chips right above; the picture's progress leads here.
    h(
      'div',
      { className: 'build-progress', 'data-testid': 'build-progress', 'data-filled': v.filledCount, 'data-total': v.total, 'data-design': v.design },
      h('span', { className: 'bar', 'aria-hidden': 'true' }, h('span', { className: 'bar-fill', style: `width: ${share}%` })),
      h('span', { className: 'build-progress-text' }, fill(tt.progress, { filled: v.filledCount, total: v.total })),
    ),
    v.completed
      ? h(
          'p',
          { className: 'build-complete' },
          h('strong', {}, tt.complete),
          ' ',
          fill(tt.completeBy, { n: v.completed.by.length, time: duration(v.completed.durationMs) }),
        )
      : v.turnMode === 'turns'
        ? turnBox(v, ctx)
        : h('p', { className: 'coop-hint' }, tt.freeMode),
  );
}

const seatsOf = (ids: readonly string[], ctx: ControlsContext): ConsoleSeat[] =>
  ids.map((id) => ctx.present.find((s) => s.childId === id)).filter((s): s is ConsoleSeat => s !== undefined);

/** Who is on turn and for how long (for the facilitator only; the children see no clock). */
function turnBox(v: BuildTogetherConsole, ctx: ControlsContext): HTMLElement {
  const tt = t().consolePage.build;
  const seat = v.turn ? ctx.seats.find((s) => s.childId === v.turn?.childId) : undefined;
  if (!v.turn || !seat) {
    return h(
      'div',
      { className: 'build-turn is-empty', 'data-testid': 'build-turn', 'data-child-id': '' },
      h('div', { className: 'coop-who-text' }, h('strong', {}, tt.noTurn), h('span', {}, tt.noTurnHint)),
    );
  }
  const since = v.turn.since;
  const forText = h('span', { className: 'coop-since' });
  return h(
    'div',
    { className: 'build-turn', 'data-testid': 'build-turn', 'data-child-id': seat.childId },
    avatarImg(seat.avatar, 56, ''),
    h(
      'div',
      { className: 'coop-who-text' },
      h('strong', {}, fill(tt.turn, { name: seat.nickname })),
      ctx.ticker.add(forText, (now) => {
        forText.textContent = fill(tt.turnFor, { time: duration(now - since) });
      }),
    ),
  );
}

/** The fair order: one big "next" button, and any child by hand (a child with no pieces left cannot take a turn). */
function queueBox(v: BuildTogetherConsole, ctx: ControlsContext): HTMLElement {
  const tt = t().consolePage.build;
  const queue = seatsOf(v.queue, ctx);
  const [first] = queue;
  const counts = new Map(v.children.map((c) => [c.childId, c]));
  return h(
    'section',
    { className: `coop-box build-queue${v.turn === null ? ' needs-you' : ''}` },
    h(
      'button',
      {
        type: 'button',
        // The big blue button is for when the round waits for the facilitator; during a turn it would skip ahead.
        className: `button build-next${v.turn === null ? ' primary' : ''}`,
        'data-testid': 'build-offer-next',
        'data-child-id': first?.childId ?? '',
        disabled: ctx.paused || !first,
        onclick: () => void ctx.send({ type: 'build.offer' }),
      },
      first ? avatarImg(first.avatar, 40, '') : null,
      h(
        'span',
        { className: 'build-next-text' },
        h('strong', {}, first ? fill(tt.offerNext, { name: first.nickname }) : tt.offerNextNobody),
        h('small', {}, tt.queueHint),
      ),
    ),
    queue.length > 0 ? h('h4', { className: 'queue-head' }, tt.offerTo) : null,
    queue.length > 0
      ? h(
          'ol',
          { className: 'queue-list build-queue-list' },
          ...queue.map((s) => {
            const c = counts.get(s.childId);
            return h(
              'li',
              {},
              h(
                'button',
                {
                  type: 'button',
                  className: 'queue-child',
                  'data-testid': 'build-offer',
                  'data-child-id': s.childId,
                  disabled: ctx.paused,
                  onclick: () => void ctx.send({ type: 'build.offer', childId: s.childId }),
                },
                avatarImg(s.avatar, 32, ''),
                h('span', { className: 'queue-name' }, s.nickname),
                h('span', { className: 'queue-counts' }, fill(tt.placed, { n: c?.placed ?? 0 })),
              ),
            );
          }),
        )
      : null,
  );
}
