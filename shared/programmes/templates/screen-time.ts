// Template: Healthy screen time (needs check, plan, closing evaluation), from the practice on children's internet over-use.
import { round, text, type ProgrammeTemplate } from '../template';

export const screenTime: ProgrammeTemplate = {
  id: 'screen-time',
  title: text('Healthy screen time', '健康用屏'),
  summary: text(
    'Four sessions for children at risk of internet over-use: a needs check, a plan for time without screens, trying it out, and a closing evaluation.',
    '四节小组，适合有网络过度使用风险的孩子：需求了解、制定不用屏幕的时间计划、尝试行动、总结评估。',
  ),
  basis: text(
    'Built from a community NGO practice with migrant children (needs assessment, action plan, effect evaluation with pre/post data). Add your own screen-use measure as an instrument file if you hold the rights to one.',
    '依据一项社区公益组织的流动儿童小组实务（需求评估、行动计划、前后测效果评估）。如你拥有某个上网行为量表的使用权，可把它作为问卷文件加入。',
  ),
  sessions: [
    {
      title: text('What I do online, and what I like offline', '我在网上做什么，我在网下喜欢什么'),
      goal: text('A needs check without blame: children tell what they like on and off screens.', '不带指责地了解需要：孩子们说说在屏幕上和屏幕外喜欢做什么。'),
      rounds: [
        round(
          'checkin',
          { instrument: 'circletime-screen-time', readAloud: 'auto' },
          'Pre-test: the "my screen time" check-in (Circletime\'s own, not a validated scale). No right answers; "not today" is fine. No blame for what children answer.',
          '前测：“我的屏幕时间”小问答（童心圈自编，不是经过验证的量表）。答案没有对错，说“今天不想”也可以。不因孩子的回答责备他们。',
        ),
        round(
          'pass-star',
          { firstHolder: 'facilitator', everyoneOnce: true, prompt: 'say-like' },
          'Say one thing you like doing WITHOUT a screen.',
          '说一件你喜欢的、不用屏幕的事。',
        ),
        round(
          'spotlight',
          { deck: 'good-at', allowAnotherCard: true, turnSeconds: 60 },
          'Talking point: what games give me, and what else could give me that.',
          '讨论点：游戏带给我什么，还有什么也能带给我这些。',
        ),
      ],
    },
    {
      title: text('Making a plan', '制定计划'),
      goal: text('Each child chooses one offline activity for the week and a friend to do it with.', '每个孩子为这一周选一件不用屏幕的事，以及一起做的朋友。'),
      rounds: [
        round('checkin', { instrument: 'circletime-daily', readAloud: 'tap' }, 'Opening check-in.', '开场小问答。'),
        round(
          'build-together',
          { design: 'house', turnMode: 'turns' },
          'Our offline day: every piece is something we can do without screens.',
          '我们的无屏日：每一块都代表一件不用屏幕也能做的事。',
        ),
        round(
          'spotlight',
          { deck: 'who-helps', allowAnotherCard: true, turnSeconds: 60 },
          'My plan for this week and who can help me keep it.',
          '我这一周的计划，以及谁能帮我坚持。',
        ),
      ],
    },
    {
      title: text('Trying it out', '尝试行动'),
      goal: text('Children share how the plan went and encourage each other.', '孩子们分享计划执行得怎么样，并互相鼓励。'),
      rounds: [
        round('checkin', { instrument: 'circletime-daily', readAloud: 'tap' }, 'Opening check-in.', '开场小问答。'),
        round(
          'pass-star',
          { firstHolder: 'random', everyoneOnce: true, prompt: 'say-like' },
          'One offline thing I did this week. Every attempt counts.',
          '这一周我做的一件不用屏幕的事。每一次尝试都算数。',
        ),
        round(
          'strength-garden',
          {},
          'Give friends the strengths you saw in them this week (e.g. hard-working, brave).',
          '把这一周你在朋友身上看到的优点送给他们（比如努力、勇敢）。',
        ),
      ],
    },
    {
      title: text('Closing evaluation', '总结评估'),
      goal: text('Children look back, celebrate, and the post-test is done.', '孩子们回顾与庆祝；完成后测。'),
      rounds: [
        round(
          'spotlight',
          { deck: 'good-at', allowAnotherCard: true, turnSeconds: 90 },
          'What changed for me, and what I want to keep.',
          '我有什么变化，我想保持什么。',
        ),
        round('build-together', { design: 'bridge', turnMode: 'free' }, 'A bridge to the weeks ahead.', '通向以后日子的桥。'),
        round(
          'checkin',
          { instrument: 'circletime-screen-time', readAloud: 'auto' },
          'Post-test, the same "my screen time" check-in as in session 1. No right answers; "not today" is fine.',
          '后测，与第一节相同的“我的屏幕时间”小问答。答案没有对错，说“今天不想”也可以。',
        ),
      ],
    },
  ],
};
