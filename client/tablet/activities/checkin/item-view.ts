// One check-in item: progress dots, the statement with its listen button, big picture options, back and "skip this one".
import { h } from '../../../common/dom';
import { lang, t } from '../../i18n';
import { optionPictureSvg, OPTION_PICTURE_COLOURS } from '../../../common/option-pictures';
import { fill } from '../../../../shared/i18n/fill';
import type { CheckinItemView, CheckinTablet } from '../../../../shared/activities/checkin/views';
import type { ResponseOption } from '../../../../shared/instruments/schema';
import type { IntentResult } from '../../../../shared/protocol/messages';
import { sendIntent } from '../../live-session';
import { replay } from '../../reaction-buttons';
import { icon } from '../../svg';
import { itemPart, listenButton, local, optionPart, read, type CheckinPart } from './parts';
import { BACK, SKIP, TICK } from './pictures';

export type ItemTablet = CheckinTablet & { phase: 'item'; item: CheckinItemView };

/** How long the tapped option stays highlighted before the next item slides in (the server answers faster). */
export const HOLD_MS = 550;

/** Dots, not numbers: done ones filled, the current one big; the words are there for screen readers. */
function progressDots(item: CheckinItemView): HTMLElement {
  const ck = t().tabletPage.checkin;
  const label = fill(ck.progress, { n: item.index + 1, count: item.count });
  return h(
    'div',
    { className: 'ck-progress', 'data-testid': 'checkin-progress', role: 'img', 'aria-label': label, 'data-index': item.index, 'data-count': item.count },
    ...Array.from({ length: item.count }, (_, i) => h('span', { className: `ck-dot ${i < item.index ? 'done' : i === item.index ? 'current' : 'todo'}` })),
  );
}

export function itemView(view: ItemTablet, hold: (ms: number) => void): CheckinPart {
  const ck = t().tabletPage.checkin;
  const item = view.item;
  const listen = () => read(view, [itemPart(item), ...view.options.map(optionPart)]);
  const readItem = () => read(view, [itemPart(item)]);

  const buttons: HTMLButtonElement[] = [];
  const select = (id: string | null | undefined) => {
    for (const b of buttons) {
      const on = b.dataset['option'] === id;
      b.dataset['selected'] = String(on);
      b.setAttribute('aria-pressed', String(on));
    }
  };

  /** Sends one step; the screen stays still (no second tap) until the server answered. */
  const step = async (send: () => Promise<IntentResult>, holdMs: number) => {
    if (el.classList.contains('ck-busy')) return;
    el.classList.add('ck-busy');
    hold(holdMs);
    const r = await send();
    if (r.ok) return;
    // A double tap answers an item that has already moved on: the next view shows where we are.
    hold(0);
    el.classList.remove('ck-busy');
    if (r.code !== 'checkin.stale_item') select(view.chosen);
  };

  const answer = (option: string | null) => () => step(() => sendIntent({ type: 'checkin.answer', itemId: item.id, option, lang: lang() }), HOLD_MS);

  const optionButton = (o: ResponseOption): HTMLButtonElement => {
    const label = local(o.label);
    const b: HTMLButtonElement = h(
      'button',
      {
        type: 'button',
        className: 'ck-option',
        'data-testid': 'checkin-option',
        'data-option': o.id,
        'data-picture': o.picture,
        'data-selected': 'false',
        'aria-pressed': 'false',
        'aria-label': label,
        // Answers are private: tapping never reads the chosen option aloud for the room to hear.
        onClick: () => {
          if (el.classList.contains('ck-busy')) return;
          select(o.id);
          replay(b, 'chosen-now');
          void answer(o.id)();
        },
      },
      h('span', { className: 'ck-option-picture' }, optionPictureSvg(o.picture, 160)),
      h('span', { className: 'ck-option-label' }, label),
      icon(TICK, 'icon ck-tick'),
    );
    b.style.setProperty('--tint', OPTION_PICTURE_COLOURS[o.picture]);
    buttons.push(b);
    return b;
  };

  const back = view.canGoBack
    ? h(
        'button',
        {
          type: 'button',
          className: 'ck-small ck-back',
          'data-testid': 'checkin-back',
          'aria-label': ck.back,
          onClick: () => void step(() => sendIntent({ type: 'checkin.back' }), 0),
        },
        icon(BACK, 'icon ck-small-picture'),
        h('span', { className: 'ck-small-label' }, ck.back),
      )
    : h('span', { className: 'ck-back-space', 'aria-hidden': 'true' });

  const last = item.index === item.count - 1;
  const el = h(
    'section',
    { className: 'ck ck-item', 'data-testid': 'checkin-item', 'data-item-id': item.id, 'data-index': item.index },
    h('header', { className: 'ck-top' }, back, progressDots(item), h('span', { className: 'ck-last' }, last ? ck.lastOne : '')),
    h(
      'div',
      { className: 'ck-middle' },
      h(
        'div',
        { className: 'ck-statement' },
        listenButton(listen),
        h('p', { className: 'ck-text', 'data-testid': 'checkin-text', onClick: readItem }, local(item.text)),
      ),
      h('div', { className: `ck-options ck-options-${view.options.length}`, role: 'group', 'aria-label': local(item.text) }, ...view.options.map(optionButton)),
      h(
        'div',
        { className: 'ck-bottom' },
        h(
          'button',
          { type: 'button', className: 'ck-small ck-skip', 'data-testid': 'checkin-skip', 'aria-label': ck.skip, onClick: () => void answer(null)() },
          icon(SKIP, 'icon ck-small-picture'),
          h('span', { className: 'ck-small-label' }, ck.skip),
        ),
      ),
    ),
  );
  select(view.chosen);
  return { el, listen, auto: readItem };
}
