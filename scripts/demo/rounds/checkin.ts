// A check-in round (RSES): every child here assents or says "not today", then answers item by item on the tablet.
import type { CheckinTablet } from '../../../shared/activities/checkin';
import { fill } from '../../../shared/i18n';
import type { TabletView } from '../../../shared/session/views';
import { DemoError } from '../errors';
import type { DemoChild } from '../roster';
import { answersForTotal } from '../scale-answers';
import type { PlayContext, RoundOutcome } from './context';

export interface CheckinScript {
  kind: 'checkin';
  /** Which of the children's planned RSES totals this check-in gives. */
  test: 'pre' | 'post';
  /** A child who taps back once to look at an item again (and keeps the answer), as children do. */
  goesBack?: string;
}

const checkinOf = (v: TabletView): CheckinTablet | null => (v.round?.activity === 'checkin' ? (v.round.view as CheckinTablet) : null);

type ChildPlan = { child: DemoChild; answers: Record<string, string> | null; readMs: number[] };

export async function playCheckin(ctx: PlayContext, planIndex: number, script: CheckinScript): Promise<RoundOutcome> {
  const { instrument } = ctx;
  const { room, prng } = ctx;
  // Every seeded choice is drawn before the children answer side by side, so the order never depends on timing.
  const plans: ChildPlan[] = ctx.present.map((child) => {
    const plan = child.rses[script.test];
    if (plan === null) throw new DemoError(`${child.nickname} has no planned ${script.test}-test answer`);
    return {
      child,
      answers: plan === 'declines' ? null : answersForTotal(instrument, plan.total, prng),
      readMs: instrument.items.map(() => prng.int(60, 200)),
    };
  });
  const number = await room.startPlanned(planIndex, 'checkin');
  await Promise.all(plans.map((p) => answer(ctx, p, script.goesBack === p.child.key)));
  await room.roundClosed(number);
  const declined = plans.filter((p) => p.answers === null).length;
  return { detail: fill(ctx.t.checkinDetail, { answered: plans.length - declined, declined }) };
}

async function answer(ctx: PlayContext, { child, answers, readMs }: ChildPlan, goesBack: boolean): Promise<void> {
  const tablet = ctx.room.tablet(child);
  await tablet.until('the check-in question "shall we start?"', (v) => checkinOf(v)?.phase === 'assent');
  if (answers === null) {
    await tablet.send({ type: 'checkin.assent', yes: false, lang: ctx.lang });
    return;
  }
  await tablet.send({ type: 'checkin.assent', yes: true, lang: ctx.lang });
  for (let i = 0; i < readMs.length; i++) {
    const view = await tablet.until(`check-in item ${i + 1}`, (v) => checkinOf(v)?.item?.index === i);
    const item = checkinOf(view)!.item!;
    await ctx.airtime(readMs[i]!);
    await tablet.send({ type: 'checkin.answer', itemId: item.id, option: answers[item.id] ?? null, lang: ctx.lang });
    if (goesBack && i === 2) {
      // Back to the previous item, look again, keep the same answer.
      await tablet.until(`check-in item ${i + 2}`, (v) => checkinOf(v)?.item?.index === i + 1);
      await tablet.send({ type: 'checkin.back' });
      const again = await tablet.until(`check-in item ${i + 1} again`, (v) => checkinOf(v)?.item?.index === i);
      const same = checkinOf(again)!.item!;
      await tablet.send({ type: 'checkin.answer', itemId: same.id, option: answers[same.id] ?? null, lang: ctx.lang });
    }
  }
  await tablet.until('the check-in thanks', (v) => checkinOf(v)?.phase === 'thanks' || v.round === null);
}
