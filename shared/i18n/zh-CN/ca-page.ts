// /ca 页面的中文：每台平板安装一次这台电脑的证书（电脑开启 HTTPS 时）。
import type { CoreDict } from '../types';

export const caPage: CoreDict['caPage'] = {
  title: '让平板信任这台电脑',
  why: '每台平板只需做一次。之后电脑暂时不在时刷新页面，页面会安静等待，并自动回来。',
  download: '下载证书',
  devices: { android: '安卓', ipad: 'iPad', chromebook: 'Chromebook' },
  steps: {
    android: ['点“下载证书”。', '设置 → 安全 → 加密与凭据 → 安装证书 → CA 证书。', '选择 circletime-local-ca.crt，再点“安装”。'],
    ipad: [
      '用 Safari 点“下载证书”，再点“允许”。',
      '设置 → 通用 → VPN与设备管理 → Circletime local CA → 安装。',
      '设置 → 通用 → 关于本机 → 证书信任设置 → 打开 Circletime local CA。',
    ],
    chromebook: ['点“下载证书”。', '打开 chrome://settings/certificates → 授权机构 → 导入，选择这个文件。', '勾选“信任该证书，以标识网站” → 确定。'],
  },
  androidNote: '不同品牌的菜单名称略有不同。',
  thenOpen: '然后打开',
  fingerprint: '指纹（SHA-256），应与电脑屏幕上显示的一致：',
};
