// 简体中文：传星星的文字，按词典分区；须与英文结构一致（类型检查）。
import type { Widen } from '../../i18n/types';
import type * as en from './words.en';

export const common: Widen<typeof en.common> = {
  errors: {
    'star.not_holder': '只有拿着星星的小朋友才能传出去。',
    'star.bad_target': '星星只能传给在场的另一位小朋友。',
    'star.already_had': '我们传给还没拿到过星星的小朋友吧。',
  },
};
export const consolePage: Widen<typeof en.consolePage> = {
  metrics: {
    quiet: {
      invite: { star: '把星星给TA', holder: '正拿着星星' },
      inviteTitle: { star: '现在把星星给{name}' },
    },
  },
  star: {
    holds: '星星在 {name} 手里',
    holdingFor: '已 {time}',
    nobody: '还没有人拿到星星。',
    giveFirst: '把星星交给一位小朋友来开始。',
    give: '把星星交给……',
    passes: '传递次数',
    hadIt: '拿到过',
    hadCount: '{n} / {total}',
    notYet: '还没拿到',
    allHad: '在场的每个人都拿到过星星了。',
    everyoneOnce: '每人一次',
    nobodyHere: '还没有小朋友连上。',
  },
  roundSettings: {
    summary: { everyoneOnce: '每人一次' },
    firstHolder: '谁先拿星星',
    firstHolders: { random: '随机一位小朋友', facilitator: '由我来给' },
    everyoneOnce: '每人一次（所有人都拿过后结束）',
    prompt: '接到星星的小朋友要做什么',
    prompts: { none: '不用说话', 'say-name': '说出自己的名字', 'say-like': '说一件喜欢的事', 'say-thrower': '说出是谁传给你的' },
  },
  rounds: {
    activities: {
      'pass-star': '传星星',
    },
    activityHints: {
      'pass-star': '破冰游戏：星星传一圈',
    },
  },
};
export const screenPage: Widen<typeof en.screenPage> = {
  passStar: {
    whoFirst: '谁先拿到星星呢？',
    waiting: '星星在等一等…',
    hasTheStar: '{name}拿到了星星！',
    prompts: {
      'say-name': '说说你的名字！',
      'say-like': '说一样你喜欢的东西！',
      'say-thrower': '说说是谁把星星传给你的！',
    },
    cameFrom: '星星是{name}传来的',
    everyone: '每个人都拿到星星啦！',
    everyoneSubtitle: '大家真棒！',
  },
  mirror: {
    holder: '拿着星星：{name}',
    noHolder: '还没有人拿到星星',
    passes: '最近的传递',
    pass: '{from} → {to}',
    hadStar: '拿过星星',
  },
  activityNames: {
    'pass-star': '传星星',
  },
};
export const tabletPage: Widen<typeof en.tabletPage> = {
  star: {
    youHave: '星星在你手里！',
    prompts: {
      'say-name': '说说你的名字！',
      'say-like': '说一样你喜欢的东西！',
      'say-thrower': '说说是谁把星星传给你的！',
    },
    tapFriend: '点一位朋友，把星星传过去',
    hadIt: '{name}已经拿过星星啦',
    waitFriends: '朋友们马上就来',
    holderHas: '星星在{name}手里',
    coming: '星星马上就来啦！',
    youHadIt: '你拿过星星啦！',
    everyone: '每个人都拿到星星啦！',
    maybeNext: '说不定下一个就是你！',
  },
};
export const reviewReplay: Widen<typeof en.reviewReplay> = {
  events: {
    starRandom: '星星随机传给了{name}',
    starGiven: '带领者把星星交给了{name}',
    starPassed: '{from}把星星传给了{to}',
  },
  turns: {
    starHolder: '星星在{name}手里',
    starNobody: '还没有人拿到星星',
  },
};
export const records: Widen<typeof en.records> = {
  roundPassStar: '在场 {present} 人中有 {n} 人拿到了星星；孩子之间传了 {passes} 次。',
};

/** Every section, as the registry holds them (a page that needs one section imports it alone). */
export const words: Widen<typeof en.words> = { common, consolePage, screenPage, tabletPage, reviewReplay, records };
