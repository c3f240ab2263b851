// Quiet children (a prompt for the facilitator, never a label): who they are, why, and a one-tap invite.
import type { QuietChild } from '../../../shared/metrics';
import type { ConsoleView } from '../../../shared/session/views';
import { fill } from '../../../shared/i18n';
import { avatarImg } from '../../common/avatar';
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import { ACTIVITY_IDS } from '../../../shared/activities/registry';
import { consoleActivity } from '../activities';
import { activityName } from '../activities/names';
import type { LiveController } from '../live/live-controller';
import { inviteFor, type InviteState } from '../live/quiet-invite';

/** Everything the list shows, so the page rebuilds it only when one of these changes. */
export function quietSig(quiet: readonly QuietChild[] | null, view: ConsoleView): string {
  const ids = (quiet ?? []).map((q) => q.childId);
  return JSON.stringify([quiet?.map((q) => [q.childId, q.reasons]) ?? null, ids.map((id) => inviteFor(view, id).kind)]);
}

export function quietList(quiet: readonly QuietChild[] | null, view: ConsoleView, live: LiveController): HTMLElement {
  const tt = t().consolePage.metrics.quiet;
  const seatOf = new Map(view.seats.map((s) => [s.childId, s]));
  const rows = (quiet ?? []).filter((q) => seatOf.has(q.childId));
  const states = rows.map((q) => inviteFor(view, q.childId));
  const hint = states.some((s) => s.kind === 'none')
    ? fill(tt.hintNone, { activities: invitingActivities().join(tt.hintJoin) })
    : states.some((s) => s.kind === 'paused')
      ? tt.hintPaused
      : null;
  return h(
    'div',
    { className: 'quiet', 'data-testid': 'quiet-list' },
    h('h3', { className: 'tile-title' }, tt.title, rows.length ? h('span', { className: 'tile-count' }, String(rows.length)) : null),
    rows.length === 0
      ? h('p', { className: 'quiet-none muted' }, tt.none)
      : h(
          'ul',
          { className: 'quiet-rows' },
          ...rows.map((q, i) => {
            const seat = seatOf.get(q.childId)!;
            return h(
              'li',
              { className: 'quiet-row', 'data-testid': 'quiet-child', 'data-child-id': q.childId, 'data-reasons': q.reasons.join(' ') },
              avatarImg(seat.avatar, 36, ''),
              h(
                'div',
                { className: 'quiet-who' },
                h('span', { className: 'quiet-name' }, seat.nickname),
                h('span', { className: 'quiet-why' }, ...q.reasons.map((r) => h('span', {}, tt.reasons[r]))),
              ),
              inviteButton(states[i]!, seat.nickname, live),
            );
          }),
        ),
    hint && rows.length > 0 ? h('p', { className: 'quiet-hint', 'data-testid': 'quiet-hint' }, hint) : null,
    rows.length > 0 ? h('p', { className: 'quiet-prompt' }, tt.prompt) : null,
  );
}

/** The names of the activities whose rounds can invite (their console part declares `invite`). */
function invitingActivities(): string[] {
  return ACTIVITY_IDS.filter((id) => consoleActivity(id).invite).map(activityName);
}

function inviteButton(state: InviteState, name: string, live: LiveController): HTMLButtonElement {
  const tt = t().consolePage.metrics.quiet;
  // Each activity words its own kinds (its words file adds them to these sections).
  const label = (tt.invite as Record<string, string>)[state.kind] ?? tt.invite.none;
  const title = (tt.inviteTitle as Record<string, string> | undefined)?.[state.kind];
  const active = state.intent !== undefined;
  const done = !active && state.kind !== 'paused' && state.kind !== 'none';
  const button = h(
    'button',
    {
      type: 'button',
      className: `button small invite${active ? ' primary' : ''}${done ? ' is-done' : ''}`,
      'data-testid': 'quiet-invite',
      'data-invite': state.kind,
      disabled: !active,
      title: active && title ? fill(title, { name }) : null,
    },
    label,
  );
  const intent = state.intent;
  if (intent) {
    button.addEventListener('click', () => {
      // One tap is enough: a second one while the first travels would only be refused.
      button.disabled = true;
      void live.send(intent).finally(() => {
        if (button.isConnected) button.disabled = false;
      });
    });
  }
  return button;
}
