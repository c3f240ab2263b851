// A strength card's words in the console's language (ids never reach the facilitator's eyes).
import { strengthCard } from '../../../../shared/activities/strength-garden';
import { lang } from '../../../common/i18n';

export function cardText(id: string): string {
  return strengthCard(id)?.text[lang()] ?? id;
}
