// 简体中文：回顾的 prepost 视图的文字。
import type { Dict } from '../types';

export const reviewPrePost: Dict['reviewPrePost'] = {
  title: 'prepost',
};
