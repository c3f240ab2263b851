// The page's language: stored per device, defaulting to the browser's; a zustand store pages subscribe to.
import { createStore } from 'zustand/vanilla';
import { dictionary, languageFromBrowser, type Dict } from '../../shared/i18n';
import { LANGUAGES, type Language } from '../../shared/session/roster';

const KEY = 'circletime.lang';

function initialLanguage(): Language {
  const saved = localStorage.getItem(KEY);
  if (saved && (LANGUAGES as readonly string[]).includes(saved)) return saved as Language;
  return languageFromBrowser(navigator.languages ?? [navigator.language]);
}

interface LangState {
  lang: Language;
  t: Dict;
  setLang: (lang: Language) => void;
}

export const langStore = createStore<LangState>((set) => {
  const lang = initialLanguage();
  return {
    lang,
    t: dictionary(lang),
    setLang: (next) => {
      localStorage.setItem(KEY, next);
      document.documentElement.lang = next;
      set({ lang: next, t: dictionary(next) });
    },
  };
});

document.documentElement.lang = langStore.getState().lang;

export const t = (): Dict => langStore.getState().t;
export const lang = (): Language => langStore.getState().lang;
