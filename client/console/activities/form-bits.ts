// Small form pieces shared by the activities' settings forms: a check field and a number-with-unit field.
import { h } from '../../common/dom';
import { checkbox } from '../views/ui';

export function checkField(testid: string, label: string, checked: boolean, onChange: (checked: boolean) => void): HTMLLabelElement {
  const box = checkbox(testid, checked);
  box.addEventListener('change', () => onChange(box.checked));
  return h('label', { className: 'check-field' }, box, h('span', {}, label));
}

/** A whole number in [min, max]; out-of-range typing is clamped when the field is left. */
export function numberInput(testid: string, value: number, min: number, max: number, step: number, onChange: (n: number) => void): HTMLInputElement {
  const input = h('input', { type: 'number', 'data-testid': testid, min, max, step, value: String(value), inputmode: 'numeric' });
  input.addEventListener('change', () => {
    const n = Math.round(Number(input.value));
    const clamped = Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : value;
    input.value = String(clamped);
    onChange(clamped);
  });
  return input;
}

export function withUnit(input: HTMLElement, unit: string): HTMLElement {
  return h('span', { className: 'with-unit' }, input, h('span', { className: 'unit' }, unit));
}
