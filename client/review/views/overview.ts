// The review's overview tab (being built).
import { h, render } from '../../common/dom';
import { langStore, t } from '../../common/i18n';
import type { GroupView } from './view';

export const mountOverview: GroupView = (root) => {
  const draw = () => render(root, h('h2', {}, t().reviewOverview.title));
  draw();
  return langStore.subscribe(draw);
};
