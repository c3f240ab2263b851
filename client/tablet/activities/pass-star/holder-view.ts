// Pass the Star when I hold it: the big star, the receiver's prompt, and my friends' avatars to pass it to.
import { h, render } from '../../../common/dom';
import { avatarImg } from '../../../common/avatar';
import { t } from '../../i18n';
import { fill } from '../../../../shared/i18n/fill';
import type { PassStarTablet } from '../../../../shared/activities/pass-star/views';
import { fitGrid } from '../../fit-grid';
import { LEADER } from '../../pictures';
import { icon } from '../../svg';
import { picture, prompt, say } from '../../widgets';
import { GOLD_TICK, SAY_LIKE, SAY_NAME, SAY_WHO, THE_STAR } from './icons';

export type HolderTablet = Extract<PassStarTablet, { role: 'holder' }>;
type Target = HolderTablet['targets'][number];

/** What to say now that I have the star, with its picture; null when the round has no prompt. */
export function promptPart(view: Pick<HolderTablet, 'prompt' | 'thrower'>): { el: HTMLElement; text: string } | null {
  if (view.prompt === 'none') return null;
  const text = t().tabletPage.star.prompts[view.prompt];
  const pictures =
    view.prompt === 'say-name'
      ? [picture(SAY_NAME, 'picture star-prompt-picture')]
      : view.prompt === 'say-like'
        ? [picture(SAY_LIKE, 'picture star-prompt-picture')]
        : [
            view.thrower
              ? h(
                  'div',
                  { className: 'my-avatar star-thrower', 'data-child-id': view.thrower.childId },
                  avatarImg(view.thrower.avatar, 120, view.thrower.nickname),
                )
              : picture(LEADER, 'picture star-thrower'),
            picture(SAY_WHO, 'picture star-prompt-picture small'),
          ];
  const el = h(
    'section',
    { className: 'star-prompt', 'data-testid': 'star-prompt', 'data-prompt': view.prompt },
    h('div', { className: 'star-prompt-pictures' }, ...pictures),
    prompt(text, 'prompt'),
  );
  return { el, text };
}

function targetTile(c: Target, onPass: (c: Target, tile: HTMLElement) => void): HTMLButtonElement {
  const had = fill(t().tabletPage.star.hadIt, { name: c.nickname });
  const tile: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      className: `avatar-tile star-target${c.available ? '' : ' had-star'}`,
      'data-testid': 'star-target',
      'data-child-id': c.childId,
      'data-available': String(c.available),
      'aria-label': c.available ? c.nickname : had,
      disabled: !c.available,
      onClick: () => onPass(c, tile),
    },
    h('span', { className: 'avatar-frame' }, avatarImg(c.avatar, 160, ''), c.available ? null : icon(GOLD_TICK, 'icon had-tick')),
    h('span', { className: 'avatar-name' }, c.nickname),
  );
  return tile;
}

export function holderView(
  view: HolderTablet,
  onPass: (to: Target, from: Element, tile: HTMLElement) => Promise<boolean>,
): { el: HTMLElement; destroy: () => void; text: string } {
  const st = t().tabletPage.star;
  const bigStar = h('div', { className: 'star-big', onClick: () => say(st.youHave) }, icon(THE_STAR));
  const grid = h('div', { className: 'avatar-grid star-grid' });
  const p = promptPart(view);
  const el = h(
    'div',
    { className: 'star-holder', 'data-testid': 'star-holder-view' },
    h('section', { className: 'star-hero' }, bigStar, prompt(st.youHave, 'prompt prompt-big'), p?.el ?? null),
    h('section', { className: 'star-pass' }, prompt(view.targets.length ? st.tapFriend : st.waitFriends, 'prompt star-tap-friend'), grid),
  );
  let passing = false;
  const pass = (c: Target, tile: HTMLElement) => {
    if (passing || !c.available) return;
    passing = true;
    say(c.nickname);
    el.classList.add('passing');
    tile.classList.add('chosen');
    void onPass(c, bigStar, tile.querySelector('.avatar-frame') ?? tile).then((ok) => {
      if (ok) return;
      passing = false;
      el.classList.remove('passing');
      tile.classList.remove('chosen');
    });
  };
  render(grid, ...view.targets.map((c) => targetTile(c, pass)));
  const stop = fitGrid(grid, Math.max(1, view.targets.length), { ratio: 1.3, gap: 16, min: 72, max: 200 });
  return { el, destroy: stop, text: [st.youHave, p?.text].filter(Boolean).join(' ') };
}
