// 简体中文：console 页面的文字。
import type { Dict } from '../types';

export const consolePage: Dict['consolePage'] = {
  title: 'console',
};
