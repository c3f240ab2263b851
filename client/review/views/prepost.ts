// The review's prepost tab (being built).
import { h, render } from '../../common/dom';
import { langStore, t } from '../../common/i18n';
import type { GroupView } from './view';

export const mountPrePost: GroupView = (root) => {
  const draw = () => render(root, h('h2', {}, t().reviewPrePost.title));
  draw();
  return langStore.subscribe(draw);
};
