// The review's top bar: app name, the groups link, who is signed in, the console link, language and log out.
import { api } from '../../common/api';
import { h, render } from '../../common/dom';
import { fill } from '../../../shared/i18n';
import { langStore, t } from '../../common/i18n';
import { brand } from '../../common/brand';
import { langSwitch } from '../../common/lang-switch';
import { reviewStore } from '../store';

export function mountHeader(el: HTMLElement): () => void {
  const draw = () => {
    const { me } = reviewStore.getState();
    const tt = t();
    document.title = `${tt.common.appName} · ${tt.reviewPage.title}`;
    render(
      el,
      brand(tt.reviewPage.title),
      me
        ? h('nav', { className: 'top-nav' }, h('a', { className: 'nav-link', 'data-testid': 'nav-groups', href: '#/groups' }, tt.reviewPage.nav.groups))
        : null,
      h(
        'div',
        { className: 'header-right' },
        me ? h('span', { className: 'signed-in' }, fill(tt.consolePage.signedInAs, { name: me.displayName })) : null,
        me && me.role !== 'reviewer' ? h('a', { className: 'nav-link', href: '/console' }, tt.reviewPage.toConsole) : null,
        langSwitch(),
        me ? h('button', { type: 'button', className: 'button small', 'data-testid': 'logout', onclick: logout }, tt.consolePage.logout) : null,
      ),
    );
  };
  draw();
  const unLang = langStore.subscribe(draw);
  const unStore = reviewStore.subscribe((s, prev) => {
    if (s.me !== prev.me) draw();
  });
  return () => {
    unLang();
    unStore();
  };
}

async function logout(): Promise<void> {
  await api('POST', '/logout').catch(() => undefined);
  reviewStore.getState().signedOut();
}
