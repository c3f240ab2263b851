// The check-in's calm last screens: a thank-you after the questions, or "That's fine!" after "not today".
import { h } from '../../../common/dom';
import { lang, t } from '../../i18n';
import { readAloud } from '../../../common/read-aloud';
import { icon } from '../../svg';
import { listenButton, type CheckinPart } from './parts';
import { MOON, THANKS } from './pictures';

export function endView(phase: 'thanks' | 'declined'): CheckinPart {
  const ck = t().tabletPage.checkin;
  const [picture, words, more] = phase === 'thanks' ? [THANKS, ck.thanks, ck.thanksMore] : [MOON, ck.declined, ck.declinedMore];
  const say = () => readAloud(phase, `${words} ${more}`, lang());
  const el = h(
    'section',
    { className: `ck ck-end ck-${phase}`, 'data-testid': phase === 'thanks' ? 'checkin-thanks' : 'checkin-declined' },
    h('div', { className: 'ck-end-picture', onClick: say }, icon(picture)),
    h('div', { className: 'ck-question ck-end-words' }, listenButton(say), h('span', { className: 'ck-question-text', onClick: say }, words)),
    h('p', { className: 'ck-intro', onClick: say }, more),
  );
  return { el, listen: say, auto: say };
}
