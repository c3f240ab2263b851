// The session plan (start, reorder, remove; one-click default plan) and the list of rounds already run.
import { fill } from '../../../shared/i18n';
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

type PlanIntentRound = { activity: PlannedRound['activity']; settings: PlanSettings };

const asIntent = (plan: readonly PlannedRound[]): PlanIntentRound[] => plan.map((p) => ({ activity: p.activity, settings: planSettings(p.settings) }));

/** The usual session: an ice-breaker, then self-presentation. */
export function defaultPlan(): PlanIntentRound[] {
  return [
    { activity: 'pass-star', settings: consoleActivity('pass-star').defaults() },
    { activity: 'spotlight', settings: consoleActivity('spotlight').defaults() },
  ];
}

export function setPlan(live: LiveController, rounds: PlanIntentRound[]): void {
  void live.send({ type: 'plan.set', rounds });
}

export function planSection(view: ConsoleView, live: LiveController): HTMLElement {
  const tt = t().consolePage.rounds;
  const running = view.round !== null;
  const next = nextPlanIndex(view);
  const done = new Set(view.roundsDone.map((r) => r.planIndex).filter((i): i is number => i !== null));
  const plan = asIntent(view.plan);
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
      { className: `plan-item is-${state}`, 'data-testid': 'plan-item', 'data-activity': p.activity, 'data-index': i, 'data-state': state },
      h('span', { className: 'plan-num' }, String(i + 1)),
      h(
        'div',
        { className: 'plan-main' },
        h('span', { className: 'plan-name' }, h('strong', {}, activityName(p.activity)), state === 'later' ? null : h('span', { className: `plan-tag tag-${state}` }, state === 'now' ? tt.now : state === 'next' ? tt.next : tt.done)),
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
        iconButton('plan-remove', tt.remove, crossIcon(), now, () => setPlan(live, plan.filter((_, k) => k !== i))),
      ),
    );
  });

  return h(
    'section',
    { className: 'plan' },
    h('h3', { className: 'sub-head' }, tt.plan),
    items.length > 0
      ? h('ol', { className: 'plan-list', 'data-testid': 'plan-list' }, ...items)
      : h(
          'div',
          { className: 'plan-empty' },
          h('p', { className: 'muted' }, tt.planEmpty),
          h('button', { type: 'button', className: 'button primary', 'data-testid': 'plan-default', onclick: () => setPlan(live, defaultPlan()) }, tt.planDefault),
        ),
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
      ...[...view.roundsDone].reverse().map((r) =>
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
