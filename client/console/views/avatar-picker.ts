// A grid of every avatar as a picture with its name; one is selected; ones another child has are not offered.
import { h } from '../../common/dom';
import { avatarImg, avatarName } from '../../common/avatar';
import { lang, t } from '../../common/i18n';
import { AVATARS, type AvatarId } from '../../../shared/avatars';

export interface AvatarPicker {
  el: HTMLElement;
  value: () => AvatarId;
}

export function avatarPicker(initial: AvatarId, inUse: ReadonlySet<AvatarId>): AvatarPicker {
  let value = initial;
  const buttons = new Map<AvatarId, HTMLButtonElement>();
  const select = (id: AvatarId) => {
    value = id;
    for (const [bid, b] of buttons) b.setAttribute('aria-pressed', String(bid === id));
  };
  const grid = h('div', { className: 'avatar-grid', role: 'group', 'aria-label': t().consolePage.roster.chooseAvatar });
  for (const a of AVATARS) {
    const name = avatarName(a.id, lang());
    const used = inUse.has(a.id) && a.id !== initial;
    const b = h(
      'button',
      {
        type: 'button',
        className: used ? 'avatar-option used' : 'avatar-option',
        'data-testid': 'avatar-option',
        'data-avatar': a.id,
        title: used ? `${name} (${t().consolePage.roster.inUse})` : name,
        'aria-pressed': String(a.id === value),
        // Two children with one picture could not tell themselves apart on the tablets (the server refuses it too).
        disabled: used,
        onclick: () => select(a.id),
      },
      avatarImg(a.id, 44, ''),
      h('span', { className: 'avatar-option-name' }, name),
    );
    buttons.set(a.id, b);
    grid.append(b);
  }
  return { el: grid, value: () => value };
}

/** The first avatar nobody in the group has yet, so each child is easy to tell apart. */
export function firstFreeAvatar(inUse: ReadonlySet<AvatarId>): AvatarId {
  return (AVATARS.find((a) => !inUse.has(a.id)) ?? AVATARS[0])!.id;
}
