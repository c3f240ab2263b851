// First-start setup form (with the one-time code from the server terminal) and the login form.
import { api } from '../../common/api';
import { h, render } from '../../common/dom';
import { langStore, t } from '../../common/i18n';
import type { StaffInfo } from '../../../shared/api/schemas';
import { errorText } from '../errors';
import { appStore } from '../store';
import { errorBox, field } from './ui';

type Draft = Record<string, string>;

/** Typed values survive a language switch, which re-draws the form. */
const setupDraft: Draft = {};
const loginDraft: Draft = {};

function input(draft: Draft, name: string, testid: string, attrs: Record<string, string> = {}): HTMLInputElement {
  const el = h('input', { name, 'data-testid': testid, type: 'text', spellcheck: 'false', ...attrs });
  el.value = draft[name] ?? '';
  el.addEventListener('input', () => (draft[name] = el.value));
  return el;
}

interface FormSpec {
  draft: Draft;
  title: string;
  intro: HTMLElement[];
  fields: HTMLElement[];
  submitLabel: string;
  submitTestid: string;
  /** A key of the console's error table, or null when the form is complete. */
  validate: () => 'required' | 'passwordShort' | null;
  send: () => Promise<StaffInfo>;
}

/** Signed in: the console's store by default; the review page passes its own. */
type OnSignedIn = (me: StaffInfo) => void;
const consoleSignedIn: OnSignedIn = (me) => appStore.getState().signedIn(me);

function mountForm(root: HTMLElement, spec: () => FormSpec, onSignedIn: OnSignedIn): () => void {
  // Kept as a function so a language switch re-translates the message on screen.
  let error: (() => string) | null = null;
  let busy = false;
  const draw = () => {
    const s = spec();
    const box = errorBox();
    box.show(error ? error() : null);
    const submit = h('button', { type: 'submit', className: 'button primary large', 'data-testid': s.submitTestid, disabled: busy }, s.submitLabel);
    const form = h('form', { className: 'auth-form', novalidate: true }, ...s.fields, box.el, submit);
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const invalid = s.validate();
      if (invalid) {
        error = () => t().consolePage.errors[invalid];
        return draw();
      }
      busy = true;
      error = null;
      draw();
      s.send().then(
        (me) => {
          for (const k of Object.keys(s.draft)) delete s.draft[k];
          onSignedIn(me);
        },
        (err: unknown) => {
          busy = false;
          error = () => errorText(err);
          draw();
        },
      );
    });
    render(root, h('div', { className: 'auth-wrap' }, h('div', { className: 'card auth-card' }, h('h1', {}, s.title), ...s.intro, form)));
  };
  draw();
  return langStore.subscribe(draw);
}

export function mountSetup(root: HTMLElement, onSignedIn: OnSignedIn = consoleSignedIn): () => void {
  const d = setupDraft;
  return mountForm(
    root,
    () => {
      const tt = t().consolePage;
      return {
        draft: d,
        title: tt.setup.title,
        intro: [h('p', { className: 'lead' }, tt.setup.intro), h('p', { className: 'notice' }, tt.setup.codeWhere)],
        fields: [
          field(tt.setup.code, input(d, 'setupCode', 'setup-code', { inputmode: 'numeric', autocomplete: 'one-time-code', className: 'code-input' })),
          field(tt.setup.username, input(d, 'username', 'setup-username', { autocomplete: 'username' }), tt.setup.usernameHint),
          field(tt.setup.displayName, input(d, 'displayName', 'setup-display-name', { autocomplete: 'name' }), tt.setup.displayNameHint),
          field(tt.setup.password, input(d, 'password', 'setup-password', { type: 'password', autocomplete: 'new-password' }), tt.setup.passwordHint),
        ],
        submitLabel: tt.setup.submit,
        submitTestid: 'setup-submit',
        validate: () => {
          if (!d.setupCode?.trim() || !d.username?.trim() || !d.displayName?.trim() || !d.password) return 'required';
          if (d.password.length < 8) return 'passwordShort';
          return null;
        },
        send: () =>
          api<StaffInfo>('POST', '/setup', {
            setupCode: d.setupCode?.trim(),
            username: d.username?.trim(),
            displayName: d.displayName?.trim(),
            password: d.password,
          }),
      };
    },
    onSignedIn,
  );
}

export function mountLogin(root: HTMLElement, onSignedIn: OnSignedIn = consoleSignedIn): () => void {
  const d = loginDraft;
  return mountForm(
    root,
    () => {
      const tt = t().consolePage;
      return {
        draft: d,
        title: tt.login.title,
        intro: [h('p', { className: 'lead' }, tt.login.intro)],
        fields: [
          field(tt.login.username, input(d, 'username', 'login-username', { autocomplete: 'username' })),
          field(tt.login.password, input(d, 'password', 'login-password', { type: 'password', autocomplete: 'current-password' })),
        ],
        submitLabel: tt.login.submit,
        submitTestid: 'login-submit',
        validate: () => (!d.username?.trim() || !d.password ? 'required' : null),
        send: () => api<StaffInfo>('POST', '/login', { username: d.username?.trim(), password: d.password }),
      };
    },
    onSignedIn,
  );
}
