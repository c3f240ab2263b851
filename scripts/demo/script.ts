// The two demo sessions, round by round: which template round each one is, who does what, the facilitator's tags.
import type { PlanSettings } from '../../shared/programmes/programme';
import type { ObservationTag } from '../../shared/session/observations';
import type { DemoRoundScript } from './rounds';
import type { DemoSessionNumber } from './roster';
import type { DemoTexts } from './texts';

/** The programme template the demo group starts from (its copy is then shortened to these two sessions). */
export const DEMO_TEMPLATE = 'self-confidence';

export interface TagScript {
  child: string;
  tag: ObservationTag;
  note?: keyof DemoTexts['notes'];
}

export type RoundScript = DemoRoundScript & {
  /** The template round it is: [session index, round index] in the group's copy of the template. */
  from: readonly [number, number];
  /** Settings changed from the template's, as a facilitator edits their copy. */
  settings?: PlanSettings;
  /** The facilitator's observation tags right after the round (positive ones). */
  tags?: readonly TagScript[];
};

export interface SessionScript {
  number: DemoSessionNumber;
  /** The template session whose title and goal it keeps. */
  from: number;
  /** Session 1: the console approves each tablet; session 2: the facilitator lets tablets in by themselves. */
  autoApprove: boolean;
  rounds: readonly RoundScript[];
}

export const SESSION_SCRIPTS: readonly SessionScript[] = [
  {
    number: 1,
    from: 0, // Knowing each other
    autoApprove: false,
    rounds: [
      { kind: 'checkin', test: 'pre', goesBack: 'tao', from: [0, 0] },
      {
        kind: 'spotlight',
        from: [3, 2], // My new city
        order: ['lili', 'tao', 'anna', 'xiaoyu', 'mingming', 'bobo', 'jia'],
        passes: ['xiaoyu'],
        swapsCard: ['tao'],
        badges: ['anna'],
        tags: [
          { child: 'lili', tag: 'spoke-clearly' },
          { child: 'mingming', tag: 'shared-idea' },
        ],
      },
      { kind: 'pass-star', from: [0, 1], first: 'lili', tags: [{ child: 'jia', tag: 'encouraged' }] },
      {
        kind: 'build-together',
        from: [2, 1], // the rocket, free building
        helpAsker: 'xiaoyu',
        helper: 'anna',
        tags: [
          { child: 'anna', tag: 'helped-peer', note: 'showedNotTook' },
          { child: 'xiaoyu', tag: 'joined-in' },
        ],
      },
    ],
  },
  {
    number: 2,
    from: 4, // Breaking through
    autoApprove: true,
    rounds: [
      {
        kind: 'spotlight',
        from: [4, 0], // Something I dared
        order: ['anna', 'xiaoyu', 'tao', 'leo', 'lili', 'bobo', 'mingming'],
        passes: ['leo'],
        swapsCard: ['bobo'],
        badges: ['xiaoyu'],
        tags: [
          { child: 'xiaoyu', tag: 'spoke-clearly', note: 'firstTime' },
          { child: 'tao', tag: 'shared-idea' },
        ],
      },
      // The facilitator hands the star to the newcomer first instead of a random start.
      { kind: 'pass-star', from: [2, 3], settings: { firstHolder: 'facilitator' }, first: 'leo', tags: [{ child: 'leo', tag: 'joined-in' }] },
      {
        kind: 'build-together',
        from: [2, 2], // the bridge, taking turns
        helpAsker: 'leo',
        helper: 'tao',
        passesOnce: ['mingming'],
        tags: [
          { child: 'tao', tag: 'helped-peer' },
          { child: 'bobo', tag: 'encouraged' },
        ],
      },
      { kind: 'strength-garden', from: [4, 1], nudgeFor: 'leo', tags: [{ child: 'anna', tag: 'asked-question' }] },
      { kind: 'checkin', test: 'post', from: [4, 2] },
    ],
  },
];
