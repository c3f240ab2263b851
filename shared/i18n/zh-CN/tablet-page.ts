// 简体中文：tablet 页面的文字。
import type { Dict } from '../types';

export const tabletPage: Dict['tabletPage'] = {
  title: 'tablet',
};
