// 简体中文：共享大屏幕（投影仪 / 电视）页面的文字。
import type { CoreDict } from '../types';

export const screenPage: CoreDict['screenPage'] = {
  title: '童心圈 — 大屏幕',
  connecting: '正在连接…',
  joinTitle: '用平板加入',
  joinSteps: '输入下面的数字，再点一点你的小动物',
  whoIsHere: '我们的小圈子',
  waitingForFriends: '小伙伴加入后会出现在这里',
  hello: '你好，{name}！',
  eyesTitle: '请看我',
  eyesSubtitle: '请看向你们的老师',
  endedTitle: '谢谢大家！',
  endedSubtitle: '下次再见',
  newCode: '输入新的数字码',
  joinChip: '加入：{code}',
  paused: '暂停一下',
  pausedSubtitle: '我们休息一会儿吧',
  form: {
    title: '输入活动数字码',
    hint: '数字码显示在带领者的控制台上。',
    label: '活动数字码',
    submit: '打开大屏幕',
    working: '正在确认…',
    invalid: '数字码是 4 到 6 位数字。',
    endedBefore: '那次活动已经结束了。请输入今天活动的数字码。',
  },
  mirror: {
    region: '大屏幕上显示的内容',
    seated: '已到',
    notSeated: '还没到',
    resting: '休息中',
    round: '第 {number} 轮：{activity}',
    timer: '正在显示本轮计时',
  },
};
