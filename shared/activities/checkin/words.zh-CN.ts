// 简体中文：小问答的文字，按词典分区；须与英文结构一致（类型检查）。
import type { Widen } from '../../i18n/types';
import type * as en from './words.en';

export const common: Widen<typeof en.common> = {
  errors: {
    'checkin.unknown_instrument': '服务器上没有这个问答（见“问卷”）。',
    'checkin.not_now': '问答的这一步不能这样做。',
    'checkin.stale_item': '这个问题已经回答过了。',
    'checkin.bad_option': '这个答案不在选项里。',
  },
};
export const consolePage: Widen<typeof en.consolePage> = {
  checkin: {
    instrument: '问题',
    dailyTitle: '每日小问答',
    loading: '正在加载问卷…',
    loadFailed: '无法加载问卷：{error}',
    choice: '{title} — {variant}',
    choiceWithId: '{title} — {variant} · {id}',
    variant: '{answers}（{ages}）',
    questions: '{n} 道题',
    ownInstrument: '问卷',
    gets: '本小组（{band}）使用 {id} v{version}：{questions}，{answers}，适合{ages}。',
    dailyHint: '简短、有图，每次活动都可以用。',
    scaleHint: '这是量表：在第一次活动前和最后一次活动后使用。',
    about: '查看所有题目和出处',
    readAloud: '朗读',
    readAloudModes: { tap: '孩子点喇叭时朗读', auto: '每道题自动朗读（也可以点喇叭）' },
    readAloudHint: '平板会用孩子的语言朗读（如果有该语音）；没有声音也能作答。',
    summary: { tap: '点喇叭朗读', auto: '自动朗读' },
    version: '版本 {version}',
    validationIn: '{language}：{status}',
    counts: '完成 {finished} · 不想答 {declined} · 在场 {present} 人',
    status: { 'not-started': '还没开始', answering: '正在作答', finished: '完成了', partial: '中途停止', declined: '今天不想答', 'no-answer': '没有开始' },
    progress: '{n} / {total}',
    notHere: '不在场',
    private: '答案是保密的：这里、大屏幕和其他平板都看不到。',
    endsItself: '在场的每个人都完成或选择“今天不想答”后，这一轮会自动结束。',
    nobodyHere: '还没有小朋友连上。',
  },
  rounds: {
    activities: {
      checkin: '小问答',
    },
    activityHints: {
      checkin: '用表情回答的私密小问题：每日小问答或量表',
    },
  },
};
export const screenPage: Widen<typeof en.screenPage> = {
  checkin: {
    finished: '{of} 位小伙伴中，{done} 位已完成',
    hint: '在平板上回答吧——答案没有对错',
    everyone: '大家都完成啦！',
    thanks: '谢谢大家！',
    garden: '花园里：{done} 朵花开了，{waiting} 个还是花苞',
  },
  activityNames: {
    checkin: '小问答',
  },
};
export const tabletPage: Widen<typeof en.tabletPage> = {
  checkin: {
    assent: '今天你想回答几个关于你自己的小问题吗？',
    yes: '好呀！',
    notToday: '今天不了',
    listen: '听一听',
    back: '上一题',
    skip: '跳过这题',
    progress: '第{n}题，共{count}题',
    lastOne: '最后一题啦！',
    thanks: '谢谢你告诉我们关于你的事！',
    thanksMore: '我们等一等其他小伙伴吧',
    declined: '没关系！',
    declinedMore: '你可以休息一下',
  },
};
export const reviewReplay: Widen<typeof en.reviewReplay> = {
  events: {
    checkinFinished: '{name}完成了小问答',
    checkinDeclined: '{name}说“今天不想答”',
    checkinPartial: '{name}答到一半停下了',
    checkinNoAnswer: '{name}没有开始小问答',
  },
  turns: {
    checkin: '{of} 人中已有 {done} 人完成小问答',
  },
};
export const records: Widen<typeof en.records> = {
  roundCheckin: '在场 {present} 人中有 {finished} 人完成了小问答；{declined} 人选择不答。',
};

/** Every section, as the registry holds them (a page that needs one section imports it alone). */
export const words: Widen<typeof en.words> = { common, consolePage, screenPage, tabletPage, reviewReplay, records };
