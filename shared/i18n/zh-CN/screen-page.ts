// 简体中文：screen 页面的文字。
import type { Dict } from '../types';

export const screenPage: Dict['screenPage'] = {
  title: 'screen',
};
