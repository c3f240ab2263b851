// Template: Getting along with others (six sessions), from the practice with children of families in distress.
import { round, text, type ProgrammeTemplate } from '../template';

export const gettingAlong: ProgrammeTemplate = {
  id: 'getting-along',
  title: text('Getting along with others', '与人相处'),
  summary: text(
    'Six sessions on emotional control, speaking with peers and understanding others, for children who find friendships hard.',
    '六节小组，围绕情绪控制、与同伴说话、理解他人，适合在交朋友上有困难的孩子。',
  ),
  basis: text(
    'Built from a village practice with children from families in distress (six group sessions on emotional control, interpersonal language and interpersonal understanding, after social learning and social support theory).',
    '依据一项农村困境家庭儿童小组实务（六节小组活动，围绕情绪控制、人际语言沟通和人际认知，基于社会学习理论和社会支持理论）。',
  ),
  sessions: [
    {
      title: text('Hello, friends', '你好，朋友'),
      goal: text("Children learn each other's names and agree how the group works.", '孩子们认识彼此的名字，约定小组怎样进行。'),
      rounds: [
        round(
          'pass-star',
          { firstHolder: 'facilitator', everyoneOnce: true, prompt: 'say-name' },
          'Name round, then agree rules: one speaks at a time, we listen, passing is OK.',
          '名字接龙，然后约定规则：一次一人说话，大家倾听，可以说“过”。',
        ),
        round(
          'pass-star',
          { firstHolder: 'random', everyoneOnce: true, prompt: 'say-like' },
          'Say one thing you like to do with a friend.',
          '说一件你喜欢和朋友一起做的事。',
        ),
        round(
          'checkin',
          { instrument: 'circletime-getting-along', readAloud: 'auto' },
          'Pre-test: the "getting along" check-in (Circletime\'s own, not a validated scale). No right answers; "not today" is fine.',
          '前测：“和小伙伴相处”小问答（童心圈自编，不是经过验证的量表）。答案没有对错，说“今天不想”也可以。',
        ),
      ],
    },
    {
      title: text('My feelings', '我的情绪'),
      goal: text('Children name feelings and notice what helps when they are upset.', '孩子们说出各种情绪，发现难过或生气时什么能帮到自己。'),
      rounds: [
        round('checkin', { instrument: 'circletime-daily', readAloud: 'tap' }, 'Opening check-in.', '开场小问答。'),
        round(
          'spotlight',
          { deck: 'who-helps', allowAnotherCard: true, turnSeconds: 60 },
          'Talking point: "When I am angry or sad, … helps me." Model it yourself first.',
          '讨论点：“当我生气或难过时，……能帮到我。”先由你自己示范。',
        ),
        round(
          'build-together',
          { design: 'house', turnMode: 'turns' },
          "Waiting for one's turn is practice in calming down. Praise patient waiting out loud.",
          '等待自己的回合就是练习平静。大声表扬耐心等待的孩子。',
        ),
      ],
    },
    {
      title: text('Calm together', '一起冷静'),
      goal: text('Children practise waiting, asking for help and helping without taking over.', '孩子们练习等待、求助，以及帮助别人而不替别人做。'),
      rounds: [
        round('checkin', { instrument: 'circletime-daily', readAloud: 'tap' }, 'Opening check-in.', '开场小问答。'),
        round(
          'build-together',
          { design: 'tree', turnMode: 'turns' },
          'Encourage "ask for help" and "help": the helper shows, the owner places.',
          '鼓励“求助”和“帮忙”：帮忙的人指出位置，由拿着拼块的人自己放。',
        ),
        round(
          'pass-star',
          { firstHolder: 'random', everyoneOnce: true, prompt: 'say-thrower' },
          'Thank the one who threw you the star.',
          '谢谢把星星传给你的人。',
        ),
      ],
    },
    {
      title: text('Speaking with peers', '和同伴说话'),
      goal: text('Each child speaks to the group and is listened to.', '每个孩子都对大家说话，并被认真倾听。'),
      rounds: [
        round('checkin', { instrument: 'circletime-daily', readAloud: 'tap' }, 'Opening check-in.', '开场小问答。'),
        round(
          'spotlight',
          { deck: 'good-at', allowAnotherCard: true, turnSeconds: 60 },
          'Listeners send reactions; after each turn ask one listener to repeat one thing they heard.',
          '听的人发送表情；每轮结束请一位听众复述听到的一件事。',
        ),
        round(
          'pass-star',
          { firstHolder: 'random', everyoneOnce: true, prompt: 'say-like' },
          'Say one thing you like about the person you pass to.',
          '说一件你欣赏接到星星的人的事。',
        ),
      ],
    },
    {
      title: text('Understanding others', '理解他人'),
      goal: text('Children notice strengths in others and tell them.', '孩子们发现别人的优点，并告诉对方。'),
      rounds: [
        round('checkin', { instrument: 'circletime-daily', readAloud: 'tap' }, 'Opening check-in.', '开场小问答。'),
        round(
          'strength-garden',
          {},
          'Phase 2 matters most today: every child gives and receives. Nudge for children with no flower yet.',
          '今天第二步最重要：每个孩子都要送出和收到。给还没有花的孩子轻轻提醒大家。',
        ),
        round(
          'spotlight',
          { deck: 'who-helps', allowAnotherCard: true, turnSeconds: 60 },
          'Someone who helped me, and how I could help someone.',
          '帮助过我的人，以及我可以怎样帮助别人。',
        ),
      ],
    },
    {
      title: text('Our circle', '我们的圈子'),
      goal: text('Children celebrate what they built together and say goodbye.', '孩子们庆祝一起完成的事，并互相道别。'),
      rounds: [
        round(
          'build-together',
          { design: 'bridge', turnMode: 'free' },
          'A bridge between all of us: everyone places a piece.',
          '连接我们所有人的桥：每个人都放一块。',
        ),
        round('strength-garden', {}, 'Farewell garden.', '告别花园。'),
        round(
          'checkin',
          { instrument: 'circletime-getting-along', readAloud: 'auto' },
          'Post-test, the same "getting along" check-in as in session 1; then look back together with the children.',
          '后测，与第一节相同的“和小伙伴相处”小问答；然后和孩子们一起回顾。',
        ),
      ],
    },
  ],
};
