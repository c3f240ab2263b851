// The group's retention date: everyone sees when the data will be deleted; an admin sets or removes the date.
import '../styles/data-controls.css';
import { api } from '../../common/api';
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import { fill } from '../../../shared/i18n';
import type { GroupDetail } from '../../../shared/api/schemas';
import { isCalendarDate, localDate } from '../../../shared/privacy/retention-date';
import { errorText } from '../errors';
import { date } from '../format';
import { appStore } from '../store';
import { confirmDialog } from './confirm-dialog';
import { card, errorBox } from './ui';

export interface RetentionUi {
  /** The date typed but not saved yet (kept across the page's re-draws). */
  draft: string | null;
  saved: boolean;
}

export interface RetentionDeps {
  group: GroupDetail;
  ui: RetentionUi;
  onSaved: (group: GroupDetail) => void;
}

/** 'YYYY-MM-DD' in the page's language, read as a local day. */
function dayText(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return date(new Date(y, m - 1, d).getTime());
}

export function retentionCard(d: RetentionDeps): HTMLElement {
  const tt = t().consolePage.dataControls;
  const g = d.group;
  const status = h(
    'p',
    { className: 'retention-status', 'data-testid': 'retention-status' },
    g.retainUntil ? fill(tt.retentionSet, { date: dayText(g.retainUntil) }) : tt.retentionNone,
  );
  if (appStore.getState().me?.role !== 'admin') {
    return card('retention', h('h2', {}, tt.retentionTitle), status, h('p', { className: 'muted small' }, tt.retentionAdminOnly));
  }

  const input = h('input', { type: 'date', className: 'date-input', 'data-testid': 'retention-date', min: '2000-01-01', max: '9999-12-31' });
  input.value = d.ui.draft ?? g.retainUntil ?? '';
  input.addEventListener('input', () => {
    d.ui.draft = input.value;
    d.ui.saved = false;
    note.textContent = '';
  });
  const box = errorBox();
  const note = h('span', { className: 'save-note', role: 'status', 'data-testid': 'retention-saved' }, d.ui.saved ? t().consolePage.dataControls.saved : '');
  const put = (retainUntil: string | null) =>
    api<GroupDetail>('PUT', `/groups/${g.id}/retention`, { retainUntil }).then(
      (updated) => {
        d.ui.draft = null;
        d.ui.saved = true;
        d.onSaved(updated);
      },
      (err: unknown) => box.show(errorText(err)),
    );
  const save = async () => {
    const day = input.value;
    if (!isCalendarDate(day)) return box.show(tt.retentionPick);
    // A day already over means the purge comes at the next check: say so before it happens.
    if (day < localDate(Date.now()) && !(await confirmDialog(tt.retentionPast, tt.retentionPastOk))) return;
    await put(day);
  };
  return card(
    'retention',
    h('h2', {}, tt.retentionTitle),
    status,
    h('p', { className: 'muted small retention-intro' }, tt.retentionIntro),
    h('label', { className: 'field' }, h('span', { className: 'field-label' }, tt.retentionDate), input),
    box.el,
    h(
      'div',
      { className: 'form-actions' },
      h('button', { type: 'button', className: 'button primary', 'data-testid': 'retention-save', onclick: () => void save() }, tt.retentionSave),
      g.retainUntil
        ? h('button', { type: 'button', className: 'button', 'data-testid': 'retention-clear', onclick: () => void put(null) }, tt.retentionClear)
        : null,
      note,
    ),
  );
}
