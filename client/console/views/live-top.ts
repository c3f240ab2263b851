// The live page's join card (code, URL, open screen, screens count) and control bar (eyes on me, auto-approve, end).
import { h } from '../../common/dom';
import { fill } from '../../../shared/i18n';
import { t } from '../../common/i18n';
import type { SessionInfo } from '../../../shared/api/schemas';
import type { ConsoleView } from '../../../shared/session/views';
import type { LiveController } from '../live/live-controller';
import { confirmDialog } from './confirm-dialog';
import { eyeIcon, screenIcon } from './icons';

/** The one-click new join code (beside the code, and in the notice that codes are being guessed). */
export function newCodeButton(live: LiveController, recoding: boolean, testId = 'new-code'): HTMLElement {
  const tt = t().consolePage.live;
  return h(
    'button',
    {
      type: 'button',
      className: 'button small new-code',
      'data-testid': testId,
      title: tt.newCodeHint,
      disabled: recoding,
      onclick: () => void live.newCode(),
    },
    tt.newCode,
  );
}

export function joinCard(view: ConsoleView, info: SessionInfo | null, live: LiveController, recoding: boolean): HTMLElement {
  const tt = t().consolePage.live;
  const screenUrl = info?.screenUrl ?? null;
  const screens = view.screensConnected;
  return h(
    'section',
    { className: 'card join-card' },
    h('div', { className: 'join-label' }, tt.joinCode),
    h('div', { className: 'join-code', 'data-testid': 'join-code' }, view.code),
    newCodeButton(live, recoding),
    h('div', { className: 'join-label' }, tt.joinAt),
    h('div', { className: 'join-url', 'data-testid': 'join-url' }, view.joinUrl),
    h(
      'button',
      {
        type: 'button',
        className: 'button primary wide',
        'data-testid': 'open-screen',
        disabled: !screenUrl,
        // A named window, so a second click brings the same screen tab back instead of opening another.
        onclick: () => screenUrl && window.open(screenUrl, `circletime-screen-${view.sessionId}`),
      },
      screenIcon(20),
      tt.openScreen,
    ),
    h(
      'div',
      { className: `screens ${screens > 0 ? 'on' : 'off'}`, 'data-testid': 'screens-count', 'data-count': screens },
      h('span', { className: 'dot', 'aria-hidden': 'true' }),
      screens > 0 ? fill(tt.screens, { n: screens }) : tt.noScreen,
    ),
  );
}

export function controlBar(view: ConsoleView, live: LiveController): HTMLElement {
  const tt = t().consolePage.live;
  const eyes = h(
    'button',
    {
      type: 'button',
      className: `eyes-toggle${view.eyesOn ? ' on' : ''}`,
      'data-testid': 'eyes-toggle',
      'aria-pressed': String(view.eyesOn),
      onclick: () => void live.send({ type: 'eyes.set', on: !view.eyesOn }),
    },
    h('span', { className: 'eyes-icon' }, eyeIcon(30)),
    h(
      'span',
      { className: 'eyes-text' },
      h('strong', {}, view.eyesOn ? tt.eyesOnActive : tt.eyesOn),
      h('small', {}, view.eyesOn ? tt.eyesBanner : tt.eyesHint),
    ),
  );
  const auto = h('input', { type: 'checkbox', role: 'switch', 'data-testid': 'auto-approve' });
  auto.checked = view.autoApprove;
  auto.addEventListener('change', () => {
    const wanted = auto.checked;
    void live.send({ type: 'settings.set', autoApprove: wanted }).then((ok) => {
      if (!ok) auto.checked = !wanted;
    });
  });
  const end = async () => {
    if (!(await confirmDialog(tt.endConfirm, tt.endOk))) return;
    await live.end();
  };
  return h(
    'section',
    { className: `card control-bar${view.eyesOn ? ' eyes-on' : ''}` },
    eyes,
    h(
      'label',
      { className: 'switch-field' },
      auto,
      h('span', { className: 'switch', 'aria-hidden': 'true' }),
      h('span', {}, h('strong', {}, tt.autoApprove), h('small', {}, tt.autoHint)),
    ),
    h('button', { type: 'button', className: 'button danger', 'data-testid': 'end-session', onclick: () => void end() }, tt.end),
  );
}
