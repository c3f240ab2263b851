// The group fields (name, age band, language, auto-approve; a programme for a new group), to create or edit a group.
import { h } from '../../common/dom';
import { lang, t } from '../../common/i18n';
import { AGE_BANDS, LANGUAGES, type AgeBand, type Language } from '../../../shared/session/roster';
import { checkbox, errorBox, field, select, textInput } from './ui';
import { errorText } from '../errors';
import { loadTemplates, templateLabel } from './programme-templates';

export interface GroupValues {
  name: string;
  ageBand: AgeBand;
  language: Language;
  autoApprove: boolean;
  /** A new group only: the programme template to copy in (absent: no programme). */
  programmeTemplate?: string;
}

export interface GroupFormSpec {
  /** Test id prefix: `new-group` gives new-group-name, new-group-age, …, new-group-submit. */
  prefix: string;
  initial: GroupValues;
  submitLabel: string;
  /** Resolves to a short success note to show, or nothing. */
  onSubmit: (values: GroupValues) => Promise<string | undefined>;
  /** Remembers typed values across re-draws (a language switch). */
  onChange?: (values: GroupValues) => void;
  /** Offer a programme template (default: yes; editing an existing group says no, its programme has its own card). */
  programme?: boolean;
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
  const programme = spec.programme === false ? null : programmeField(`${spec.prefix}-programme`, spec.initial.programmeTemplate ?? '');
  const box = errorBox();
  const note = h('span', { className: 'save-note', role: 'status' });
  const submit = h('button', { type: 'submit', className: 'button primary', 'data-testid': `${spec.prefix}-submit` }, spec.submitLabel);

  const values = (): GroupValues => ({
    name: name.value.trim(),
    ageBand: age.value as AgeBand,
    language: language.value as Language,
    autoApprove: auto.checked,
    ...(programme?.value() ? { programmeTemplate: programme.value() } : {}),
  });
  const form = h(
    'form',
    { className: 'group-form', novalidate: true },
    field(tt.name, name),
    h('div', { className: 'field-row' }, field(tt.ageBand, age), field(tt.language, language, tt.languageHint)),
    programme?.el,
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

/** The programme select: "none" at once, the templates as soon as they arrive; the hint sums up the chosen one. */
function programmeField(testid: string, initial: string): { el: HTMLElement; value: () => string } {
  const tt = t().consolePage.programme;
  const pick = select<string>(testid, [{ value: '', label: tt.none }], '');
  const hint = h('span', { className: 'field-hint programme-hint', 'data-testid': `${testid}-hint` }, tt.noneHint);
  if (initial) {
    // Keep a remembered choice (a re-draw on a language switch) until the list arrives.
    pick.append(h('option', { value: initial }, tt.loadingTemplates));
    pick.value = initial;
  }
  let summaries = new Map<string, string>();
  const describe = () => {
    const summary = summaries.get(pick.value);
    hint.replaceChildren(...(summary ? [h('span', { className: 'programme-summary' }, summary), h('span', {}, tt.templateHint)] : [tt.noneHint]));
  };
  // "input" (not "change"): the form reports its values on input, and this must already be up to date then.
  pick.addEventListener('input', describe);
  loadTemplates().then(
    (list) => {
      const chosen = pick.value;
      summaries = new Map(list.map((tpl) => [tpl.id, tpl.summary[lang()]]));
      pick.replaceChildren(h('option', { value: '' }, tt.none), ...list.map((tpl) => h('option', { value: tpl.id }, templateLabel(tpl))));
      pick.value = summaries.has(chosen) ? chosen : '';
      describe();
    },
    () => {
      // Without the list a group can still be created; a programme can be added on its page later.
      pick.replaceChildren(h('option', { value: '' }, tt.none));
    },
  );
  const el = h('label', { className: 'field programme-field' }, h('span', { className: 'field-label' }, tt.field), pick, hint);
  return { el, value: () => pick.value };
}
