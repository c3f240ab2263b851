// 简体中文：回顾的 overview 视图的文字。
import type { Dict } from '../types';

export const reviewOverview: Dict['reviewOverview'] = {
  title: 'overview',
};
