// Small building blocks shared by the tablet screens: read-aloud prompts, picture buttons, the globe.
import { h } from '../common/dom';
import { lang, langStore, t } from './i18n';
import { speak } from '../common/speech';
import { LANGUAGES } from '../../shared/session/roster';
import { GLOBE, SPEAKER } from './icons-ui';
import { icon } from './svg';

export function say(text: string): void {
  speak(text, lang());
}

/** A round speaker button that reads `text` aloud. */
export function speakerButton(text: string, className = ''): HTMLButtonElement {
  return h(
    'button',
    { type: 'button', className: `speaker ${className}`.trim(), 'data-testid': 'speak', 'aria-label': t().tabletPage.readAloud, onClick: () => say(text) },
    icon(SPEAKER),
  );
}

/** A line of text for children: a speaker button beside it, and tapping the words reads them too. */
export function prompt(text: string, className = 'prompt', testid?: string): HTMLElement {
  return h(
    'div',
    { className, ...(testid ? { 'data-testid': testid } : {}) },
    speakerButton(text),
    h('span', { className: 'prompt-text', onClick: () => say(text) }, text),
  );
}

/** A picture (inline svg markup) in a round frame. */
export function picture(markup: string, className = 'picture'): HTMLElement {
  return h('div', { className }, icon(markup));
}

/** The small globe in the corner: switches between English and 中文 on this device only. */
export function langToggle(): HTMLButtonElement {
  const current = lang();
  const next = LANGUAGES.find((l) => l !== current) ?? current;
  return h(
    'button',
    {
      type: 'button',
      className: 'lang-toggle',
      'data-testid': 'lang-toggle',
      'data-lang': current,
      'aria-label': `${t().tabletPage.changeLanguage}: ${t().common.languageNames[next]}`,
      onClick: () => {
        langStore.getState().setLang(next);
        say(langStore.getState().t.common.languageNames[next]);
      },
    },
    icon(GLOBE),
    h('span', { className: 'lang-name' }, t().common.languageNames[next]),
  );
}
