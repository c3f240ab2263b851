// The review's report tab (being built).
import { h, render } from '../../common/dom';
import { langStore, t } from '../../common/i18n';
import type { GroupView } from './view';

export const mountReport: GroupView = (root) => {
  const draw = () => render(root, h('h2', {}, t().reviewReport.title));
  draw();
  return langStore.subscribe(draw);
};
