// 简体中文：回顾页面的文字。
import type { Dict } from '../types';

export const reviewPage: Dict['reviewPage'] = {
  title: '回顾',
  comingSoon: '活动记录、回放、参与趋势、前后测统计和可打印的报告将在这里显示。在此之前，可以在控制台的小组页面查看每个小组以往的活动。',
  toConsole: '前往控制台',
};
