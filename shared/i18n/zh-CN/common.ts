// 简体中文：各页面共用的文字（须与英文词典结构一致）。
import type { Dict } from '../types';

export const common: Dict['common'] = {
  appName: '童心圈',
  language: '语言',
  languageNames: { en: 'English', 'zh-CN': '中文' },
  reconnecting: '正在重新连接…',
  connected: '已连接',
  errors: {
    'protocol.version': '页面版本过旧，请刷新。',
    'protocol.invalid': '无法识别这条消息。',
    'rate.limited': '消息太多了，请慢一点。',
    'auth.required': '请先登录。',
    'auth.denied': '没有权限进行此操作。',
    'join.code_unknown': '没有使用这个号码的活动。',
    'join.rate_limited': '尝试次数太多，请稍等一分钟。',
    'session.ended': '本次活动已经结束。',
    'session.unknown': '找不到这次活动。',
    'role.denied': '没有权限进行此操作。',
    'seat.taken': '这个座位已经有人了。',
    'seat.unknown_child': '名单上没有这个孩子。',
    'seat.not_requested': '没有人在等这个座位。',
    'seat.not_seated': '这个座位是空的。',
    'seat.already_yours': '这已经是你的座位了。',
    'seat.same': '请选择另一个座位。',
    'reaction.too_fast': '好热闹！请稍等一下。',
    'server.error': '服务器出了点问题。',
  },
};
