// The English / 中文 switch in every staff page's top bar; the choice is stored on the device.
import { h } from './dom';
import { langStore } from './i18n';
import { LANGUAGES } from '../../shared/session/roster';

export function langSwitch(): HTMLElement {
  const { lang, setLang, t } = langStore.getState();
  return h(
    'div',
    { className: 'lang-switch', role: 'group', 'aria-label': t.common.language },
    ...LANGUAGES.map((l) =>
      h(
        'button',
        { type: 'button', 'data-testid': `lang-${l}`, 'aria-pressed': String(l === lang), lang: l, onclick: () => setLang(l) },
        t.common.languageNames[l],
      ),
    ),
  );
}
