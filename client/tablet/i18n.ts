// The tablet's language: the same stored choice as every page, over the tablet's own dictionary sections only.
import type { Language } from '../../shared/session/roster';
import { createLangStore } from '../common/lang-store';
import { TABLET_DICTIONARIES, type TabletDict } from './dictionary';

export const langStore = createLangStore<TabletDict>(TABLET_DICTIONARIES);

export const t = (): TabletDict => langStore.getState().t;
export const lang = (): Language => langStore.getState().lang;
