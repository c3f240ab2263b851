// 简体中文：回顾的 replay 视图的文字。
import type { Dict } from '../types';

export const reviewReplay: Dict['reviewReplay'] = {
  title: 'replay',
};
