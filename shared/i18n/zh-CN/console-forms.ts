// 简体中文：控制台表单：按服务器代码说明哪里没填好、头像重复、开始活动前的同意确认。
import type { CoreDict } from '../types';

export const consoleForms: Pick<CoreDict['consolePage'], 'forms'> = {
  forms: {
    fieldNames: {
      username: '用户名',
      displayName: '同事看到的名字',
      password: '密码',
      setupCode: '设置码',
      nickname: '昵称',
      avatar: '头像',
      name: '小组名称',
      retainUntil: '保存期限',
      body: '表单',
    },
    codes: {
      required: '{field}：请填写。',
      too_long: '{field}：最多 {max} 个字符。',
      too_short: '{field}：至少 {min} 个字符。',
      username_chars: '{field}：只能用字母、数字和 . _ -（不能有空格）。',
      date_format: '{field}：请在日历上选一天。',
      date_unknown: '{field}：日历上没有这一天。',
      invalid: '{field}：这个值不能用。',
    },
    notAccepted: '服务器没有接受这个表单，请检查后再试。',
    avatarTaken: '{name}已经用了这个小动物。请换一个，让每个小朋友都能认出自己的头像。',
    consentMissing:
      '以下小朋友还没有勾选“监护人同意参加”：{names}。如果监护人已经同意，请在本页勾选“参加活动”；如果是通过其他方式同意的，也可以仍然开始。“仍然开始”会记录在审计记录中。',
    consentStart: '仍然开始',
  },
};
