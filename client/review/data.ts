// Loads what the review views read of a group (detail, review metrics and check-ins, programme, instruments), once per visit.
import { api } from '../common/api';
import { t } from '../common/i18n';
import type { ReviewGroup } from '../../shared/api/review';
import type { GroupDetail, GroupProgramme } from '../../shared/api/schemas';
import type { Instrument } from '../../shared/instruments';

export interface GroupData {
  group: GroupDetail;
  review: ReviewGroup;
  programme: GroupProgramme | null;
  /** Every instrument the server knows (for item texts, score ranges and RCI norms). */
  instruments: Instrument[];
}

const cache = new Map<string, Promise<GroupData>>();

async function fetchGroupData(groupId: string): Promise<GroupData> {
  const id = encodeURIComponent(groupId);
  const [group, review, programme, instruments] = await Promise.all([
    api<GroupDetail>('GET', `/groups/${id}`),
    api<ReviewGroup>('GET', `/review/groups/${id}`),
    api<GroupProgramme>('GET', `/groups/${id}/programme`).catch(() => null),
    api<{ instruments: Instrument[] }>('GET', '/instruments'),
  ]);
  return { group, review, programme, instruments: instruments.instruments };
}

/** Cached for the page's life so switching tabs is instant; `fresh` reloads (after a data change). */
export function loadGroupData(groupId: string, fresh = false): Promise<GroupData> {
  let p = cache.get(groupId);
  if (!p || fresh) {
    p = fetchGroupData(groupId);
    // A failed load is not cached: the next visit tries again.
    p.catch(() => cache.delete(groupId));
    cache.set(groupId, p);
  }
  return p;
}

/** A child's name in the review: the nickname, "erased child" after an erasure, or the roster code. */
export function childName(data: GroupData, childId: string): string {
  const c = data.review.children.find((x) => x.id === childId);
  if (c?.erased || childId.startsWith('erased-')) return t().reviewPage.erasedChild;
  return c?.nickname || c?.code || childId.slice(0, 6);
}
