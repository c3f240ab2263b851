// The group fields (name, age band, language, auto-approve), used to create a group and to edit one.
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import { AGE_BANDS, LANGUAGES, type AgeBand, type Language } from '../../../shared/session/roster';
import { checkbox, errorBox, field, select, textInput } from './ui';
import { errorText } from '../errors';

export interface GroupValues {
  name: string;
  ageBand: AgeBand;
  language: Language;
  autoApprove: boolean;
}

export interface GroupFormSpec {
  /** Test id prefix: `new-group` gives new-group-name, new-group-age, …, new-group-submit. */
  prefix: string;
  initial: GroupValues;
  submitLabel: string;
  /** Resolves to a short success note to show, or nothing. */
  onSubmit: (values: GroupValues) => Promise<string | void>;
  /** Remembers typed values across re-draws (a language switch). */
  onChange?: (values: GroupValues) => void;
}

export function groupForm(spec: GroupFormSpec): HTMLFormElement {
  const tt = t().consolePage.groups;
  const name = textInput(`${spec.prefix}-name`, { maxlength: 60, placeholder: tt.namePlaceholder });
  name.value = spec.initial.name;
  const age = select(
    `${spec.prefix}-age`,
    AGE_BANDS.map((b) => ({ value: b, label: t().consolePage.ageBands[b] })),
    spec.initial.ageBand,
  );
  const language = select(
    `${spec.prefix}-language`,
    LANGUAGES.map((l) => ({ value: l, label: t().common.languageNames[l] })),
    spec.initial.language,
  );
  const auto = checkbox(`${spec.prefix}-auto`, spec.initial.autoApprove);
  const box = errorBox();
  const note = h('span', { className: 'save-note', role: 'status' });
  const submit = h('button', { type: 'submit', className: 'button primary', 'data-testid': `${spec.prefix}-submit` }, spec.submitLabel);

  const values = (): GroupValues => ({
    name: name.value.trim(),
    ageBand: age.value as AgeBand,
    language: language.value as Language,
    autoApprove: auto.checked,
  });
  const form = h(
    'form',
    { className: 'group-form', novalidate: true },
    field(tt.name, name),
    h('div', { className: 'field-row' }, field(tt.ageBand, age), field(tt.language, language, tt.languageHint)),
    h('label', { className: 'check-field' }, auto, h('span', {}, tt.autoApprove)),
    box.el,
    h('div', { className: 'form-actions' }, submit, note),
  );
  form.addEventListener('input', () => {
    note.textContent = '';
    spec.onChange?.(values());
  });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const v = values();
    if (!v.name) {
      box.show(t().consolePage.errors.required);
      return name.focus();
    }
    box.show(null);
    submit.disabled = true;
    spec.onSubmit(v).then(
      (msg) => {
        submit.disabled = false;
        note.textContent = msg ?? '';
      },
      (err: unknown) => {
        submit.disabled = false;
        box.show(errorText(err));
      },
    );
  });
  return form;
}
