// Small pieces the check-in screens share: the instrument's words in my language, the listen button, reading aloud.
import { h } from '../../../common/dom';
import { lang, t } from '../../i18n';
import { readAloudParts, type ReadPart } from '../../../common/read-aloud';
import type { LocalText, ResponseOption } from '../../../../shared/instruments/schema';
import type { CheckinItemView, CheckinTablet } from '../../../../shared/activities/checkin/views';
import { SPEAKER } from '../../icons-ui';
import { icon } from '../../svg';

/** One screen of the check-in: its element and what it reads aloud (on "listen", and by itself in 'auto' mode). */
export interface CheckinPart {
  el: HTMLElement;
  /** What the listen button reads. */
  listen: () => void;
  /** What 'auto' read-aloud reads when the screen appears (the item alone; the options wait for "listen"). */
  auto: () => void;
}

/** The item or one of its option phrases, in this tablet's language. */
export const local = (text: LocalText): string => text[lang()];

export function itemPart(item: CheckinItemView): ReadPart {
  return { key: item.id, text: local(item.speak ?? item.text) };
}

export function optionPart(o: ResponseOption): ReadPart {
  return { key: o.id, text: local(o.speak ?? o.label) };
}

/** Reads parts aloud, from the instrument's recorded clips when it has them. */
export function read(view: CheckinTablet, parts: ReadPart[]): void {
  readAloudParts(parts, lang(), view.instrumentId);
}

/** The round speaker button (≥ 64 px) that reads the screen aloud. */
export function listenButton(onTap: () => void, className = ''): HTMLButtonElement {
  const label = t().tabletPage.checkin.listen;
  return h(
    'button',
    { type: 'button', className: `speaker ck-listen ${className}`.trim(), 'data-testid': 'checkin-listen', 'aria-label': label, title: label, onClick: onTap },
    icon(SPEAKER),
  );
}
