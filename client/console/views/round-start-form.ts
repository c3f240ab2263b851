// "Another activity": pick an activity, adjust its settings, then start it now or add it to the plan.
import { ACTIVITY_IDS, defaultPlanActivities, type ActivityId } from '../../../shared/activities/registry';
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import { consoleActivity } from '../activities';
import { activityHint, activityName } from '../activities/names';
import type { PlanSettings, SettingsEnv } from '../activities/types';
import { uiSlot } from '../activities/ui-slot';
import type { LiveController } from '../live/live-controller';
import { select } from './ui';

export interface StartForm {
  el: HTMLElement;
  /** While a round runs "Start now" is disabled (the server allows one round at a time). */
  update: (running: boolean, onAdd: (round: { activity: ActivityId; settings: PlanSettings }) => void, env: SettingsEnv) => void;
  /** Rebuild the fields (after a language switch); chosen values are kept. */
  reset: () => void;
}

export function startForm(live: LiveController): StartForm {
  // Kept across rebuilds, so switching activity back and forth keeps what was chosen for each.
  // The registry lists activities by id; the form starts at the one a session usually opens with (the default plan's first).
  let activity: ActivityId = defaultPlanActivities()[0] ?? ACTIVITY_IDS[0]!;
  const settings = new Map<ActivityId, PlanSettings>(ACTIVITY_IDS.map((id) => [id, consoleActivity(id).defaults()]));
  let running = false;
  // Unknown until the first view arrives; the fields are built then (a check-in's choices depend on the group).
  let env: SettingsEnv | null = null;
  let onAdd: (round: { activity: ActivityId; settings: PlanSettings }) => void = () => undefined;
  const el = h('section', { className: 'start-now' });
  const startButton = () => el.querySelector<HTMLButtonElement>('[data-testid="start-now"]');

  const build = () => {
    const tt = t().consolePage.rounds;
    const pick = select<ActivityId>(
      'start-now-activity',
      ACTIVITY_IDS.map((id) => ({ value: id, label: activityName(id) })),
      activity,
    );
    pick.addEventListener('change', () => {
      activity = pick.value as ActivityId;
      build();
    });
    const shown = activity;
    const shownEnv = env;
    const fields = shownEnv ? [uiSlot(shown, (ui) => ui.settingsFields(settings.get(shown)!, (next) => settings.set(shown, next), shownEnv))] : [];
    const current = () => ({ activity, settings: { ...settings.get(activity)! } });
    el.replaceChildren(
      h('h3', { className: 'sub-head' }, tt.another),
      h(
        'label',
        { className: 'field' },
        h('span', { className: 'field-label' }, tt.activity),
        pick,
        h('span', { className: 'field-hint' }, activityHint(activity)),
      ),
      h('div', { className: 'settings-fields', 'data-activity': activity }, ...fields),
      h(
        'div',
        { className: 'form-actions' },
        h(
          'button',
          {
            type: 'button',
            className: 'button primary',
            'data-testid': 'start-now',
            disabled: running,
            onclick: () => void live.send({ type: 'round.start', ...current() }),
          },
          tt.startNow,
        ),
        h('button', { type: 'button', className: 'button', 'data-testid': 'plan-add', onclick: () => onAdd(current()) }, tt.addToPlan),
      ),
    );
  };
  build();

  return {
    el,
    update(nextRunning, add, nextEnv) {
      onAdd = add;
      if (env?.ageBand !== nextEnv.ageBand) {
        env = nextEnv;
        running = nextRunning;
        return build();
      }
      if (nextRunning === running) return;
      running = nextRunning;
      const b = startButton();
      if (b) b.disabled = running;
    },
    reset: build,
  };
}
