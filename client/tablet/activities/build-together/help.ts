// Help between friends: "ask for help" on a held piece, how my request is going, and friends who are
// asking, each with a "help" button (pressing it shows them where their piece goes).
import { pieceSvg } from '../../../common/activities/build-together/pictures';
import { avatarImg } from '../../../common/avatar';
import { h } from '../../../common/dom';
import { t } from '../../i18n';
import { fill } from '../../../../shared/i18n/fill';
import type { BuildTogetherTablet } from '../../../../shared/activities/build-together';
import { replay } from '../../reaction-buttons';
import { icon } from '../../svg';
import { prompt, say } from '../../widgets';
import { HELP_HAND } from './icons';

type MyHelp = NonNullable<BuildTogetherTablet['myHelp']>;
type FriendAsking = BuildTogetherTablet['friendsAsking'][number];

/** A button that says its words, then waits for the server's answer (no double taps). */
function busyButton(attrs: Record<string, string>, label: string, onTap: () => Promise<unknown>, ...children: Node[]): HTMLButtonElement {
  const button: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      ...attrs,
      'aria-label': label,
      onClick: () => {
        if (button.classList.contains('busy')) return;
        say(label);
        replay(button, 'pop');
        button.classList.add('busy');
        void onTap().finally(() => button.classList.remove('busy'));
      },
    },
    ...children,
  );
  return button;
}

export function askHelpButton(onAsk: () => Promise<unknown>): HTMLButtonElement {
  const label = t().tabletPage.build.askHelp;
  return busyButton(
    { className: 'build-ask-help', 'data-testid': 'build-ask-help' },
    label,
    onAsk,
    icon(HELP_HAND, 'icon build-help-picture'),
    h('span', {}, label),
  );
}

/** My request: waiting for a friend, or a friend is on the way (and where it glows, when hints are on). */
export function myHelpCard(help: MyHelp): HTMLElement {
  const tb = t().tabletPage.build;
  const piece = icon(pieceSvg(help.look.shape, help.look.colour, 'solid'), 'icon build-help-piece');
  if (!help.helpedBy) {
    return h(
      'div',
      { className: 'build-my-help asked', 'data-testid': 'build-my-help', 'data-helped': 'false' },
      h('span', { className: 'build-help-pair' }, icon(HELP_HAND, 'icon build-help-picture'), piece),
      prompt(tb.asked, 'prompt prompt-small'),
    );
  }
  // The card stays short; "look where it glows" is said aloud when the help arrives.
  const words = fill(tb.helping, { name: help.helpedBy.nickname });
  return h(
    'div',
    { className: 'build-my-help helped', 'data-testid': 'build-my-help', 'data-helped': 'true', 'data-helper-id': help.helpedBy.childId },
    h(
      'span',
      { className: 'build-help-pair' },
      h('span', { className: 'my-avatar build-help-avatar' }, avatarImg(help.helpedBy.avatar, 72, help.helpedBy.nickname)),
      piece,
    ),
    prompt(words, 'prompt prompt-small'),
  );
}

/** Friends asking for help: their avatar and the piece they hold, and a big "help" button. */
export function friendsAsking(list: readonly FriendAsking[], onHelp: (f: FriendAsking) => Promise<unknown>): HTMLElement {
  const tb = t().tabletPage.build;
  return h(
    'div',
    // Several friends at once: compact cards (their faces say who; a tap on one reads the words).
    { className: `build-friends${list.length > 1 ? ' many' : ''}`, 'data-testid': 'build-friends-asking' },
    ...list.map((f) => {
      const words = fill(tb.needsHelp, { name: f.child.nickname });
      return h(
        'div',
        { className: 'build-friend', 'data-child-id': f.child.childId, title: words },
        h(
          'span',
          { className: 'build-help-pair', onClick: () => say(words) },
          h('span', { className: 'my-avatar build-help-avatar' }, avatarImg(f.child.avatar, 72, f.child.nickname)),
          icon(pieceSvg(f.look.shape, f.look.colour, 'solid'), 'icon build-help-piece'),
        ),
        h('span', { className: 'build-friend-name', onClick: () => say(words) }, words),
        busyButton(
          { className: 'build-help', 'data-testid': 'build-help', 'data-child-id': f.child.childId },
          tb.help,
          () => onHelp(f),
          icon(HELP_HAND, 'icon build-help-picture'),
          h('span', {}, tb.help),
        ),
      );
    }),
  );
}
