// The check-in's first screen: "Do you want to answer some questions about you today?" — yes, or "not today" (always fine).
import { h } from '../../../common/dom';
import { lang, t } from '../../i18n';
import type { CheckinTablet } from '../../../../shared/activities/checkin/views';
import { sendIntent } from '../../live-session';
import { icon } from '../../svg';
import { listenButton, local, read, type CheckinPart } from './parts';
import { ASK, MOON, YES } from './pictures';

function choice(testid: string, picture: string, label: string, className: string, onTap: () => Promise<unknown>): HTMLButtonElement {
  const button: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      className: `ck-choice ${className}`,
      'data-testid': testid,
      'aria-label': label,
      onClick: () => {
        // One answer per tap: the pressed look stays until the server answered.
        if (button.closest('.ck-busy')) return;
        const root = button.closest('.ck');
        root?.classList.add('ck-busy');
        button.classList.add('pressed');
        void onTap().finally(() => {
          root?.classList.remove('ck-busy');
          button.classList.remove('pressed');
        });
      },
    },
    icon(picture, 'icon ck-choice-picture'),
    h('span', { className: 'ck-choice-label' }, label),
  );
  return button;
}

export function assentView(view: CheckinTablet): CheckinPart {
  const ck = t().tabletPage.checkin;
  const intro = local(view.intro);
  const words = () =>
    read(view, [
      { key: 'assent', text: ck.assent },
      { key: 'intro', text: intro },
    ]);
  const assent = (yes: boolean) => () => sendIntent({ type: 'checkin.assent', yes, lang: lang() });
  const el = h(
    'section',
    { className: 'ck ck-assent', 'data-testid': 'checkin-assent' },
    h(
      'div',
      { className: 'ck-ask' },
      h('div', { className: 'ck-ask-picture', onClick: words }, icon(ASK)),
      h(
        'div',
        { className: 'ck-statement ck-ask-words' },
        listenButton(words),
        h('div', { className: 'ck-ask-text', onClick: words }, h('p', { className: 'ck-text' }, ck.assent), h('p', { className: 'ck-intro' }, intro)),
      ),
    ),
    h(
      'div',
      { className: 'ck-choices' },
      choice('checkin-yes', YES, ck.yes, 'ck-yes', assent(true)),
      choice('checkin-not-today', MOON, ck.notToday, 'ck-not-today', assent(false)),
    ),
  );
  return { el, listen: words, auto: words };
}
