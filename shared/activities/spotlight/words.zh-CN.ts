// 简体中文：聚光灯的文字，按词典分区；须与英文结构一致（类型检查）。
import type { Widen } from '../../i18n/types';
import type * as en from './words.en';

export const common: Widen<typeof en.common> = {
  errors: {
    'spotlight.not_presenter': '现在轮到别的小朋友。',
    'spotlight.busy': '有小朋友正在台上，请先结束这一轮。',
    'spotlight.no_turn': '现在台上没有人。',
    'spotlight.nobody': '没有可以上台的小朋友。',
    'spotlight.not_started': '这一轮还没有开始。',
    'spotlight.no_more_cards': '这副卡片已经用完了。',
  },
};
export const consolePage: Widen<typeof en.consolePage> = {
  metrics: {
    quiet: {
      invite: { spotlight: '邀请下一个', invited: '已邀请 ✓', 'on-stage': '正在台上' },
      inviteTitle: { spotlight: '请{name}下一个上“聚光灯”' },
    },
  },
  spotlight: {
    phases: { idle: '台上没有人', offered: '正在准备', presenting: '正在展示' },
    waitingReady: '等待平板上点“我准备好了”。',
    next: '下一位：{name}',
    nextHint: '公平推荐——本小组各次活动中轮到最少的优先',
    orChoose: '或者选择',
    afterThis: '这一位之后',
    counts: '展示 {p} 次 · 跳过 {s} 次',
    badges: '勇敢 {n}',
    picture: '图片：{name}',
    elapsed: '{time}（参考 {guide}）',
    over: '已超过参考时长——只是提示，不用着急。',
    skip: '跳过',
    endTurn: '结束这一位',
    extend: '+30 秒',
    badge: '勇敢徽章',
    badgeGiven: '勇敢徽章 ✓',
    nobodyHere: '还没有小朋友连上。',
  },
  roundSettings: {
    summary: { anotherCard: '可换卡片', guide: '参考 {n} 秒' },
    deck: '卡片主题',
    anotherCard: '孩子可以换一张卡片',
    turnSeconds: '每人参考时长',
    secondsUnit: '秒',
    turnHint: '只有你能看到——孩子们看不到倒计时。',
  },
  rounds: {
    activities: {
      spotlight: '聚光灯',
    },
    activityHints: {
      spotlight: '自我展示，一次一位小朋友',
    },
  },
};
export const screenPage: Widen<typeof en.screenPage> = {
  spotlight: {
    getReady: '准备一下…',
    takeYourTime: '慢慢来，不着急',
    whoIsNext: '下一位是谁呢？',
    thanks: '谢谢你，{name}！',
  },
  mirror: {
    onStage: '台上：{name}',
    nobodyOnStage: '台上还没有人',
    audience: '观众',
  },
  activityNames: {
    spotlight: '聚光灯',
  },
};
export const tabletPage: Widen<typeof en.tabletPage> = {
  spotlight: {
    yourTurn: '轮到你啦！',
    readCard: '你的卡片',
    ready: '我准备好了',
    anotherCard: '换一张卡片',
    pass: '下次吧',
    passOk: '没关系！你可以等一会儿再来',
    listening: '大家都在听你说',
    done: '我说完了',
    thanks: '谢谢你的分享！',
    offered: '轮到{name}啦',
    sharing: '{name}正在分享',
    whoNext: '下一个是谁呢？',
    cheerHint: '给{name}加加油吧！',
    badge: '你得到了一枚勇敢徽章！',
  },
};
export const reviewReplay: Widen<typeof en.reviewReplay> = {
  events: {
    spotOffered: '邀请{name}上台：“{card}”',
    spotCard: '{name}换了一张卡：“{card}”',
    spotStarted: '{name}开始分享',
    spotPassed: '{name}这次选择跳过',
    spotSkipped: '带领者让{name}这次跳过',
    spotEnded: '{name}分享了 {time}',
    spotInvited: '带领者邀请{name}下一个上台',
    spotBadge: '{name}得到一枚勇敢徽章',
    spotExtended: '{name}多得了 {s} 秒',
  },
  turns: {
    spotlightOffered: '邀请{name}上台',
    spotlightPresenting: '{name}正在分享',
    spotlightIdle: '台上没有人',
  },
};
export const records: Widen<typeof en.records> = {
  roundSpotlight: '{presented} 人做了展示，{passed} 人选择了“过”。',
};

/** Every section, as the registry holds them (a page that needs one section imports it alone). */
export const words: Widen<typeof en.words> = { common, consolePage, screenPage, tabletPage, reviewReplay, records };
