// The calm screens with one picture: getting ready (before the first view) and thank-you (session over).
import { h } from '../common/dom';
import { t } from './i18n';
import { KEYPAD } from './icons-ui';
import { backToKeypad } from './join-flow';
import { THANK_YOU } from './pictures';
import type { Screen } from './screen';
import { icon } from './svg';
import { picture, prompt } from './widgets';

export function connectingScreen(): Screen {
  return {
    el: h(
      'main',
      { className: 'screen center-screen', 'data-testid': 'connecting' },
      h('div', { className: 'sun-dots', 'aria-hidden': 'true' }, h('span'), h('span'), h('span')),
      prompt(t().tabletPage.connecting, 'prompt prompt-big'),
    ),
  };
}

export function endedScreen(): Screen {
  const tp = t().tabletPage;
  return {
    el: h(
      'main',
      { className: 'screen center-screen ended-screen', 'data-testid': 'ended' },
      picture(THANK_YOU, 'picture picture-hero'),
      prompt(tp.ended.message, 'prompt prompt-big'),
      h(
        'button',
        { type: 'button', className: 'soft-button', 'data-testid': 'ended-new-code', onClick: backToKeypad },
        icon(KEYPAD),
        h('span', {}, tp.ended.newCode),
      ),
    ),
  };
}
