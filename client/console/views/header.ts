// The top bar on every view: app name, the staff pages (groups, instruments, staff, review), who is signed in, language, log out.
import { api } from '../../common/api';
import { h, render } from '../../common/dom';
import { fill } from '../../../shared/i18n';
import { langStore, t } from '../../common/i18n';
import { brand } from '../../common/brand';
import { langSwitch } from '../../common/lang-switch';
import type { Route } from '../router';
import { appStore } from '../store';
import '../styles/nav.css';

export function mountHeader(el: HTMLElement): () => void {
  const draw = () => {
    const { me, route } = appStore.getState();
    const tt = t();
    document.title = `${tt.common.appName} · ${tt.consolePage.title}`;
    render(
      el,
      brand(tt.consolePage.title),
      me ? nav(route.name, me.role === 'admin') : null,
      h(
        'div',
        { className: 'header-right' },
        me ? h('span', { className: 'signed-in' }, fill(tt.consolePage.signedInAs, { name: me.displayName })) : null,
        langSwitch(),
        me ? h('button', { type: 'button', className: 'button small', 'data-testid': 'logout', onclick: logout }, tt.consolePage.logout) : null,
      ),
    );
  };
  draw();
  const unLang = langStore.subscribe(draw);
  const unApp = appStore.subscribe((s, prev) => {
    if (s.me !== prev.me || s.route.name !== prev.route.name) draw();
  });
  return () => {
    unLang();
    unApp();
  };
}

/** The staff pages; a live session is reached from its group, so it has no link of its own. */
function nav(current: Route['name'], admin: boolean): HTMLElement {
  const tt = t().consolePage.nav;
  const link = (testid: string, href: string, label: string, here: boolean) =>
    h('a', { className: 'nav-link', 'data-testid': testid, href, 'aria-current': here ? 'page' : null }, label);
  return h(
    'nav',
    { className: 'top-nav' },
    link('nav-groups', '#/groups', tt.groups, current === 'groups' || current === 'group'),
    link('nav-instruments', '#/instruments', tt.instruments, current === 'instruments'),
    // Accounts and access are an administrator's; the review is every staff member's.
    admin ? link('nav-staff', '#/staff', t().consoleStaff.nav, current === 'staff') : null,
    h('a', { className: 'nav-link', 'data-testid': 'nav-review', href: '/review' }, t().reviewPage.title),
  );
}

async function logout(): Promise<void> {
  // Signed out locally even if the server cannot be reached: the cookie expires on its own.
  await api('POST', '/logout').catch(() => undefined);
  appStore.getState().signedOut();
}
