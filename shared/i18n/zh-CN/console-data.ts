// 简体中文：控制台的儿童数据管理：监护人同意、删除某个孩子的数据、保存期限。
import type { CoreDict } from '../types';

export const consoleData: Pick<CoreDict['consolePage'], 'dataControls'> = {
  dataControls: {
    participation: '参加活动',
    research: '研究导出',
    consentLabel: '监护人同意：',
    consentHint: '只勾选家长或监护人已经同意的项目。没有研究同意的孩子不会出现在任何导出文件中。',
    saving: '正在保存…',
    saved: '已保存',
    notSaved: '未保存，请重试',
    erase: '删除这个孩子的数据',
    eraseConfirm:
      '要删除{name}的全部数据吗？昵称和编号将被永久删除。在以往的每次活动中，这个孩子会变成没有名字的“已删除的孩子”，所以小组的总数保持不变。此操作无法撤销。',
    eraseOk: '永久删除',
    erasedChild: '已删除的孩子',
    erasedHint: '应监护人要求已删除',
    former: '已不在小组中',
    removed: '已移除',
    retentionTitle: '数据保存多久',
    retentionIntro: '这一天结束后，服务器会永久删除整个小组：活动记录、事件、名单和小问答的回答。只保留一条“已删除”的记录。',
    retentionDate: '在此日期后删除',
    retentionSave: '保存日期',
    retentionClear: '取消日期',
    retentionNone: '未设删除日期：数据会一直保存，直到设定日期。',
    retentionSet: '保存到 {date} 结束，之后删除。',
    retentionAdminOnly: '只有管理员可以更改这个日期。',
    retentionPast: '这一天已经过去。小组及其全部数据将在服务器下一次检查时（一小时内）被删除。要继续吗？',
    retentionPastOk: '尽快删除',
    retentionPick: '请先选择日期。',
  },
};
