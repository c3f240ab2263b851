// 简体中文：回顾页面框架的文字（顶栏、小组列表、标签页、导出、加载与拒绝）。
import type { CoreDict } from '../types';

export const reviewPage: CoreDict['reviewPage'] = {
  title: '回顾',
  loading: '正在加载…',
  erasedChild: '已删除的儿童',
  toConsole: '控制台',
  nav: { groups: '小组' },
  groups: {
    title: '你可以回顾的小组',
    intro: '查看你被授权的小组的以往活动、整个方案中的参与情况、小问答结果和报告。',
    none: '还没有小组。管理员或小组的带领者可以授权你查看小组。',
    sessions: '{n} 次活动',
    noSessions: '还没有活动',
    children: '{n} 名儿童',
    lastSession: '最近一次活动 {date}',
    access: { admin: '管理员', facilitator: '带领者', reviewer: '回顾者' },
  },
  tabs: { overview: '概览', replay: '活动与回放', prepost: '前后测', report: '报告', exports: '导出', records: '过程记录' },
  backToGroups: '← 全部小组',
  notFound: '这个小组不存在，或者你没有被授权查看它。',
  failed: '无法加载回顾：{message}',
  retry: '重试',
  exports: {
    title: '研究数据导出',
    intro:
      '可用 Excel 或 SPSS 打开的 CSV 文件（UTF-8 带 BOM，逗号分隔），以及带变量标签和值标签读取它们的 SPSS 语法文件。儿童只以匿名代码出现。没有监护人研究同意的儿童不会出现在任何文件中；只有当某个事件同时涉及一名已同意的儿童时，事件日志里会把未同意的儿童记为 OTHER。工作人员的备注默认不导出，除非你在下方勾选。每次下载都会以你的名字记入审计日志。',
    left: '{total} 名儿童中有 {n} 名获得研究同意，包含在导出文件中。',
    leftOutNames: '未包含（没有研究同意）：{names}',
    measures: '每名儿童每次活动的参与情况',
    checkins: '小问答答案：{name}',
    events: '事件日志（儿童以代码表示；没有研究同意的儿童记为 OTHER）',
    freeText: '包含工作人员的备注（观察备注、计划备注、每节的标题和目标）',
    freeTextWarning:
      '工作人员的备注里可能写有儿童的名字。这个小组用过的每个昵称都会换成该儿童的代码，没有研究同意的儿童换成 OTHER；但小组里从未登记过的名字（真实姓名、其他写法）无法识别。分享文件之前，请先通读这些备注。',
    csv: 'CSV',
    sps: 'SPSS 语法',
    howTo: '在 SPSS 中：把 CSV 和语法文件放在同一个文件夹，打开语法文件并运行（运行 → 全部）。',
  },
};
