// The group page's programme card: load, copy a template in, edit the sessions, save; and the start panel's "starts with" line.
import '../styles/programme.css';
import { api } from '../../common/api';
import { h, render } from '../../common/dom';
import { lang, langStore, t } from '../../common/i18n';
import { fill } from '../../../shared/i18n';
import type { GroupDetail, GroupProgramme, ProgrammeTemplateInfo } from '../../../shared/api/schemas';
import type { Programme } from '../../../shared/programmes/programme';
import { ACTIVITY_IDS, defaultPlanActivities } from '../../../shared/activities/registry';
import { errorText } from '../errors';
import { handledAuthError } from './auth-guard';
import { confirmDialog } from './confirm-dialog';
import { sessionCards, type EditorUi, type ProgrammeEditor } from './programme-editor';
import { loadTemplates, templateLabel } from './programme-templates';
import { errorBox, select } from './ui';

export interface ProgrammePanel {
  el: HTMLElement;
  /** One line for the start panel: which session a new live session runs. */
  startNote: HTMLElement;
  /** The group changed (age band, live session): settings forms and the "live" note follow it. */
  update: (group: GroupDetail) => void;
  destroy: () => void;
}

const clone = (p: Programme): Programme => JSON.parse(JSON.stringify(p)) as Programme;

/** What is saved: trimmed text, empty notes left out (the server trims too; this keeps "dirty" honest). */
function normalised(p: Programme): Programme {
  return {
    templateId: p.templateId,
    title: p.title.trim(),
    sessions: p.sessions.map((s) => ({
      title: s.title.trim(),
      goal: (s.goal ?? '').trim(),
      rounds: s.rounds.map((r) => ({ activity: r.activity, settings: r.settings, ...(r.note?.trim() ? { note: r.note.trim() } : {}) })),
    })),
  };
}

