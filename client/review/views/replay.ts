// The review's replay tab (being built).
import { h, render } from '../../common/dom';
import { langStore, t } from '../../common/i18n';
import type { GroupView } from './view';

export const mountReplay: GroupView = (root) => {
  const draw = () => render(root, h('h2', {}, t().reviewReplay.title));
  draw();
  return langStore.subscribe(draw);
};
