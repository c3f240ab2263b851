// The session plan (programme session, notes, start, reorder, remove, load another session; one-click default plan) and the rounds already run.
import { defaultPlanActivities } from '../../../shared/activities/registry';
import { fill } from '../../../shared/i18n';
import type { PlanSession } from '../../../shared/programmes/programme';
import type { PlannedRound } from '../../../shared/session/round-types';
import type { ConsoleView } from '../../../shared/session/views';
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import { consoleActivity } from '../activities';
import { activityName } from '../activities/names';
import { planSettings, type PlanSettings } from '../activities/types';
import { clockTime } from '../format';
import type { LiveController } from '../live/live-controller';
import { nextPlanIndex } from '../live/round-clock';
import { arrowIcon, crossIcon, playIcon } from './icons';
import { loadSessionPicker, planNote, planSessionHead } from './programme-live';

type PlanIntentRound = { activity: PlannedRound['activity']; settings: PlanSettings; note?: string };

// An empty note (not a missing one) says "this round has no note", so setPlan does not look one up for it.
const asIntent = (plan: readonly PlannedRound[]): PlanIntentRound[] =>
  plan.map((p) => ({ activity: p.activity, settings: planSettings(p.settings), note: p.note ?? '' }));

/**
 * The plan as last drawn. plan.set replaces the programme session and the notes as well, and some callers only
 * know activities and settings (e.g. "Add to plan" rebuilds the list from them): they must not wipe either.
 */
let shown: { plan: PlanIntentRound[]; session: PlanSession | null } = { plan: [], session: null };

function keepNote(r: PlanIntentRound, i: number): PlanIntentRound {
  if (r.note !== undefined) return r;
  const old = shown.plan[i];
  const same = old && old.activity === r.activity && JSON.stringify(old.settings) === JSON.stringify(r.settings);
  return same && old.note ? { ...r, note: old.note } : r;
}

/** The usual session (an ice-breaker, then self-presentation): the activities that declare a `defaultPlan` place. */
export function defaultPlan(): PlanIntentRound[] {
  return defaultPlanActivities().map((id) => ({ activity: id, settings: consoleActivity(id).defaults() }));
}

/** Sends a new plan; it stays the same programme session unless `session` says otherwise (null: none). */
export function setPlan(live: LiveController, rounds: PlanIntentRound[], session: PlanSession | null = shown.session): void {
  void live.send({ type: 'plan.set', rounds: rounds.map(keepNote), ...(session ? { session } : {}) });
}

export function planSection(view: ConsoleView, live: LiveController): HTMLElement {
  const tt = t().consolePage.rounds;
  const running = view.round !== null;
  const next = nextPlanIndex(view);
  const done = new Set(view.roundsDone.map((r) => r.planIndex).filter((i): i is number => i !== null));
  const plan = asIntent(view.plan);
  shown = { plan, session: view.planSession };
  const move = (from: number, to: number) => {
    const list = [...plan];
    const [item] = list.splice(from, 1);
    if (!item) return;
    list.splice(to, 0, item);
    setPlan(live, list);
  };
  const iconButton = (testid: string, label: string, icon: SVGSVGElement, disabled: boolean, onclick: () => void) =>
    h('button', { type: 'button', className: 'icon-button', 'data-testid': testid, title: label, 'aria-label': label, disabled, onclick }, icon);

  const items = view.plan.map((p, i) => {
    const now = view.round?.planIndex === i;
    const state = now ? 'now' : i === next ? 'next' : done.has(i) ? 'done' : 'later';
    const chips = consoleActivity(p.activity).summary(p.settings);
    return h(
      'li',
      {
        className: `plan-item is-${state}`,
        'data-testid': 'plan-item',
        'data-activity': p.activity,
        'data-index': i,
        'data-state': state,
        'data-next': String(i === next),
      },
      h('span', { className: 'plan-num' }, String(i + 1)),
      h(
        'div',
        { className: 'plan-main' },
        h(
          'span',
          { className: 'plan-name' },
          h('strong', {}, activityName(p.activity)),
          state === 'later' ? null : h('span', { className: `plan-tag tag-${state}` }, state === 'now' ? tt.now : state === 'next' ? tt.next : tt.done),
        ),
        h('span', { className: 'plan-chips' }, chips.join(' · ')),
      ),
      h(
        'button',
        {
          type: 'button',
          className: `button ${state === 'next' ? 'primary start-next' : 'small'}`,
          'data-testid': 'plan-start',
          disabled: running,
          title: running ? tt.endFirst : null,
          onclick: () => void live.send({ type: 'round.start', activity: p.activity, planIndex: i }),
        },
        state === 'next' ? playIcon(14) : null,
        tt.start,
      ),
      h(
        'span',
        { className: 'plan-edit' },
        iconButton('plan-up', tt.up, arrowIcon('up'), i === 0, () => move(i, i - 1)),
        iconButton('plan-down', tt.down, arrowIcon('down'), i === view.plan.length - 1, () => move(i, i + 1)),
        iconButton('plan-remove', tt.remove, crossIcon(), now, () =>
          setPlan(
            live,
            plan.filter((_, k) => k !== i),
          ),
        ),
      ),
      planNote(p.note),
    );
  });

  const picker = loadSessionPicker(view, (rounds, session) =>
    setPlan(
      live,
      rounds.map((r) => ({ activity: r.activity, settings: planSettings(r.settings), note: r.note ?? '' })),
      session,
    ),
  );
  return h(
    'section',
    { className: 'plan' },
    h('h3', { className: 'sub-head' }, tt.plan),
    planSessionHead(view.planSession),
    items.length > 0
      ? h('ol', { className: 'plan-list', 'data-testid': 'plan-list' }, ...items)
      : h(
          'div',
          { className: 'plan-empty' },
          h('p', { className: 'muted' }, tt.planEmpty),
          h(
            'button',
            { type: 'button', className: 'button primary', 'data-testid': 'plan-default', onclick: () => setPlan(live, defaultPlan()) },
            tt.planDefault,
          ),
        ),
    picker,
  );
}

export function pastRounds(view: ConsoleView, offset: number): HTMLElement | null {
  const tt = t().consolePage.rounds;
  if (view.roundsDone.length === 0) return null;
  return h(
    'section',
    { className: 'past' },
    h('h3', { className: 'sub-head' }, tt.past),
    h(
      'ol',
      { className: 'past-list', 'data-testid': 'rounds-done' },
      ...[...view.roundsDone]
        .reverse()
        .map((r) =>
          h(
            'li',
            { 'data-testid': 'round-done', 'data-activity': r.activity, 'data-reason': r.reason },
            h('span', { className: 'past-name' }, fill(tt.pastItem, { n: r.number, activity: activityName(r.activity) })),
            h('span', { className: 'past-meta' }, `${tt.reasons[r.reason]} · ${clockTime(r.startedAt - offset)}–${clockTime(r.endedAt - offset)}`),
          ),
        ),
    ),
  );
}
