// Per child on the roster: the guardian's consent (taking part, research export) saved on each tick; for admins, erasing the child.
import '../styles/data-controls.css';
import { api } from '../../common/api';
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import { fill } from '../../../shared/i18n';
import type { ChildInfo } from '../../../shared/api/schemas';
import { appStore } from '../store';
import { confirmDialog } from './confirm-dialog';
import { checkbox } from './ui';

export type ConsentSave = 'saving' | 'saved' | 'failed';
type Consent = NonNullable<ChildInfo['consent']>;

export interface ChildDataDeps {
  groupId: string;
  /** Consent saves in flight or done, per child id (kept by the roster between re-draws). */
  saves: Record<string, ConsentSave>;
  redraw: () => void;
  reload: () => Promise<void>;
  onError: (err: unknown) => void;
}

const role = () => appStore.getState().me?.role;

/** The consent checkboxes, their save state, and (admins) the erase button, under a child's roster row. */
export function childDataLine(d: ChildDataDeps, c: ChildInfo): HTMLElement {
  const tt = t().consolePage.dataControls;
  const consent: Consent = c.consent ?? { participation: false, research: false };
  const state = d.saves[c.id];
  const save = (next: Consent) => {
    // Shown at once; a failed save reloads what the server holds.
    c.consent = next;
    d.saves[c.id] = 'saving';
    d.redraw();
    api('PUT', `/groups/${d.groupId}/children/${c.id}/consent`, next).then(
      () => {
        d.saves[c.id] = 'saved';
        d.redraw();
      },
      (err: unknown) => {
        d.saves[c.id] = 'failed';
        d.onError(err);
        void d.reload();
      },
    );
  };
  const box = (key: keyof Consent) => {
    const input = checkbox(`consent-${key}`, consent[key]);
    // Reviewers read the roster; consent is recorded by those who run the group.
    input.disabled = role() === 'reviewer' || state === 'saving';
    input.addEventListener('change', () => save({ ...consent, [key]: input.checked }));
    return h('label', { className: 'consent-check' }, input, h('span', {}, tt[key]));
  };
  const status = state
    ? h(
        'span',
        { className: `consent-status ${state}`, role: 'status', 'data-testid': 'consent-status', 'data-state': state },
        state === 'saving' ? tt.saving : state === 'saved' ? `✓ ${tt.saved}` : tt.notSaved,
      )
    : null;
  return h(
    'div',
    { className: 'child-data', 'data-testid': 'child-data', title: tt.consentHint },
    h('span', { className: 'consent-label' }, tt.consentLabel),
    box('participation'),
    box('research'),
    status,
    eraseButton(d, c),
  );
}

/** Admins only: erase a child's data on a guardian's request, after a confirmation in plain words. */
export function eraseButton(d: Pick<ChildDataDeps, 'groupId' | 'reload' | 'onError'>, c: ChildInfo): HTMLElement | null {
  if (role() !== 'admin' || c.erased) return null;
  const tt = t().consolePage.dataControls;
  const erase = async () => {
    if (!(await confirmDialog(fill(tt.eraseConfirm, { name: c.nickname }), tt.eraseOk))) return;
    api('POST', `/groups/${d.groupId}/children/${c.id}/erase`, {}).then(d.reload, d.onError);
  };
  return h(
    'button',
    { type: 'button', className: 'button small quiet-danger erase-child', 'data-testid': 'erase-child', onclick: () => void erase() },
    tt.erase,
  );
}

/** Children no longer on the roster: removed ones by nickname (admins may still erase them), erased ones as "Erased child". */
export function formerChildrenList(d: Pick<ChildDataDeps, 'groupId' | 'reload' | 'onError'>, former: readonly ChildInfo[]): HTMLElement | null {
  if (former.length === 0) return null;
  const tt = t().consolePage.dataControls;
  const row = (c: ChildInfo) =>
    c.erased
      ? h(
          'li',
          { className: 'former-row erased', 'data-testid': 'erased-child', 'data-child-id': c.id },
          h('span', { className: 'erased-mark', 'aria-hidden': 'true' }),
          h('span', { className: 'former-name' }, tt.erasedChild),
          h('span', { className: 'muted small' }, tt.erasedHint),
        )
      : h(
          'li',
          { className: 'former-row', 'data-testid': 'former-child', 'data-child-id': c.id },
          h('span', { className: 'former-name' }, c.nickname),
          h('span', { className: 'muted small' }, tt.removed),
          eraseButton(d, c),
        );
  return h(
    'div',
    { className: 'former-children', 'data-testid': 'former-children' },
    h('h3', {}, tt.former),
    h('ul', { className: 'former-list' }, ...former.map(row)),
  );
}
