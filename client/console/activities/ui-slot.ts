// An element holding an activity's form fields or controls: drawn at once when its chunk is here, else when it arrives.
import type { ActivityId } from '../../../shared/activities/registry';
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import { loadedUi, loadUi } from './index';

type Ui = NonNullable<ReturnType<typeof loadedUi>>;

/**
 * The slot lays out as if its children were the parent's (display: contents), so a form or a controls block looks the
 * same whether it was drawn at once or a moment later. A chunk that cannot load (the console was updated since this
 * page loaded, or the network dropped) says to reload, in the words the console uses for an outdated page.
 */
export function uiSlot(id: ActivityId, draw: (ui: Ui) => HTMLElement[]): HTMLElement {
  const slot = h('div', { className: 'activity-ui' });
  const ui = loadedUi(id);
  if (ui) {
    slot.replaceChildren(...draw(ui));
    return slot;
  }
  slot.setAttribute('aria-busy', 'true');
  loadUi(id).then(
    (ready) => {
      slot.replaceChildren(...draw(ready));
      slot.removeAttribute('aria-busy');
    },
    () => {
      slot.replaceChildren(h('p', { className: 'field-hint is-error', role: 'alert' }, t().common.errors['protocol.version']));
      slot.removeAttribute('aria-busy');
    },
  );
  return slot;
}
