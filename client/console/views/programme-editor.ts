// The programme editor's body: sessions as cards (title, goal, rounds), the next session marked, add/remove sessions.
import type { ActivityId } from '../../../shared/activities/registry';
import type { Programme } from '../../../shared/programmes/programme';
import { fill } from '../../../shared/i18n';
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import type { PlanSettings, SettingsEnv } from '../activities/types';
import { confirmDialog } from './confirm-dialog';
import { crossIcon } from './icons';
import { addRound, iconButton, noteArea, roundRow } from './programme-round';

/** What the editor remembers between re-draws besides the draft itself. */
export interface EditorUi {
  /** The session whose "add a round" form is open. */
  addingTo: number | null;
  addActivity: ActivityId;
  addSettings: Map<ActivityId, PlanSettings>;
  /** "session:round" whose settings are open. */
  settingsOpen: string | null;
}

export interface ProgrammeEditor {
  /** The working copy; edits change it in place and `changed()` / `redraw()` tell the panel. */
  draft: Programme;
  /** Which session a new live session would run (from the server; null when all have been run). */
  nextSession: number | null;
  env: SettingsEnv;
  ui: EditorUi;
  /** Typed text changed: update the save bar only (a re-draw would steal the caret). */
  changed: () => void;
  /** The shape changed: draw again, then focus the element matching `focus`, if given. */
  redraw: (focus?: string) => void;
}

export function sessionCards(ed: ProgrammeEditor): HTMLElement {
  const tt = t().consolePage.programme;
  const sessions = ed.draft.sessions;
  return h(
    'div',
    { className: 'programme-body' },
    h('ol', { className: 'programme-sessions' }, ...sessions.map((_, i) => sessionCard(ed, i))),
    h(
      'button',
      {
        type: 'button',
        className: 'button add-session',
        'data-testid': 'programme-add-session',
        disabled: sessions.length >= 30,
        onclick: () => {
          sessions.push({ title: tt.newSession, goal: '', rounds: [] });
          ed.redraw(`[data-testid="programme-session"][data-index="${sessions.length - 1}"] [data-testid="programme-session-title"]`);
        },
      },
      `+ ${tt.addSession}`,
    ),
  );
}

function sessionCard(ed: ProgrammeEditor, i: number): HTMLElement {
  const tt = t().consolePage.programme;
  const s = ed.draft.sessions[i]!;
  const next = ed.nextSession === i;
  const title = h('input', {
    type: 'text',
    className: 'session-title-input',
    'data-testid': 'programme-session-title',
    maxlength: 120,
    'aria-label': tt.sessionTitle,
    spellcheck: 'false',
  });
  title.value = s.title;
  title.addEventListener('input', () => {
    s.title = title.value;
    ed.changed();
  });
  const goal = noteArea('programme-session-goal', s.goal, tt.goalPlaceholder, 600, (v) => {
    s.goal = v;
    ed.changed();
  });
  goal.setAttribute('aria-label', tt.goal);
  const remove = async () => {
    const ok = await confirmDialog(fill(tt.removeSessionConfirm, { n: i + 1, title: s.title }), tt.removeOk);
    if (!ok) return;
    ed.draft.sessions.splice(i, 1);
    ed.ui.addingTo = null;
    ed.ui.settingsOpen = null;
    ed.redraw();
  };
  return h(
    'li',
    { className: `programme-session${next ? ' is-next-session' : ''}`, 'data-testid': 'programme-session', 'data-index': i, 'data-next': String(next) },
    h(
      'div',
      { className: 'session-head' },
      h('span', { className: 'session-num' }, fill(tt.sessionN, { n: i + 1 })),
      next ? h('span', { className: 'plan-tag tag-next', 'data-testid': 'programme-next-tag' }, tt.next) : null,
      h('span', { className: 'session-head-space' }),
      iconButton('programme-remove-session', tt.removeSession, crossIcon(), false, () => void remove()),
    ),
    title,
    h('label', { className: 'session-goal' }, h('span', { className: 'session-goal-label' }, tt.goal), goal),
    s.rounds.length > 0
      ? h('ol', { className: 'programme-rounds' }, ...s.rounds.map((_, ri) => roundRow(ed, i, ri)))
      : h('p', { className: 'muted small programme-no-rounds' }, tt.noRounds),
    addRound(ed, i),
  );
}
