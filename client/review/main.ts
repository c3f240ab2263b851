// The review page: an honest placeholder until the review issue lands (history, replay, statistics).
import { h, render } from '../common/dom';
import { langStore } from '../common/i18n';
import { LANGUAGES } from '../../shared/session/roster';

const app = document.getElementById('app')!;

function draw(): void {
  const { t, lang, setLang } = langStore.getState();
  document.title = `${t.common.appName} — ${t.reviewPage.title}`;
  render(
    app,
    h(
      'div',
      { className: 'langs' },
      ...LANGUAGES.map((l) => h('button', { 'aria-pressed': String(l === lang), 'data-testid': `lang-${l}`, onclick: () => setLang(l) }, t.common.languageNames[l])),
    ),
    h('h1', {}, t.reviewPage.title),
    h('p', {}, t.reviewPage.comingSoon),
    h('p', {}, h('a', { href: '/console' }, t.reviewPage.toConsole)),
  );
}

langStore.subscribe(draw);
draw();
