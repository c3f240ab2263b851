// The state at the scrubber's moment: the round, whose turn, the seats; the build picture and garden beside them.
import type { ActivityId } from '../../../shared/activities/registry';
import { fill } from '../../../shared/i18n';
import type { ReplayScene, ReplayTurn } from '../../../shared/review/replay-scene';
import { clock } from '../../../shared/review/replay-words';
import { avatarImg } from '../../common/avatar';
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import { replayPicture } from '../activities';

const activityName = (id: ActivityId): string => t().consolePage.rounds.activities[id];

function roundLine(scene: ReplayScene): HTMLElement {
  const tt = t().reviewReplay;
  const r = scene.round;
  let text = tt.noRound;
  if (r) {
    const values = { n: r.number, activity: activityName(r.activity) };
    text = fill(!r.running ? tt.roundAsEnded : r.paused ? tt.roundPaused : tt.roundRunning, values);
  }
  return h(
    'div',
    { className: 'replay-round', 'data-testid': 'replay-round', 'data-activity': r?.activity ?? '', 'data-running': String(r?.running ?? false) },
    h('span', {}, text),
    scene.eyesOn ? h('span', { className: 'pill replay-eyes' }, tt.eyesOn) : null,
    scene.ended ? h('span', { className: 'pill' }, tt.sessionOver) : null,
  );
}

/** The sentence for whose turn it is, and the child it is about (for the avatar and for tests). */
function turnWords(turn: ReplayTurn | null, name: (id: string) => string): { text: string; childId: string | null } {
  const tt = t().reviewReplay;
  const tu = tt.turns;
  if (!turn) return { text: tt.turnNone, childId: null };
  // The activity names the words (its own reviewReplay.turns entry); the child's name and counts fill them.
  const template = (tu as Record<string, string>)[turn.words] ?? tt.turnNone;
  return { text: fill(template, { ...turn.values, name: turn.childId ? name(turn.childId) : '' }), childId: turn.childId };
}

function turnBox(scene: ReplayScene, name: (id: string) => string): HTMLElement {
  const { text, childId } = turnWords(scene.turn, name);
  const seat = childId ? scene.seats.find((s) => s.childId === childId) : undefined;
  return h(
    'div',
    { className: 'replay-turn', 'data-testid': 'replay-turn', 'data-child': childId ?? '' },
    h('span', { className: 'replay-label' }, t().reviewReplay.turn),
    h('span', { className: 'replay-turn-who' }, seat ? avatarImg(seat.avatar, 40, '') : null, h('strong', {}, text)),
  );
}

function seatList(scene: ReplayScene): HTMLElement {
  const tt = t().reviewReplay;
  const status = { here: tt.seatHere, away: tt.seatAway, empty: tt.seatEmpty };
  const focus = scene.turn?.childId ?? null;
  return h(
    'ul',
    { className: 'replay-seats', 'data-testid': 'replay-seats' },
    ...scene.seats.map((s) =>
      h(
        'li',
        { className: 'replay-seat', 'data-child': s.childId, 'data-status': s.status, 'data-focus': String(s.childId === focus) },
        avatarImg(s.avatar, 44, ''),
        h('span', { className: 'replay-seat-name' }, s.nickname),
        h('span', { className: 'replay-seat-status small' }, status[s.status]),
      ),
    ),
  );
}

/** The whole state panel after one event. */
export function statePanel(scene: ReplayScene, name: (id: string) => string): HTMLElement {
  const tt = t().reviewReplay;
  return h(
    'section',
    { className: 'card replay-state', 'data-testid': 'replay-state' },
    h('div', { className: 'replay-state-head' }, h('h2', {}, tt.state), h('span', { className: 'replay-clock' }, clock(scene.offsetMs))),
    roundLine(scene),
    turnBox(scene, name),
    h('h3', { className: 'replay-sub' }, tt.seats),
    seatList(scene),
    scene.picture ? replayPicture(scene.picture) : null,
  );
}
