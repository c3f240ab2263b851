// Template: Self-confidence (five themed sessions, RSES before and after), from the migrant-children practice report.
import { round, text, type ProgrammeTemplate } from '../template';

export const selfConfidence: ProgrammeTemplate = {
  id: 'self-confidence',
  title: text('Self-confidence', '自信心成长'),
  summary: text(
    'Five sessions for children new to the city: getting to know each other, finding strengths, trying things, presenting oneself and breaking through. Rosenberg scale in the first and last session.',
    '为刚来到城市的孩子设计的五节小组：相互认识、寻找优势、尝试挑战、展示自我、突破自我。第一节和最后一节做罗森伯格自尊量表。',
  ),
  basis: text(
    'Built from a community practice with migrant children (knowing each other; looking for my excellent self; small body, infinite possibilities; self-presentation; breaking through), evaluated with the RSES before and after.',
    '依据一项流动儿童社区小组实务（相互认识；寻找优秀的自己；小身体，大能量；展示自我；突破自我），以罗森伯格自尊量表做前后测。',
  ),
  sessions: [
    {
      title: text('Knowing each other', '相互认识'),
      goal: text(
        'Everyone says their name and is greeted; group rules are agreed; the pre-test is done.',
        '每个人说出自己的名字并被大家问候；一起约定小组规则；完成前测。',
      ),
      rounds: [
        round(
          'checkin',
          { instrument: 'rses', readAloud: 'auto' },
          'Pre-test. Explain there are no right answers and that "not today" is fine. Read each sentence aloud if children read slowly.',
          '前测。说明答案没有对错，说“今天不想”也可以。孩子读得慢时把每一句读出来。',
        ),
        round(
          'pass-star',
          { firstHolder: 'facilitator', everyoneOnce: true, prompt: 'say-name' },
          'Name round: the holder says their name, everyone answers "Hello, …!". Start with a confident child.',
          '名字接龙：拿到星星的孩子说自己的名字，大家一起说“你好，……！”。先交给一个比较自信的孩子。',
        ),
        round(
          'pass-star',
          { firstHolder: 'random', everyoneOnce: true, prompt: 'say-like' },
          'Say one thing you like. Afterwards agree three group rules together (listen, take turns, passing is OK).',
          '说一件你喜欢的事。之后一起约定三条小组规则（倾听、轮流、可以说“过”）。',
        ),
        round('checkin', { instrument: 'circletime-daily', readAloud: 'tap' }, 'Closing check-in: how was today?', '结束小问答：今天过得怎么样？'),
      ],
    },
    {
      title: text('Looking for my excellent self', '寻找优秀的自己'),
      goal: text('Each child names strengths of their own and hears strengths from peers.', '每个孩子说出自己的优点，也听到同伴眼中的优点。'),
      rounds: [
        round('checkin', { instrument: 'circletime-daily', readAloud: 'tap' }, 'Opening check-in.', '开场小问答。'),
        round(
          'strength-garden',
          {},
          'Phase 1: pick up to three strengths about yourself. Phase 2: give cards to friends. Watch the console for children who have received none and nudge gently.',
          '第一步：给自己选最多三个优点。第二步：把优点卡送给同伴。留意控制台上还没收到卡片的孩子，温和地提醒大家。',
        ),
        round(
          'spotlight',
          { deck: 'good-at', allowAnotherCard: true, turnSeconds: 60 },
          'Each child may tell the group about one strength card they received. Passing is fine.',
          '每个孩子可以向大家讲讲收到的一张优点卡。说“过”也可以。',
        ),
      ],
    },
    {
      title: text('Small body, infinite possibilities', '小身体，大能量'),
      goal: text('Children experience that each of them is needed to finish something together.', '孩子们体验到：完成一件事，每个人都不可少。'),
      rounds: [
        round('checkin', { instrument: 'circletime-daily', readAloud: 'tap' }, 'Opening check-in.', '开场小问答。'),
        round(
          'build-together',
          { design: 'rocket', turnMode: 'free' },
          'Warm-up in free mode. Point out that the rocket needs every piece: nobody can finish it alone.',
          '自由模式热身。指出火箭需要每一块：谁也不能一个人完成。',
        ),
        round(
          'build-together',
          { design: 'bridge', turnMode: 'turns' },
          'Taking turns: wait for your turn, cheer for the builder, help when asked.',
          '轮流模式：等待自己的回合，为正在搭建的同伴加油，有人求助时去帮忙。',
        ),
        round(
          'pass-star',
          { firstHolder: 'random', everyoneOnce: true, prompt: 'say-thrower' },
          'Thank the one who threw you the star by name.',
          '叫出把星星传给你的人的名字，并谢谢他/她。',
        ),
      ],
    },
    {
      title: text('Self-presentation', '展示自我'),
      goal: text(
        'Every child takes a turn in the spotlight, in their own way and at their own length.',
        '每个孩子都用自己的方式、自己的节奏，站到聚光灯下一次。',
      ),
      rounds: [
        round('checkin', { instrument: 'circletime-daily', readAloud: 'tap' }, 'Opening check-in.', '开场小问答。'),
        round(
          'spotlight',
          { deck: 'good-at', allowAnotherCard: true, turnSeconds: 90 },
          'Let the fair scheduler pick; offer quiet children a card they can answer in one sentence. Award "brave" generously.',
          '让公平排序来选人；给安静的孩子一张一句话就能回答的卡片。多多颁发“勇敢”徽章。',
        ),
        round(
          'spotlight',
          { deck: 'new-city', allowAnotherCard: true, turnSeconds: 90 },
          'My new city: a place I like, a person who helps me.',
          '我的新城市：我喜欢的地方，帮助我的人。',
        ),
      ],
    },
    {
      title: text('Breaking through', '突破自我'),
      goal: text('Children look back on what they dared, celebrate each other, and the post-test is done.', '孩子们回顾自己敢做的事，互相庆祝；完成后测。'),
      rounds: [
        round(
          'spotlight',
          { deck: 'good-at', allowAnotherCard: true, turnSeconds: 90 },
          'Something I dared to do in this group.',
          '在这个小组里我敢做的一件事。',
        ),
        round('strength-garden', {}, 'Farewell garden: give each friend a strength card to take home.', '告别花园：送给每位朋友一张优点卡带回家。'),
        round(
          'checkin',
          { instrument: 'rses', readAloud: 'auto' },
          'Post-test, the same scale as in session 1. No right answers; "not today" is fine.',
          '后测，与第一节相同的量表。答案没有对错，说“今天不想”也可以。',
        ),
      ],
    },
  ],
};
