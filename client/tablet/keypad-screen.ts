// The join keypad: big digits, an eraser and a go arrow filling the code boxes; gentle notices with pictures.
import { h, render } from '../common/dom';
import { t } from './i18n';
import { BIG_SCREEN, CHECK_SCREEN, CLOUD, HOURGLASS } from './pictures';
import { ERASER, GO } from './icons-ui';
import { canGo, deleteDigit, go, typeDigit } from './join-flow';
import type { Screen } from './screen';
import { MIN_DIGITS, type JoinNotice, type TabletState } from './store';
import { icon } from './svg';
import { picture, prompt, say } from './widgets';

const NOTICE_PICTURES: Record<JoinNotice, string> = { unknown: CHECK_SCREEN, rateLimited: HOURGLASS, offline: CLOUD };

export function keypadScreen(): Screen {
  const tp = t().tabletPage;
  const boxes = h('div', { className: 'code-boxes', 'aria-live': 'polite' });
  const notice = h('div', { className: 'join-notice-slot' });
  const goKey = h(
    'button',
    { type: 'button', className: 'key key-go', 'data-testid': 'keypad-go', 'aria-label': tp.keypad.go, onClick: () => void go() },
    icon(GO),
  );
  const digitKey = (d: string) =>
    h(
      'button',
      {
        type: 'button',
        className: 'key key-digit',
        'data-testid': 'keypad-digit',
        'data-digit': d,
        onClick: () => {
          say(d);
          typeDigit(d);
        },
      },
      d,
    );
  const keys = h(
    'div',
    { className: 'keypad' },
    ...['1', '2', '3', '4', '5', '6', '7', '8', '9'].map(digitKey),
    h(
      'button',
      { type: 'button', className: 'key key-delete', 'data-testid': 'keypad-delete', 'aria-label': tp.keypad.delete, onClick: deleteDigit },
      icon(ERASER),
    ),
    digitKey('0'),
    goKey,
  );
  const el = h(
    'main',
    { className: 'screen keypad-screen', 'data-testid': 'keypad' },
    h('section', { className: 'keypad-top' }, picture(BIG_SCREEN, 'picture keypad-picture'), prompt(tp.keypad.prompt, 'prompt prompt-big'), boxes, notice),
    keys,
  );

  let shownNotice: JoinNotice | null = null;
  const update = (s: TabletState) => {
    const count = Math.max(MIN_DIGITS, s.digits.length);
    render(
      boxes,
      ...Array.from({ length: count }, (_, i) =>
        h(
          'span',
          { className: `code-box${i < s.digits.length ? ' filled' : ''}${i === s.digits.length ? ' next' : ''}`, 'data-testid': 'code-box' },
          s.digits[i] ?? '',
        ),
      ),
    );
    goKey.disabled = !canGo();
    goKey.classList.toggle('ready', canGo());
    el.classList.toggle('checking', s.checking);
    if (s.joinNotice !== shownNotice) {
      shownNotice = s.joinNotice;
      if (s.joinNotice) {
        const text = tp.join[s.joinNotice];
        render(
          notice,
          h(
            'div',
            { className: 'join-notice', 'data-testid': 'join-notice', 'data-notice': s.joinNotice },
            picture(NOTICE_PICTURES[s.joinNotice], 'notice-picture'),
            prompt(text, 'prompt'),
          ),
        );
        say(text);
      } else render(notice);
    }
  };
  // A keyboard works too (handy for grown-ups setting a tablet up).
  const onKey = (e: KeyboardEvent) => {
    if (/^[0-9]$/.test(e.key)) typeDigit(e.key);
    else if (e.key === 'Backspace') deleteDigit();
    else if (e.key === 'Enter') void go();
  };
  window.addEventListener('keydown', onKey);
  return { el, update, destroy: () => window.removeEventListener('keydown', onKey) };
}
