// The staff page (administrators): accounts with their roles, a form for a new account, and access per group.
import { api } from '../../common/api';
import { h, render } from '../../common/dom';
import { fill } from '../../../shared/i18n';
import { langStore, t } from '../../common/i18n';
import { STAFF_ROLES, type GroupInfo, type StaffInfo, type StaffRole } from '../../../shared/api/schemas';
import { errorText } from '../errors';
import { appStore } from '../store';
import { handledAuthError } from './auth-guard';
import { accessTable } from './staff-access';
import { accountRow } from './staff-account';
import { card, errorBox, field, select, textInput } from './ui';
import '../styles/staff.css';

interface Draft {
  username: string;
  displayName: string;
  password: string;
  role: StaffRole;
}

export function mountStaff(root: HTMLElement): () => void {
  let staff: StaffInfo[] | null = null;
  let groups: GroupInfo[] = [];
  let failure: unknown = null;
  let notice: string | null = null;
  let draft: Draft = { username: '', displayName: '', password: '', role: 'facilitator' };
  const me = appStore.getState().me;

  const load = () =>
    Promise.all([api<StaffInfo[]>('GET', '/staff'), api<GroupInfo[]>('GET', '/groups')]).then(
      ([s, g]) => {
        staff = s;
        groups = g;
        draw();
      },
      (err: unknown) => {
        if (handledAuthError(err)) return;
        failure = err;
        draw();
      },
    );

  const form = (): HTMLElement => {
    const tt = t().consoleStaff;
    const box = errorBox();
    const input = (key: 'username' | 'displayName' | 'password', attrs: Record<string, string> = {}) => {
      const el = textInput(`staff-${key}`, attrs);
      el.value = draft[key];
      el.addEventListener('input', () => (draft = { ...draft, [key]: el.value }));
      return el;
    };
    const role = select(
      'staff-role',
      STAFF_ROLES.map((r) => ({ value: r, label: tt.roleShort[r] })),
      draft.role,
    );
    const roleHint = h('span', { className: 'field-hint' }, tt.roles[draft.role]);
    role.addEventListener('change', () => {
      draft = { ...draft, role: role.value as StaffRole };
      roleHint.textContent = tt.roles[draft.role];
    });
    const el = h(
      'form',
      { className: 'staff-form', novalidate: true },
      field(tt.username, input('username', { autocomplete: 'off' })),
      field(tt.displayName, input('displayName')),
      field(tt.password, input('password', { type: 'password', autocomplete: 'new-password' })),
      field(tt.role, h('div', { className: 'role-pick' }, role, roleHint)),
      box.el,
      h('button', { type: 'submit', className: 'button primary', 'data-testid': 'staff-create' }, tt.create),
    );
    el.addEventListener('submit', (ev) => {
      ev.preventDefault();
      api<StaffInfo>('POST', '/staff', {
        username: draft.username.trim(),
        displayName: draft.displayName.trim(),
        password: draft.password,
        role: draft.role,
      }).then(
        (created) => {
          notice = fill(tt.created, { name: created.displayName });
          draft = { username: '', displayName: '', password: '', role: draft.role };
          void load();
        },
        (err: unknown) => box.show(errorText(err)),
      );
    });
    return el;
  };

  const draw = () => {
    const tt = t().consoleStaff;
    if (me?.role !== 'admin') return render(root, h('div', { className: 'card narrow center' }, h('p', { 'data-testid': 'error-message' }, tt.adminsOnly)));
    const head = h('div', { className: 'page-head' }, h('div', {}, h('h1', {}, tt.title), h('p', { className: 'muted' }, tt.intro)));
    if (failure) return render(root, head, h('p', { 'data-testid': 'error-message' }, errorText(failure)));
    if (!staff) return render(root, head, h('p', { className: 'muted' }, t().consolePage.loading));
    const accounts = h('ul', { className: 'staff-list', 'data-testid': 'staff-list' }, ...staff.map((s) => accountRow(s, s.id === me.id, () => void load())));
    render(
      root,
      head,
      h(
        'div',
        { className: 'two-col' },
        h(
          'div',
          { className: 'col-main' },
          card('staff-accounts', h('h2', {}, tt.accounts), accounts),
          card('staff-access', h('h2', {}, tt.access), h('p', { className: 'muted small' }, tt.accessIntro), accessTable(staff, groups)),
        ),
        card('new-staff', h('h2', {}, tt.newAccount), notice ? h('p', { className: 'notice', 'data-testid': 'staff-notice' }, notice) : null, form()),
      ),
    );
  };
  void load();
  draw();
  return langStore.subscribe(draw);
}
