// 简体中文：review 页面的文字。
import type { Dict } from '../types';

export const reviewPage: Dict['reviewPage'] = {
  title: 'review',
};
