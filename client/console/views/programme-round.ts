// One round of a programme session in the editor (note, settings, move, remove) and the "add a round" form.
import { ACTIVITY_IDS, type ActivityId } from '../../../shared/activities/registry';
import { fill } from '../../../shared/i18n';
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import { activityHint } from '../activities/names';
import type { PlanSettings } from '../activities/types';
import { uiSlot } from '../activities/ui-slot';
import { arrowIcon, crossIcon } from './icons';
import type { ProgrammeEditor } from './programme-editor';
import { activityModule, safeActivityName, settingsSummary } from './programme-templates';
import { select } from './ui';

export function iconButton(testid: string, label: string, icon: SVGSVGElement, disabled: boolean, onclick: () => void): HTMLButtonElement {
  return h('button', { type: 'button', className: 'icon-button', 'data-testid': testid, title: label, 'aria-label': label, disabled, onclick }, icon);
}

/** A text area that writes into the draft as the facilitator types (no re-draw, so focus and caret stay). */
export function noteArea(testid: string, value: string, placeholder: string, maxlength: number, onInput: (v: string) => void): HTMLTextAreaElement {
  const area = h('textarea', { 'data-testid': testid, rows: 2, maxlength, placeholder, spellcheck: 'false' });
  area.value = value;
  area.addEventListener('input', () => onInput(area.value));
  return area;
}

export function roundRow(ed: ProgrammeEditor, si: number, ri: number): HTMLElement {
  const tt = t().consolePage.programme;
  const rounds = ed.draft.sessions[si]!.rounds;
  const r = rounds[ri]!;
  const key = `${si}:${ri}`;
  const open = ed.ui.settingsOpen === key;
  const mod = activityModule(r.activity);
  const chips = h('span', { className: 'plan-chips' }, settingsSummary(r.activity, r.settings).join(' · '));
  const move = (to: number) => {
    const [item] = rounds.splice(ri, 1);
    rounds.splice(to, 0, item!);
    ed.ui.settingsOpen = null;
    ed.redraw(
      `[data-testid="programme-session"][data-index="${si}"] [data-testid="programme-round"][data-index="${to}"] [data-testid="programme-round-${to < ri ? 'up' : 'down'}"]`,
    );
  };
  const note = noteArea('programme-note', r.note ?? '', tt.notePlaceholder, 600, (v) => {
    r.note = v;
    ed.changed();
  });
  note.setAttribute('aria-label', tt.note);
  const settings =
    open && mod
      ? h(
          'div',
          { className: 'settings-fields programme-settings', 'data-activity': r.activity },
          uiSlot(r.activity, (ui) =>
            ui.settingsFields(
              { ...r.settings },
              (next: PlanSettings) => {
                r.settings = next;
                chips.textContent = settingsSummary(r.activity, next).join(' · ');
                ed.changed();
              },
              ed.env,
            ),
          ),
        )
      : null;
  const actions = h(
    'span',
    { className: 'plan-edit programme-round-edit' },
    mod
      ? h(
          'button',
          {
            type: 'button',
            className: `button small settings-toggle${open ? ' is-open' : ''}`,
            'data-testid': 'programme-round-settings',
            'aria-expanded': String(open),
            onclick: () => {
              ed.ui.settingsOpen = open ? null : key;
              ed.redraw();
            },
          },
          open ? tt.settingsDone : tt.settings,
        )
      : null,
    iconButton('programme-round-up', tt.up, arrowIcon('up'), ri === 0, () => move(ri - 1)),
    iconButton('programme-round-down', tt.down, arrowIcon('down'), ri === rounds.length - 1, () => move(ri + 1)),
    iconButton('programme-round-remove', tt.removeRound, crossIcon(), false, () => {
      rounds.splice(ri, 1);
      ed.ui.settingsOpen = null;
      ed.redraw();
    }),
  );
  return h(
    'li',
    { className: `programme-round${open ? ' is-open' : ''}`, 'data-testid': 'programme-round', 'data-index': ri, 'data-activity': r.activity },
    h('span', { className: 'plan-num' }, String(ri + 1)),
    h(
      'div',
      { className: 'programme-round-main' },
      h(
        'div',
        { className: 'programme-round-top' },
        h('div', { className: 'programme-round-name' }, h('strong', {}, safeActivityName(r.activity)), chips),
        actions,
      ),
      note,
      settings,
    ),
  );
}

/** Activities this console can configure (a plan may name others, but new rounds need a settings form). */
function addableActivities(): ActivityId[] {
  return ACTIVITY_IDS.filter((id) => activityModule(id) !== null);
}

export function addRound(ed: ProgrammeEditor, si: number): HTMLElement {
  const tt = t().consolePage.programme;
  const rounds = ed.draft.sessions[si]!.rounds;
  const full = rounds.length >= 20;
  if (ed.ui.addingTo !== si) {
    return h(
      'button',
      {
        type: 'button',
        className: 'button small add-round',
        'data-testid': 'programme-add-round',
        disabled: full,
        onclick: () => {
          ed.ui.addingTo = si;
          ed.redraw('[data-testid="programme-add-activity"]');
        },
      },
      `+ ${tt.addRound}`,
    );
  }
  const ui = ed.ui;
  const ids = addableActivities();
  if (!ids.includes(ui.addActivity)) ui.addActivity = ids[0]!;
  const settingsOf = (id: ActivityId): PlanSettings => {
    let s = ui.addSettings.get(id);
    if (!s) {
      s = activityModule(id)!.defaults();
      ui.addSettings.set(id, s);
    }
    return s;
  };
  const pick = select<ActivityId>(
    'programme-add-activity',
    ids.map((id) => ({ value: id, label: safeActivityName(id) })),
    ui.addActivity,
  );
  pick.addEventListener('change', () => {
    ui.addActivity = pick.value as ActivityId;
    ed.redraw('[data-testid="programme-add-activity"]');
  });
  const id = ui.addActivity;
  const fields = uiSlot(id, (mod) => mod.settingsFields({ ...settingsOf(id) }, (next) => ui.addSettings.set(id, next), ed.env));
  return h(
    'div',
    { className: 'programme-add', 'data-testid': 'programme-add-form' },
    h('div', { className: 'programme-add-title' }, fill(tt.roundN, { n: rounds.length + 1 })),
    h(
      'label',
      { className: 'field' },
      h('span', { className: 'field-label' }, t().consolePage.rounds.activity),
      pick,
      h('span', { className: 'field-hint' }, activityHint(id) ?? ''),
    ),
    h('div', { className: 'settings-fields', 'data-activity': id }, fields),
    h(
      'div',
      { className: 'form-actions' },
      h(
        'button',
        {
          type: 'button',
          className: 'button primary',
          'data-testid': 'programme-add-confirm',
          onclick: () => {
            rounds.push({ activity: id, settings: { ...settingsOf(id) }, note: '' });
            // The next round added starts from the defaults again.
            ui.addSettings.delete(id);
            ui.addingTo = null;
            ed.redraw(
              `[data-testid="programme-session"][data-index="${si}"] [data-testid="programme-round"][data-index="${rounds.length - 1}"] [data-testid="programme-note"]`,
            );
          },
        },
        tt.add,
      ),
      h(
        'button',
        {
          type: 'button',
          className: 'button',
          'data-testid': 'programme-add-cancel',
          onclick: () => {
            ui.addingTo = null;
            ed.redraw();
          },
        },
        tt.cancel,
      ),
    ),
  );
}
