// The access table of the staff page: a row per group, a column per non-admin colleague, each cell saved on change.
import { api } from '../../common/api';
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import type { GroupInfo, StaffInfo } from '../../../shared/api/schemas';
import { errorText } from '../errors';

type Grant = 'facilitator' | 'reviewer' | null;

export function accessTable(staff: readonly StaffInfo[], groups: readonly GroupInfo[]): HTMLElement {
  const tt = t().consoleStaff;
  // Administrators see every group already: only facilitators and reviewers get columns.
  const colleagues = staff.filter((s) => s.role !== 'admin');
  if (groups.length === 0) return h('p', { className: 'muted' }, tt.noGroups);
  if (colleagues.length === 0) return h('p', { className: 'muted' }, tt.noColleagues);
  const table = h(
    'table',
    { className: 'access-table', 'data-testid': 'access-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, ''),
        ...colleagues.map((c) => h('th', { scope: 'col' }, c.displayName, h('div', { className: 'muted small' }, tt.roleShort[c.role]))),
      ),
    ),
    h('tbody', {}, ...groups.map((g) => h('tr', {}, h('th', { scope: 'row' }, g.name), ...colleagues.map((c) => h('td', {}, accessCell(g, c)))))),
  );
  return h('div', { className: 'access-wrap' }, table);
}

function accessCell(group: GroupInfo, colleague: StaffInfo): HTMLElement {
  const tt = t().consoleStaff;
  const choose = h('select', {
    'data-testid': 'access-select',
    'data-group-id': group.id,
    'data-staff-id': colleague.id,
    'aria-label': `${group.name} — ${colleague.displayName}`,
  });
  const options: { value: string; label: string }[] = [
    { value: '', label: tt.accessNone },
    // A reviewer account reads whatever it is granted, so "facilitator" is not offered to it.
    ...(colleague.role === 'reviewer' ? [] : [{ value: 'facilitator', label: tt.accessFacilitator }]),
    { value: 'reviewer', label: tt.accessReviewer },
  ];
  for (const o of options) choose.append(h('option', { value: o.value }, o.label));
  const status = h('span', { className: 'access-status small', role: 'status' });
  let current = '';
  // The current grant is read per group (an admin-only API), then the select is enabled.
  choose.disabled = true;
  api<{ staffId: string; access: Grant }[]>('GET', `/groups/${encodeURIComponent(group.id)}/access`).then(
    (grants) => {
      current = grants.find((x) => x.staffId === colleague.id)?.access ?? '';
      choose.value = current;
      choose.disabled = false;
    },
    (err: unknown) => (status.textContent = errorText(err)),
  );
  choose.addEventListener('change', () => {
    const access = (choose.value || null) as Grant;
    status.textContent = '…';
    api('POST', `/groups/${encodeURIComponent(group.id)}/access`, { staffId: colleague.id, access }).then(
      () => {
        current = choose.value;
        status.textContent = tt.saved;
        status.dataset.testid = 'access-saved';
      },
      (err: unknown) => {
        choose.value = current;
        status.textContent = errorText(err);
      },
    );
  });
  return h('div', { className: 'access-cell' }, choose, status);
}
