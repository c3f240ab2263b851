// Starting a session: children without consent to take part are named first, and starting anyway is the
// facilitator's explicit choice (the server refuses otherwise and records the confirmation).
import { api, ApiError } from '../../common/api';
import { t } from '../../common/i18n';
import { fill } from '../../../shared/i18n';
import type { SessionInfo } from '../../../shared/api/schemas';
import { confirmDialog } from './confirm-dialog';

/** The new session, or null when the facilitator chose not to start without consent. */
export async function startConfirmingConsent(groupId: string): Promise<SessionInfo | null> {
  try {
    return await api<SessionInfo>('POST', `/groups/${groupId}/sessions`, {});
  } catch (err) {
    const missing = err instanceof ApiError && err.code === 'session.consent_missing' ? (err.detail.children ?? []) : null;
    if (!missing) throw err;
    const f = t().consolePage.forms;
    const names = missing.map((c) => c.nickname).join(t().common.listJoin);
    const go = await confirmDialog(fill(f.consentMissing, { names }), f.consentStart, 'normal');
    if (!go) return null;
    return api<SessionInfo>('POST', `/groups/${groupId}/sessions`, { withoutConsent: missing.map((c) => c.id) });
  }
}
