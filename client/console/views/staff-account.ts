// One account on the staff page: name, username, role (changeable by the admin), deactivate / reactivate, unlock.
import { api } from '../../common/api';
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import { STAFF_ROLES, type StaffInfo, type StaffRole } from '../../../shared/api/schemas';
import { errorText } from '../errors';
import { confirmDialog } from './confirm-dialog';
import { fill } from '../../../shared/i18n';

export function accountRow(s: StaffInfo, isMe: boolean, changed: () => void): HTMLElement {
  const tt = t().consoleStaff;
  const status = h('span', { className: 'access-status small', role: 'status' });
  const change = (body: { role?: StaffRole; active?: boolean }) => {
    status.textContent = '…';
    api<StaffInfo>('PUT', `/staff/${encodeURIComponent(s.id)}`, body).then(changed, (err: unknown) => (status.textContent = errorText(err)));
  };
  // Your own role and account are not yours to change: another administrator does that.
  const role = isMe
    ? h('span', { className: `pill role-${s.role}` }, tt.roleShort[s.role])
    : (() => {
        const el = h('select', { 'data-testid': 'staff-role-select', 'aria-label': `${tt.role}: ${s.displayName}`, disabled: !s.active });
        for (const r of STAFF_ROLES) el.append(h('option', { value: r }, tt.roleShort[r]));
        el.value = s.role;
        el.addEventListener('change', () => change({ role: el.value as StaffRole }));
        return el;
      })();
  const toggle = isMe
    ? null
    : h(
        'button',
        {
          type: 'button',
          className: `button small${s.active ? ' danger' : ''}`,
          'data-testid': s.active ? 'staff-deactivate' : 'staff-reactivate',
          onclick: async () => {
            if (s.active && !(await confirmDialog(fill(tt.confirmDeactivate, { name: s.displayName }), tt.deactivate))) return;
            change({ active: !s.active });
          },
        },
        s.active ? tt.deactivate : tt.reactivate,
      );
  // Locked by wrong passwords (perhaps someone else's): the colleague asks, the administrator unlocks.
  const unlock =
    s.locked && !isMe
      ? h(
          'button',
          {
            type: 'button',
            className: 'button small',
            'data-testid': 'staff-unlock',
            onclick: () => {
              status.textContent = '…';
              api<StaffInfo>('POST', `/staff/${encodeURIComponent(s.id)}/unlock`, {}).then(changed, (err: unknown) => (status.textContent = errorText(err)));
            },
          },
          tt.unlock,
        )
      : null;
  return h(
    'li',
    { className: `staff-row${s.active ? '' : ' inactive'}`, 'data-testid': 'staff-row', 'data-username': s.username, 'data-active': String(s.active) },
    h(
      'span',
      { className: 'staff-name' },
      s.displayName,
      isMe ? ` ${tt.you}` : '',
      s.active ? null : h('span', { className: 'muted small' }, ` · ${tt.inactive}`),
      s.locked ? h('span', { className: 'muted small', 'data-testid': 'staff-locked' }, ` · ${tt.locked}`) : null,
    ),
    h('code', { className: 'muted' }, s.username),
    role,
    toggle,
    unlock,
    status,
  );
}
