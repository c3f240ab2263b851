// The app's name and mark at the left of every staff page's top bar, with the page's own name beside it.
import { h } from './dom';
import { t } from './i18n';

export function brand(pageName: string): HTMLElement {
  return h(
    'a',
    { className: 'brand', href: '#/groups' },
    h('span', { className: 'brand-mark', 'aria-hidden': 'true' }),
    h('span', { className: 'brand-name' }, t().common.appName),
    h('span', { className: 'brand-sub' }, pageName),
  );
}
