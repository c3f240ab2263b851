// A big picture button for an activity's choices (ready, another card, not now, done): reads its words on tap.
import { h } from '../../common/dom';
import { replay } from '../reaction-buttons';
import { icon } from '../svg';
import { say } from '../widgets';

export interface ActionOptions {
  testid: string;
  picture: string;
  label: string;
  /** Colour and size variant, e.g. 'action-go', 'action-soft'. */
  className: string;
  /** Resolves when the server answered; the button stays pressed until then (no double taps). */
  onTap: () => Promise<unknown>;
}

export function actionButton(o: ActionOptions): HTMLButtonElement {
  const button: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      className: `action ${o.className}`,
      'data-testid': o.testid,
      'aria-label': o.label,
      onClick: () => {
        if (button.classList.contains('busy')) return;
        say(o.label);
        replay(button, 'pop');
        button.classList.add('busy');
        void o.onTap().finally(() => button.classList.remove('busy'));
      },
    },
    icon(o.picture, 'icon action-picture'),
    h('span', { className: 'action-label' }, o.label),
  );
  return button;
}
