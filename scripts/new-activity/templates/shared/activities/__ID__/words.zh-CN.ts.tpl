// __NAME_EN__'s words in Chinese, typed against the English ones (same keys, every word translated).
import type { Widen } from '../../i18n/types';
import type * as en from './words.en';

export const common: Widen<typeof en.common> = {
  errors: {
    '__ID__.not_in_round': '只有在场的小朋友才能选天气。',
    '__ID__.same_answer': '你已经选了这个。',
  },
};
export const consolePage: Widen<typeof en.consolePage> = {
  __camel__: {
    answered: '已选好',
    notNow: '现在不想选',
    waiting: '还没选',
    nobody: '没有人',
    private: '只有小朋友自己看得到自己选的天气；大屏幕上的天空不显示名字。',
  },
  rounds: {
    activities: {
      '__ID__': '__NAME_ZH__',
    },
    activityHints: {
      '__ID__': '每个小朋友选一张天气图画，说说自己的心情',
    },
  },
};
export const screenPage: Widen<typeof en.screenPage> = {
  __camel__: {
    title: '我们今天的天空',
    waiting: '天空在等大家的天气……',
    sky: '我们天空里的天气：{weathers}',
    listJoin: '、',
  },
  activityNames: {
    '__ID__': '__NAME_ZH__',
  },
};
export const tabletPage: Widen<typeof en.tabletPage> = {
  __camel__: {
    question: '你今天的心情是什么天气？',
    listen: '听一听这些图画',
    notNow: '现在不想选',
    changeAnyTime: '随时都可以换一个。',
    thanks: '谢谢你！你的天气已经在我们的天空里了。',
    passed: '没关系，等一下再选也可以。',
    weathers: {
      sunny: '晴天',
      'sun-cloud': '晴转多云',
      cloudy: '多云',
      rainy: '下雨',
      stormy: '打雷下雨',
    },
  },
};
export const reviewReplay: Widen<typeof en.reviewReplay> = {
  events: {
    __camel__Picked: '{name}选好了天气',
    __camel__Changed: '{name}换了一个天气',
    __camel__NotNow: '{name}说“现在不想选”',
  },
  turns: {
    __camel__Sky: '大家一起画天空',
  },
};
export const records: Widen<typeof en.records> = {
  round__Camel__: '在场 {present} 人中 {n} 人选了天气图画。',
};

/** Every section, as the registry holds them (a page that needs one section imports it alone). */
export const words: Widen<typeof en.words> = { common, consolePage, screenPage, tabletPage, reviewReplay, records };
