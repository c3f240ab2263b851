// The "Enter the session code" form, for a screen opened without a token (e.g. typed in by hand).
import { ApiError, api } from '../common/api';
import { h } from '../common/dom';
import { langStore, t } from '../common/i18n';
import { isErrorCode } from '../../shared/protocol/errors';
import type { ScreenKey } from './screen-token';

const CODE = /^[0-9]{4,6}$/;

function errorText(code: string): string {
  const errors = t().common.errors;
  return isErrorCode(code) ? errors[code] : errors['server.error'];
}

/** Shows the form in `root`; resolves with a screen token once a live session's code is entered. */
export function askForCode(root: HTMLElement, notice?: () => string): { key: Promise<ScreenKey>; remove: () => void } {
  const title = h('h1', { className: 'claim-title', id: 'claim-title' });
  const hint = h('p', { className: 'claim-hint' });
  const label = h('label', { className: 'claim-label', for: 'claim-code' });
  const input = h('input', {
    id: 'claim-code',
    className: 'claim-input',
    'data-testid': 'screen-code-input',
    inputmode: 'numeric',
    autocomplete: 'off',
    maxlength: 6,
    pattern: '[0-9]{4,6}',
    enterkeyhint: 'go',
    autofocus: true,
  });
  const submit = h('button', { type: 'submit', className: 'claim-submit', 'data-testid': 'screen-code-submit' });
  const message = h('p', { className: 'claim-message', role: 'status', 'aria-live': 'polite', 'data-testid': 'screen-code-message' });
  const form = h('form', { className: 'claim-form', novalidate: true }, label, input, submit);
  const card = h('section', { className: 'claim-card', 'aria-labelledby': 'claim-title' }, title, hint, form, message);
  const wrap = h('main', { className: 'claim', 'data-testid': 'screen-claim' }, card);

  let messageOf: (() => string) | null = notice ?? null;
  let busy = false;
  const texts = () => {
    const f = t().screenPage.form;
    document.title = t().screenPage.title;
    title.textContent = f.title;
    hint.textContent = f.hint;
    label.textContent = f.label;
    submit.textContent = busy ? f.working : f.submit;
    message.textContent = messageOf ? messageOf() : '';
  };
  texts();
  const offLang = langStore.subscribe(texts);

  input.addEventListener('input', () => {
    // Only digits; a pasted "12 34" or "Code: 1234" still works.
    const digits = input.value.replace(/\D/g, '').slice(0, 6);
    if (digits !== input.value) input.value = digits;
  });

  const key = new Promise<ScreenKey>((resolve) => {
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      if (busy) return;
      const code = input.value.trim();
      if (!CODE.test(code)) {
        messageOf = () => t().screenPage.form.invalid;
        texts();
        input.focus();
        return;
      }
      busy = true;
      messageOf = null;
      submit.disabled = true;
      texts();
      api<{ screenToken: string }>('POST', '/screen/claim', { code })
        .then((r) => resolve({ token: r.screenToken, code }))
        .catch((err: unknown) => {
          const c = err instanceof ApiError ? err.code : 'server.error';
          messageOf = () => errorText(c);
          busy = false;
          submit.disabled = false;
          texts();
          input.select();
        });
    });
  });

  root.replaceChildren(wrap);
  input.focus();
  return {
    key,
    remove: () => {
      offLang();
      wrap.remove();
    },
  };
}
