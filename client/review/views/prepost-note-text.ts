// One small-n note of a pre/post analysis as a sentence in the page's language, with its numbers filled in.
import { fill } from '../../../shared/i18n';
import type { PrePostNote } from '../../../shared/review/prepost';
import { fmtProbability } from '../../../shared/review/prepost-format';
import type { Language } from '../../../shared/session/roster';
import type { t } from '../../common/i18n';

type NotesDict = ReturnType<typeof t>['reviewPrePost']['notes'];

export function prePostNoteText(note: PrePostNote, tt: NotesDict, lang: Language): string {
  const v = note.values;
  switch (note.code) {
    case 'not-enough-pairs':
      return v.pairs === 0 ? tt.notEnoughNone : tt.notEnoughOne;
    case 'sample':
      return fill(v.zeros === 0 ? tt.sampleNoZeros : tt.sample, v);
    case 'missing':
      return v.missing === 1 ? tt.missingOne : fill(tt.missingMany, v);
    case 'min-exact-p':
      return fill(tt['min-exact-p'], { ...v, p: fmtProbability(Number(v.p), lang) });
    default:
      return fill(tt[note.code], v);
  }
}
