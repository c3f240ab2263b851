// 简体中文：孩子平板页面的文字（简短、友好，按原文朗读）。
import type { CoreDict } from '../types';

export const tabletPage: CoreDict['tabletPage'] = {
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
  backToKeypad: '回去输数字',
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
  ended: {
    message: '谢谢你！下次见',
    newCode: '新的数字',
  },
};
