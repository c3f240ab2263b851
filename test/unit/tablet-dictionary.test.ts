// The tablet carries only its own dictionary sections (client/tablet/dictionary.ts), built apart from the registry:
// they must hold every word the whole dictionary has there, in both languages, and nothing of the other pages.
import { describe, expect, it } from 'vitest';
import { TABLET_DICTIONARIES } from '../../client/tablet/dictionary';
import { DICTIONARIES } from '../../shared/i18n';
import { LANGUAGES } from '../../shared/session/roster';

describe('the tablet dictionary', () => {
  it('is the whole dictionary’s common and tabletPage sections, word for word, in every language', () => {
    for (const lang of LANGUAGES) {
      expect(Object.keys(TABLET_DICTIONARIES[lang]).sort(), lang).toEqual(['common', 'tabletPage']);
      expect(TABLET_DICTIONARIES[lang].common, lang).toEqual(DICTIONARIES[lang].common);
      expect(TABLET_DICTIONARIES[lang].tabletPage, lang).toEqual(DICTIONARIES[lang].tabletPage);
    }
  });
});
