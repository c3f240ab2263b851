// The page's language and its whole dictionary (console, screen, review); the tablet carries only its own sections.
import { DICTIONARIES, type Dict } from '../../shared/i18n';
import type { Language } from '../../shared/session/roster';
import { createLangStore } from './lang-store';

export const langStore = createLangStore<Dict>(DICTIONARIES);

export const t = (): Dict => langStore.getState().t;
export const lang = (): Language => langStore.getState().lang;
