// Types for ECharts' Chinese locale module, which ships without its own declaration next to the .js file.
declare module 'echarts/lib/i18n/langZH.js' {
  import type { registerLocale } from 'echarts/core';
  const langZH: Parameters<typeof registerLocale>[1];
  export default langZH;
}