export function programmePanel(groupId: string, group: GroupDetail): ProgrammePanel {
  let g = group;
  let loaded: GroupProgramme | null = null;
  let loadError: unknown = null;
  let draft: Programme | null = null;
  let savedJson = '';
  let saving = false;
  let templates: ProgrammeTemplateInfo[] = [];
  let chosenTemplate = '';
  let savedNote = false;
  const ui: EditorUi = { addingTo: null, addActivity: defaultPlanActivities()[0] ?? ACTIVITY_IDS[0]!, addSettings: new Map(), settingsOpen: null };
  const box = errorBox();
  const el = h('section', { className: 'card programme', 'data-testid': 'programme' });
  const startNote = h('p', { className: 'programme-start-note', 'data-testid': 'programme-start-note', hidden: true });
  const saveNote = h('span', { className: 'save-state', role: 'status' });
  const saveButton = h('button', { type: 'button', className: 'button primary', 'data-testid': 'programme-save', onclick: () => void save() });
  const discardButton = h('button', { type: 'button', className: 'button', 'data-testid': 'programme-discard', onclick: () => void discard() });

  const dirty = () => draft !== null && JSON.stringify(normalised(draft)) !== savedJson;
  const fail = (err: unknown) => {
    if (handledAuthError(err)) return;
    box.show(errorText(err));
  };

  const accept = (gp: GroupProgramme) => {
    loaded = gp;
    draft = gp.programme ? clone(gp.programme) : null;
    savedJson = gp.programme ? JSON.stringify(normalised(gp.programme)) : '';
    ui.addingTo = null;
    ui.settingsOpen = null;
  };

  const saveBar = () => {
    const tt = t().consolePage.programme;
    const d = dirty();
    saveButton.textContent = tt.save;
    saveButton.disabled = !d || saving;
    discardButton.textContent = tt.discard;
    discardButton.hidden = !d;
    saveNote.textContent = d ? tt.unsaved : savedNote ? tt.saved : '';
    saveNote.className = `save-state${d ? ' is-dirty' : savedNote ? ' is-saved' : ''}`;
    el.classList.toggle('is-dirty', d);
  };

  const drawStartNote = () => {
    const tt = t().consolePage.programme;
    const p = loaded?.programme;
    const i = loaded?.nextSession ?? null;
    const s = p && i !== null ? p.sessions[i] : undefined;
    startNote.hidden = !p;
    startNote.textContent = s && p ? fill(tt.startsWith, { n: i! + 1, count: p.sessions.length, title: s.title }) : p ? tt.allDone : '';
  };

  const save = async () => {
    if (!draft) return;
    const body = normalised(draft);
    if (!body.title || body.sessions.some((s) => !s.title)) return box.show(t().consolePage.programme.titleRequired);
    box.show(null);
    saving = true;
    saveBar();
    try {
      accept(await api<GroupProgramme>('PUT', `/groups/${groupId}/programme`, body));
      savedNote = true;
    } catch (err) {
      fail(err);
    }
    saving = false;
    draw();
  };

  const discard = async () => {
    const tt = t().consolePage.programme;
    if (!loaded || !(await confirmDialog(tt.discardConfirm, tt.discardOk, 'normal'))) return;
    accept(loaded);
    draw();
  };

  const fromTemplate = async () => {
    const tt = t().consolePage.programme;
    const tpl = templates.find((x) => x.id === chosenTemplate);
    if (!tpl) return;
    if (draft && !(await confirmDialog(fill(tt.replaceConfirm, { title: tpl.title[lang()] }), tt.replaceOk))) return;
    box.show(null);
    try {
      accept(await api<GroupProgramme>('POST', `/groups/${groupId}/programme/from-template`, { templateId: tpl.id }));
      chosenTemplate = '';
      savedNote = false;
    } catch (err) {
      fail(err);
    }
    draw();
  };

  const blank = () => {
    const tt = t().consolePage.programme;
    draft = { templateId: null, title: tt.blankTitle, sessions: [{ title: fill(tt.sessionN, { n: 1 }), goal: '', rounds: [] }] };
    draw('[data-testid="programme-title"]');
  };

  const templatePicker = (): HTMLElement => {
    const tt = t().consolePage.programme;
    const pick = select<string>(
      'programme-template-select',
      [{ value: '', label: tt.chooseTemplate }, ...templates.map((x) => ({ value: x.id, label: templateLabel(x) }))],
      chosenTemplate,
    );
    const use = h(
      'button',
      {
        type: 'button',
        className: `button${draft ? '' : ' primary'}`,
        'data-testid': 'programme-from-template',
        disabled: !chosenTemplate,
        onclick: () => void fromTemplate(),
      },
      tt.fromTemplate,
    );
    const summary = h('p', { className: 'field-hint programme-template-summary' });
    const describe = () => {
      const tpl = templates.find((x) => x.id === pick.value);
      summary.textContent = tpl ? tpl.summary[lang()] : '';
      summary.hidden = !tpl;
    };
    pick.addEventListener('input', () => {
      chosenTemplate = pick.value;
      use.disabled = !chosenTemplate;
      describe();
    });
    describe();
    return h('div', { className: 'programme-template' }, h('div', { className: 'programme-template-row' }, pick, use), summary);
  };

  const editor = (p: Programme): ProgrammeEditor => ({
    draft: p,
    nextSession: loaded?.nextSession ?? null,
    env: { ageBand: g.ageBand },
    ui,
    changed: () => {
      savedNote = false;
      saveBar();
    },
    redraw: (focus) => {
      savedNote = false;
      draw(focus);
    },
  });

  const head = (): HTMLElement => {
    const tt = t().consolePage.programme;
    const tpl = draft?.templateId ? templates.find((x) => x.id === draft!.templateId) : undefined;
    const origin = !draft ? null : tpl ? fill(tt.basedOn, { title: tpl.title[lang()] }) : draft.templateId ? null : tt.own;
    const meta = draft ? [origin, fill(tt.sessionsCount, { n: draft.sessions.length })].filter(Boolean).join(' · ') : '';
    return h('div', { className: 'programme-head' }, h('div', {}, h('h2', {}, tt.title), meta ? h('p', { className: 'muted small' }, meta) : null));
  };

  const draw = (focus?: string) => {
    const tt = t().consolePage.programme;
    drawStartNote();
    if (!loaded) {
      render(
        el,
        h('h2', {}, tt.title),
        loadError ? h('p', { 'data-testid': 'error-message' }, errorText(loadError)) : h('p', { className: 'muted' }, t().consolePage.loading),
      );
      return;
    }
    if (!draft) {
      render(
        el,
        head(),
        box.el,
        h('p', { className: 'programme-empty' }, tt.empty),
        templatePicker(),
        h('button', { type: 'button', className: 'link-button programme-blank', 'data-testid': 'programme-blank', onclick: blank }, tt.blank),
      );
      return;
    }
    const d = draft;
    const title = h('input', {
      type: 'text',
      className: 'programme-title-input',
      'data-testid': 'programme-title',
      maxlength: 120,
      'aria-label': tt.programmeTitle,
      spellcheck: 'false',
    });
    title.value = d.title;
    title.addEventListener('input', () => {
      d.title = title.value;
      savedNote = false;
      saveBar();
    });
    const next = loaded.nextSession;
    const status = g.liveSessionId ? tt.liveNote : next === null ? tt.allDone : null;
    render(
      el,
      head(),
      title,
      status ? h('p', { className: 'programme-status muted small' }, status) : null,
      sessionCards(editor(d)),
      h('details', { className: 'programme-replace' }, h('summary', {}, tt.replaceTemplate), templatePicker()),
      // Beside the save button, where a "needs a title" message is seen.
      box.el,
      h('div', { className: 'programme-savebar' }, saveNote, h('span', { className: 'savebar-space' }), discardButton, saveButton),
    );
    saveBar();
    if (focus) el.querySelector<HTMLElement>(focus)?.focus();
  };

  const load = async () => {
    try {
      accept(await api<GroupProgramme>('GET', `/groups/${groupId}/programme`));
      loadError = null;
    } catch (err) {
      if (handledAuthError(err)) return;
      loadError = err;
    }
    draw();
  };

  draw();
  void load();
  loadTemplates().then(
    (list) => {
      templates = list;
      draw();
    },
    () => undefined,
  );
  const unLang = langStore.subscribe(() => draw());
  // Leaving with unsaved edits: the browser asks (a route change inside the console cannot be stopped here).
  const beforeUnload = (ev: BeforeUnloadEvent) => {
    if (dirty()) ev.preventDefault();
  };
  window.addEventListener('beforeunload', beforeUnload);

  return {
    el,
    startNote,
    update(next) {
      const redraw = next.ageBand !== g.ageBand || next.liveSessionId !== g.liveSessionId;
      g = next;
      if (redraw) draw();
    },
    destroy() {
      unLang();
      window.removeEventListener('beforeunload', beforeUnload);
    },
  };
}
