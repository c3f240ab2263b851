// The top bar on every view: app name, who is signed in, the language switch and log out.
import { api } from '../../common/api';
import { h, render } from '../../common/dom';
import { fill } from '../../../shared/i18n';
import { langStore, t } from '../../common/i18n';
import { LANGUAGES } from '../../../shared/session/roster';
import { appStore } from '../store';

export function mountHeader(el: HTMLElement): () => void {
  const draw = () => {
    const { lang, setLang } = langStore.getState();
    const { me } = appStore.getState();
    const tt = t();
    document.title = `${tt.common.appName} · ${tt.consolePage.title}`;
    const langSwitch = h(
      'div',
      { className: 'lang-switch', role: 'group', 'aria-label': tt.common.language },
      ...LANGUAGES.map((l) =>
        h(
          'button',
          { type: 'button', 'data-testid': `lang-${l}`, 'aria-pressed': String(l === lang), lang: l, onclick: () => setLang(l) },
          tt.common.languageNames[l],
        ),
      ),
    );
    render(
      el,
      h(
        'a',
        { className: 'brand', href: '#/groups' },
        h('span', { className: 'brand-mark', 'aria-hidden': 'true' }),
        h('span', { className: 'brand-name' }, tt.common.appName),
        h('span', { className: 'brand-sub' }, tt.consolePage.title),
      ),
      h(
        'div',
        { className: 'header-right' },
        me ? h('span', { className: 'signed-in' }, fill(tt.consolePage.signedInAs, { name: me.displayName })) : null,
        langSwitch,
        me ? h('button', { type: 'button', className: 'button small', 'data-testid': 'logout', onclick: logout }, tt.consolePage.logout) : null,
      ),
    );
  };
  draw();
  const unLang = langStore.subscribe(draw);
  const unApp = appStore.subscribe((s, prev) => {
    if (s.me !== prev.me) draw();
  });
  return () => {
    unLang();
    unApp();
  };
}

async function logout(): Promise<void> {
  // Signed out locally even if the server cannot be reached: the cookie expires on its own.
  await api('POST', '/logout').catch(() => undefined);
  appStore.getState().signedOut();
}
