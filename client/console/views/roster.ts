// The roster editor: add a child (nickname + avatar), edit or remove one; each child's random code, guardian consent and data controls.
import { api } from '../../common/api';
import { avatarImg, avatarName } from '../../common/avatar';
import { h } from '../../common/dom';
import { fill } from '../../../shared/i18n';
import { lang, t } from '../../common/i18n';
import type { ChildInfo, GroupDetail } from '../../../shared/api/schemas';
import type { AvatarId } from '../../../shared/avatars';
import { avatarPicker, firstFreeAvatar } from './avatar-picker';
import { confirmDialog } from './confirm-dialog';
import { card, errorBox, field, textInput } from './ui';
import { errorText } from '../errors';
import { childDataLine, formerChildrenList, type ConsentSave } from './child-data';

/** What the roster editor keeps between re-draws. */
export interface RosterUi {
  editing: string | null;
  addNickname: string;
  addAvatar: AvatarId | null;
  focusAdd: boolean;
  /** Consent saves per child id, so "Saved" stays visible across re-draws. */
  consentSaves: Record<string, ConsentSave>;
}

export interface RosterDeps {
  group: GroupDetail;
  ui: RosterUi;
  /** Re-fetches the group and re-draws. */
  reload: () => Promise<void>;
  redraw: () => void;
  onError: (err: unknown) => void;
}

export function rosterCard(d: RosterDeps): HTMLElement {
  const tt = t().consolePage.roster;
  const rows = d.group.roster.map((c) => (d.ui.editing === c.id ? editRow(d, c) : childRow(d, c)));
  return card(
    'roster',
    h('div', { className: 'card-head' }, h('h2', {}, tt.title), h('span', { className: 'muted' }, fill(tt.count, { n: d.group.roster.length }))),
    rows.length ? h('ul', { className: 'roster-list' }, ...rows) : h('p', { className: 'empty-note' }, tt.empty),
    formerChildrenList({ groupId: d.group.id, reload: d.reload, onError: d.onError }, d.group.formerChildren ?? []),
    addForm(d),
  );
}

function inUse(group: GroupDetail, except?: string): Set<AvatarId> {
  return new Set(group.roster.filter((c) => c.id !== except).map((c) => c.avatar));
}

function childRow(d: RosterDeps, c: ChildInfo): HTMLElement {
  const tt = t().consolePage.roster;
  const remove = async () => {
    if (!(await confirmDialog(fill(tt.removeConfirm, { name: c.nickname }), tt.removeOk))) return;
    api('DELETE', `/groups/${d.group.id}/children/${c.id}`).then(d.reload, d.onError);
  };
  return h(
    'li',
    { className: 'roster-row has-data', 'data-testid': 'roster-row', 'data-child-id': c.id },
    avatarImg(c.avatar, 44, avatarName(c.avatar, lang())),
    h('span', { className: 'roster-name', 'data-testid': 'roster-nickname' }, c.nickname),
    h(
      'span',
      { className: 'child-code', title: tt.codeHint },
      h('span', { className: 'muted' }, `${tt.code} `),
      h('code', { 'data-testid': 'child-code' }, c.code),
    ),
    h(
      'span',
      { className: 'row-actions' },
      h('button', { type: 'button', className: 'button small', 'data-testid': 'edit-child', onclick: () => ((d.ui.editing = c.id), d.redraw()) }, tt.edit),
      h('button', { type: 'button', className: 'button small quiet-danger', 'data-testid': 'remove-child', onclick: () => void remove() }, tt.remove),
    ),
    childDataLine({ groupId: d.group.id, saves: d.ui.consentSaves, redraw: d.redraw, reload: d.reload, onError: d.onError }, c),
  );
}

function editRow(d: RosterDeps, c: ChildInfo): HTMLElement {
  const tt = t().consolePage.roster;
  const nickname = textInput('edit-nickname', { maxlength: 24 });
  nickname.value = c.nickname;
  const picker = avatarPicker(c.avatar, inUse(d.group, c.id));
  const box = errorBox();
  const form = h(
    'form',
    { className: 'roster-edit', novalidate: true },
    field(tt.nickname, nickname),
    h('div', { className: 'field-label' }, tt.chooseAvatar),
    picker.el,
    box.el,
    h(
      'div',
      { className: 'form-actions' },
      h('button', { type: 'submit', className: 'button primary', 'data-testid': 'save-child' }, tt.save),
      h('button', { type: 'button', className: 'button', 'data-testid': 'cancel-edit', onclick: () => ((d.ui.editing = null), d.redraw()) }, tt.cancel),
    ),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const name = nickname.value.trim();
    if (!name) return box.show(t().consolePage.errors.nicknameRequired);
    api('PUT', `/groups/${d.group.id}/children/${c.id}`, { nickname: name, avatar: picker.value() }).then(
      () => {
        d.ui.editing = null;
        return d.reload();
      },
      (err: unknown) => box.show(errorText(err)),
    );
  });
  queueMicrotask(() => nickname.focus());
  return h('li', { className: 'roster-row editing', 'data-testid': 'roster-row', 'data-child-id': c.id }, form);
}

function addForm(d: RosterDeps): HTMLElement {
  const tt = t().consolePage.roster;
  const used = inUse(d.group);
  const nickname = textInput('child-nickname', { maxlength: 24, placeholder: tt.nicknamePlaceholder });
  nickname.value = d.ui.addNickname;
  nickname.addEventListener('input', () => (d.ui.addNickname = nickname.value));
  const initial = d.ui.addAvatar && !used.has(d.ui.addAvatar) ? d.ui.addAvatar : firstFreeAvatar(used);
  const picker = avatarPicker(initial, used);
  picker.el.addEventListener('click', () => (d.ui.addAvatar = picker.value()));
  const box = errorBox();
  const submit = h('button', { type: 'submit', className: 'button primary', 'data-testid': 'add-child' }, tt.add);
  const form = h(
    'form',
    { className: 'add-child', novalidate: true },
    h('h3', {}, tt.addTitle),
    field(tt.nickname, nickname),
    h('div', { className: 'field-label' }, tt.chooseAvatar),
    picker.el,
    box.el,
    h('div', { className: 'form-actions' }, submit),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const name = nickname.value.trim();
    if (!name) {
      box.show(t().consolePage.errors.nicknameRequired);
      return nickname.focus();
    }
    submit.disabled = true;
    api('POST', `/groups/${d.group.id}/children`, { nickname: name, avatar: picker.value() }).then(
      () => {
        // Ready for the next child straight away: empty name, next free avatar, cursor in the field.
        d.ui.addNickname = '';
        d.ui.addAvatar = null;
        d.ui.focusAdd = true;
        return d.reload();
      },
      (err: unknown) => {
        submit.disabled = false;
        box.show(errorText(err));
      },
    );
  });
  if (d.ui.focusAdd) {
    d.ui.focusAdd = false;
    queueMicrotask(() => nickname.focus({ preventScroll: true }));
  }
  return form;
}
