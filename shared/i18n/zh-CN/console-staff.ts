// 简体中文：控制台“工作人员与权限”页面的文字。
import type { Dict } from '../types';

export const consoleStaff: Dict['consoleStaff'] = {
  nav: '工作人员',
  title: '工作人员与权限',
  intro: '所有登录童心圈的人，以及每位同事可以带领或查看哪些小组。只有管理员可以修改；每次修改都会记入审计日志。',
  accounts: '账号',
  roles: {
    admin: '管理员——所有小组、账号、权限和数据保存期限',
    facilitator: '带领者——带领被分配的小组（也可以回顾）',
    reviewer: '回顾者——查看被分配的小组（回顾、报告、导出），不能带领活动',
  },
  roleShort: { admin: '管理员', facilitator: '带领者', reviewer: '回顾者' },
  you: '（你）',
  newAccount: '新建账号',
  username: '用户名',
  displayName: '同事看到的名字',
  password: '密码（至少 8 个字符）',
  role: '角色',
  create: '创建账号',
  created: '已为 {name} 创建账号。',
  access: '小组权限',
  accessIntro: '管理员可以看到所有小组。其他人需要逐个小组选择：无权限、带领者（带领活动）或回顾者（只查看）。回顾者账号始终只能查看。',
  accessNone: '无权限',
  accessFacilitator: '带领者',
  accessReviewer: '回顾者',
  noGroups: '还没有小组。',
  noColleagues: '请先添加带领者或回顾者账号。',
  saved: '已保存',
  adminsOnly: '只有管理员可以管理账号和权限。',
};
