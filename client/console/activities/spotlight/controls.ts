// Spotlight controls: who is on stage (card, elapsed time against the guide) and who comes next (fair pick).
import { fill } from '../../../../shared/i18n';
import type { SpotlightConsole } from '../../../../shared/activities/spotlight';
import type { ConsoleSeat } from '../../../../shared/session/views';
import { avatarImg } from '../../../common/avatar';
import { h } from '../../../common/dom';
import { lang, t } from '../../../common/i18n';
import { clockFace } from '../../live/round-clock';
import { starIcon } from '../../views/icons';
import type { ControlsContext } from '../types';

type Turns = SpotlightConsole['turns'][string];
const NO_TURNS: Turns = { presentations: 0, passes: 0, badges: 0 };

export function spotlightControls(v: SpotlightConsole, ctx: ControlsContext): HTMLElement {
  return h('div', { className: 'spot-controls' }, stage(v, ctx), whoNext(v, ctx));
}

function stage(v: SpotlightConsole, ctx: ControlsContext): HTMLElement {
  const tt = t().consolePage.spotlight;
  const seat = v.presenter ? ctx.seats.find((s) => s.childId === v.presenter) : undefined;
  const phase = h('span', { className: `phase-pill phase-${v.phase}`, 'data-testid': 'spotlight-phase', 'data-phase': v.phase }, tt.phases[v.phase]);
  if (v.phase === 'idle' || !seat) {
    // The fair pick sits where the presenter will appear: one big button starts the next turn.
    return h('section', { className: 'spot-stage is-idle' }, phase, nextButton(v, ctx) ?? h('p', { className: 'stage-empty' }, tt.nobodyHere));
  }
  const turns = v.turns[seat.childId] ?? NO_TURNS;
  // A badge beyond the turns already finished belongs to this turn.
  const badgedNow = turns.badges > turns.presentations;
  const button = (testid: string, label: string | Node, onclick: () => void, className = '') =>
    h('button', { type: 'button', className: `button ${className}`, 'data-testid': testid, disabled: ctx.paused, onclick }, label);
  return h(
    'section',
    { className: `spot-stage is-${v.phase}` },
    phase,
    h(
      'div',
      { className: 'spot-presenter', 'data-testid': 'spotlight-presenter', 'data-child-id': seat.childId },
      avatarImg(seat.avatar, 64, ''),
      h(
        'div',
        { className: 'spot-who' },
        h(
          'div',
          { className: 'spot-name-row' },
          h('strong', { className: 'spot-name' }, seat.nickname),
          turns.badges > 0 ? h('span', { className: 'badge-count' }, starIcon(14), fill(tt.badges, { n: turns.badges })) : null,
        ),
        v.card
          ? h(
              'div',
              { className: 'spot-card', 'data-testid': 'spotlight-card', 'data-card': v.card.id },
              h('p', { className: 'spot-card-text' }, v.card.text[lang()]),
              h('p', { className: 'spot-card-picture' }, fill(tt.picture, { name: t().consolePage.pictures[v.card.picture] })),
            )
          : null,
      ),
    ),
    v.phase === 'offered' ? h('p', { className: 'spot-note' }, tt.waitingReady) : elapsed(v, ctx),
    h(
      'div',
      { className: 'spot-actions' },
      v.phase === 'offered' ? button('spotlight-skip', tt.skip, () => void ctx.send({ type: 'spotlight.skip' })) : null,
      button('spotlight-end-turn', tt.endTurn, () => void ctx.send({ type: 'spotlight.end-turn' }), 'primary'),
      button('spotlight-extend', tt.extend, () => void ctx.send({ type: 'spotlight.extend' })),
      h(
        'button',
        {
          type: 'button',
          className: `button brave${badgedNow ? ' given' : ''}`,
          'data-testid': 'spotlight-badge',
          'data-child-id': seat.childId,
          disabled: ctx.paused || badgedNow,
          onclick: () => void ctx.send({ type: 'spotlight.badge', childId: seat.childId }),
        },
        starIcon(18),
        badgedNow ? tt.badgeGiven : tt.badge,
      ),
    ),
  );
}

/** Elapsed time of the turn against the soft guide: a quiet bar for the facilitator, never an alarm. */
function elapsed(v: SpotlightConsole, ctx: ControlsContext): HTMLElement {
  const tt = t().consolePage.spotlight;
  const guideMs = v.guideSeconds * 1000;
  const label = h('span', { className: 'spot-elapsed-text', 'data-testid': 'spotlight-elapsed' });
  const fillBar = h('span', { className: 'bar-fill' });
  const over = h('span', { className: 'spot-over', hidden: true }, tt.over);
  const el = h('div', { className: 'spot-elapsed' }, h('span', { className: 'bar' }, fillBar), label, over);
  return ctx.ticker.add(el, (now) => {
    const ms = v.startedAt === null ? 0 : Math.max(0, now - v.startedAt);
    label.textContent = fill(tt.elapsed, { time: clockFace(ms), guide: clockFace(guideMs) });
    fillBar.style.width = `${Math.min(100, (ms / guideMs) * 100)}%`;
    el.classList.toggle('is-over', ms > guideMs);
    over.hidden = ms <= guideMs;
  });
}

function queueOf(v: SpotlightConsole, ctx: ControlsContext): ConsoleSeat[] {
  const byId = new Map(ctx.present.map((s) => [s.childId, s]));
  return v.queue.map((id) => byId.get(id)).filter((s): s is ConsoleSeat => s !== undefined);
}

function nextButton(v: SpotlightConsole, ctx: ControlsContext): HTMLElement | null {
  const tt = t().consolePage.spotlight;
  const first = queueOf(v, ctx)[0];
  if (!first) return null;
  return h(
    'button',
    {
      type: 'button',
      className: 'button spot-next',
      'data-testid': 'spotlight-next',
      'data-child-id': first.childId,
      disabled: ctx.paused,
      onclick: () => void ctx.send({ type: 'spotlight.offer' }),
    },
    avatarImg(first.avatar, 56, ''),
    h('span', { className: 'spot-next-text' }, h('strong', {}, fill(tt.next, { name: first.nickname })), h('small', {}, tt.nextHint)),
  );
}

/** Everyone present in the scheduler's order, with this round's counts; a tap offers the stage to that child. */
function whoNext(v: SpotlightConsole, ctx: ControlsContext): HTMLElement {
  const tt = t().consolePage.spotlight;
  const queue = queueOf(v, ctx);
  const idle = v.phase === 'idle';
  if (queue.length === 0) return h('section', { className: 'spot-queue is-empty' });
  return h(
    'section',
    { className: 'spot-queue' },
    h('h4', { className: 'queue-head first' }, idle ? tt.orChoose : tt.afterThis),
    h(
      'ul',
      { className: 'queue-list' },
      ...queue.map((s) => {
        const turns = v.turns[s.childId] ?? NO_TURNS;
        return h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              className: 'queue-child',
              'data-testid': 'spotlight-offer-child',
              'data-child-id': s.childId,
              disabled: ctx.paused || !idle,
              onclick: () => void ctx.send({ type: 'spotlight.offer', childId: s.childId }),
            },
            avatarImg(s.avatar, 36, ''),
            h('span', { className: 'queue-name' }, s.nickname),
            h('span', { className: 'queue-counts' }, fill(tt.counts, { p: turns.presentations, s: turns.passes })),
            turns.badges > 0 ? h('span', { className: 'badge-count' }, starIcon(13), String(turns.badges)) : null,
          ),
        );
      }),
    ),
  );
}
