// Small shared building blocks of the console's views: labelled fields, the error box, cards.
import { h } from '../../common/dom';
import { t } from '../../common/i18n';

type Child = Node | string | null | undefined | false;

export function field(label: string, input: HTMLElement, hint?: string): HTMLLabelElement {
  return h('label', { className: 'field' }, h('span', { className: 'field-label' }, label), input, hint ? h('span', { className: 'field-hint' }, hint) : null);
}

export function textInput(testid: string, attrs: Record<string, string | number | boolean> = {}): HTMLInputElement {
  return h('input', { type: 'text', 'data-testid': testid, autocomplete: 'off', spellcheck: 'false', ...attrs });
}

export function card(className: string, ...children: Child[]): HTMLElement {
  return h('section', { className: `card ${className}` }, ...children);
}

/**
 * A message area that tests and people find in one place; empty means hidden.
 * `show(text)` fills it, `show(null)` clears it.
 */
export function errorBox(): { el: HTMLElement; show: (text: string | null) => void } {
  const el = h('div', { className: 'error-box', role: 'alert', hidden: true });
  const show = (text: string | null) => {
    el.replaceChildren();
    el.hidden = !text;
    if (!text) return;
    el.append(
      h('span', { 'data-testid': 'error-message' }, text),
      h('button', { type: 'button', className: 'link-button', onclick: () => show(null) }, t().consolePage.dismiss),
    );
  };
  return { el, show };
}

export function select<V extends string>(testid: string, options: readonly { value: V; label: string }[], value: V): HTMLSelectElement {
  const el = h('select', { 'data-testid': testid });
  for (const o of options) el.append(h('option', { value: o.value }, o.label));
  el.value = value;
  return el;
}

export function checkbox(testid: string, checked: boolean): HTMLInputElement {
  const el = h('input', { type: 'checkbox', 'data-testid': testid });
  el.checked = checked;
  return el;
}
