// Children's-data controls over HTTP, admins only: a group's retention date, and erasing one child on a guardian's request.
import type { NextFunction, Request, Response, Router } from 'express';
import { RetentionBody, type EraseResult, type GroupDetail } from '../../shared/api/schemas';
import type { Group } from '../store/groups-repo';
import type { HttpContext } from './context';
import { body, param, requireGroup, sendError, staffOf } from './helpers';

/** Adds the routes to the groups router (which has already checked the staff session). */
export function addDataControlRoutes(r: Router, ctx: HttpContext, detail: (g: Group) => Promise<GroupDetail>): void {
  // The group check comes first: staff without access to the group learn nothing, not even that it exists.
  const group = requireGroup(ctx, 'review');
  const adminOnly = (_req: Request, res: Response, next: NextFunction) =>
    staffOf(res).role === 'admin' ? next() : sendError(res, 403, 'auth.denied', 'Only an administrator can change retention or erase a child’s data.');

  // The date is a calendar day; the purge runs after that day ends (server-local midnight), at the next check.
  r.put('/:id/retention', group, adminOnly, async (req, res) => {
    const input = body(req, res, RetentionBody);
    if (!input) return;
    const before = await ctx.groups.get(param(req, 'id'));
    const g = await ctx.groups.setRetention(param(req, 'id'), input.retainUntil);
    if (!before || !g) return sendError(res, 404, 'group.unknown', 'No such group.');
    await ctx.audit.record(staffOf(res).id, 'retention.changed', g.id, { retainUntil: g.retainUntil, previous: before.retainUntil }, ctx.now());
    res.json(await detail(g));
  });

  r.post('/:id/children/:childId/erase', group, adminOnly, async (req, res) => {
    const outcome = await ctx.dataControls.eraseChild(param(req, 'id'), param(req, 'childId'), staffOf(res).id);
    if (!outcome.ok && outcome.reason === 'live') {
      return sendError(res, 409, 'group.live', 'This group has a live session. End it first, then erase the child’s data.');
    }
    if (!outcome.ok) return sendError(res, 404, 'child.unknown', 'No such child in this group.');
    const result: EraseResult = { placeholderId: outcome.placeholderId, sessions: outcome.sessions, events: outcome.events };
    res.json(result);
  });
}
