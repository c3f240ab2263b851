// 简体中文：孩子平板页面的文字（简短、友好，按原文朗读）。
import type { Dict } from '../types';

export const tabletPage: Dict['tabletPage'] = {
  title: '童心圈',
  readAloud: '读给我听',
  changeLanguage: '语言',
  connecting: '正在准备…',
  keypad: {
    prompt: '按一按大屏幕上的数字',
    delete: '删除',
    go: '出发',
    checking: '正在找…',
  },
  join: {
    unknown: '我们再看看大屏幕上的数字吧',
    rateLimited: '我们休息一分钟，再试一次吧',
    offline: '等一会儿我们再试一次吧',
  },
  choose: {
    prompt: '哪一个是你？',
    taken: '这个已经有人选啦，找找你自己的吧！',
    again: '我们再选一次吧',
    empty: '老师正在准备',
  },
  waiting: {
    message: '等老师来跟你打招呼…',
    notYou: '不是你？点一点你自己的图片',
  },
  seated: {
    hello: '你好，{name}！',
    wave: '挥挥手',
    waveSent: '大家都看到你在挥手啦！',
    cheer: '好热闹呀！',
    notMe: '不是我？',
    confirmQuestion: '这是你吗？',
    confirmYes: '是的，是我！',
    confirmNo: '不是，重新选',
  },
  reactions: {
    clap: '拍拍手',
    heart: '喜欢',
    star: '超棒',
    'me-too': '我也是',
    'thumbs-up': '真棒',
  },
  eyes: {
    message: '眼睛看老师',
  },
  round: {
    paused: '休息一下',
    pausedMore: '等一下我们再接着玩',
  },
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
    maybeNext: '说不定下一个就是你！',
  },
  ended: {
    message: '谢谢你！下次见',
    newCode: '新的数字',
  },
};
