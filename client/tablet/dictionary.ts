// The tablet's dictionary in both languages: only the sections it shows (common, tabletPage), each with every
// activity's words for it merged in. Activities are found by file name, so no list of them is kept here, and the
// other pages' sections (console, screen, review) never reach a tablet.
import { common as enCommon } from '../../shared/i18n/en/common';
import { tabletPage as enTabletPage } from '../../shared/i18n/en/tablet-page';
import { mergeWords } from '../../shared/i18n/merge-words';
import type { Dict } from '../../shared/i18n/types';
import { common as zhCommon } from '../../shared/i18n/zh-CN/common';
import { tabletPage as zhTabletPage } from '../../shared/i18n/zh-CN/tablet-page';
import type { Language } from '../../shared/session/roster';

/** What the tablet's code may read: the whole dictionary's common and tabletPage sections, key for key. */
export type TabletDict = Pick<Dict, 'common' | 'tabletPage'>;

// One named section per import, and each file imported under a query of its own (`?tablet`): to the bundler that is
// a module of the tablet's alone, so it keeps only these sections of it. Imported plainly, the file would be one
// module shared with the pages that use every section, and all of it would come to the tablet too.
const activityCommon = {
  en: import.meta.glob<object>('../../shared/activities/*/words.en.ts', { eager: true, import: 'common', query: '?tablet' }),
  'zh-CN': import.meta.glob<object>('../../shared/activities/*/words.zh-CN.ts', { eager: true, import: 'common', query: '?tablet' }),
};
const activityTabletPage = {
  en: import.meta.glob<object>('../../shared/activities/*/words.en.ts', { eager: true, import: 'tabletPage', query: '?tablet' }),
  'zh-CN': import.meta.glob<object>('../../shared/activities/*/words.zh-CN.ts', { eager: true, import: 'tabletPage', query: '?tablet' }),
};

function tabletDict(lang: Language, common: object, tabletPage: object): TabletDict {
  let c = common;
  let tp = tabletPage;
  for (const words of Object.values(activityCommon[lang])) c = mergeWords(c, words);
  for (const words of Object.values(activityTabletPage[lang])) tp = mergeWords(tp, words);
  return { common: c, tabletPage: tp } as TabletDict;
}

export const TABLET_DICTIONARIES: Record<Language, TabletDict> = {
  en: tabletDict('en', enCommon, enTabletPage),
  'zh-CN': tabletDict('zh-CN', zhCommon, zhTabletPage),
};
