// 简体中文：回顾的 report 视图的文字。
import type { Dict } from '../types';

export const reviewReport: Dict['reviewReport'] = {
  title: 'report',
};
