// Groups and rosters over HTTP (staff only); roster edits reach a live session as a new snapshot.
import { Router, type NextFunction, type Request, type Response } from 'express';
import { programmeFromTemplate } from '../../shared/programmes/template';
import { programmeTemplate } from '../../shared/programmes/templates';
import {
  AccessBody,
  ChildBody,
  ConsentBody,
  GroupBody,
  NewGroupBody,
  StartSessionBody,
  type ChildInfo,
  type ChildRef,
  type GroupDetail,
  type GroupInfo,
} from '../../shared/api/schemas';
import { avatarHolder, withoutParticipationConsent } from '../../shared/api/roster-rules';
import type { Child, Group } from '../store/groups-repo';
import { addDataControlRoutes } from './data-control-routes';
import type { HttpContext } from './context';
import { body, param, requireGroup, requireStaff, sendError, staffOf } from './helpers';
import { sessionInfo } from './session-info';

export function groupRoutes(ctx: HttpContext): Router {
  const r = Router();
  r.use(requireStaff(ctx));

  const info = async (g: Group): Promise<GroupInfo> => ({ ...g, liveSessionId: (await ctx.sessions.liveForGroup(g.id))?.id ?? null });
  // An erased child is a placeholder: no nickname, no code, no consent to show.
  const childInfo = (c: Child): ChildInfo =>
    c.erased
      ? { id: c.id, nickname: '', avatar: c.avatar, code: '', erased: true }
      : { id: c.id, nickname: c.nickname, avatar: c.avatar, code: c.code, consent: c.consent };
  const detail = async (g: Group): Promise<GroupDetail> => ({
    ...(await info(g)),
    roster: (await ctx.groups.roster(g.id)).map(childInfo),
    formerChildren: (await ctx.groups.formerChildren(g.id)).map(childInfo),
    sessions: (await ctx.sessions.forGroup(g.id)).map((s) => sessionInfo(ctx, s)),
  });
  /** Roster edits reach a live session as a new snapshot, on whichever node holds it. */
  const syncRoster = async (groupId: string, staffId: string) => {
    const live = await ctx.sessions.liveForGroup(groupId);
    if (live) await ctx.commands.run(live.id, { kind: 'sync-roster', staffId });
  };

  r.get('/', async (_req, res) => {
    const mine = await ctx.access.groupsOf(staffOf(res));
    const list = [];
    for (const g of await ctx.groups.list())
      if (mine === 'all' || mine.has(g.id)) list.push({ ...(await info(g)), access: await ctx.access.of(staffOf(res), g.id) });
    res.json(list);
  });

  const ref = (c: Child): ChildRef => ({ id: c.id, nickname: c.nickname, avatar: c.avatar });
  /** Refuses an avatar another child of the group already has (409 `child.avatar_taken`); true when refused. */
  const avatarTaken = async (res: Response, groupId: string, avatar: Child['avatar'], exceptId?: string): Promise<boolean> => {
    const holder = avatarHolder(await ctx.groups.roster(groupId), avatar, exceptId);
    if (!holder) return false;
    res.status(409).json({ error: 'child.avatar_taken', message: 'Another child of this group already has that avatar.', children: [ref(holder)] });
    return true;
  };

  r.post('/', async (req, res) => {
    if (staffOf(res).role === 'reviewer') return sendError(res, 403, 'auth.denied', 'Reviewers read groups; they do not create them.');
    const input = body(req, res, NewGroupBody);
    if (!input) return;
    const { programmeTemplate: templateId, ...fields } = input;
    const template = templateId ? programmeTemplate(templateId) : undefined;
    if (templateId && !template) return sendError(res, 404, 'template.unknown', 'No such programme template.');
    const g = await ctx.groups.create(fields, staffOf(res).id, ctx.now());
    await ctx.access.grant(g.id, staffOf(res).id, 'facilitator', staffOf(res).id, ctx.now());
    if (template) await ctx.programmes.put(g.id, programmeFromTemplate(template, g.language), staffOf(res).id, ctx.now());
    res.status(201).json(await detail(g));
  });

  const run = requireGroup(ctx, 'run');
  r.get('/:id', requireGroup(ctx, 'review'), async (req, res) => {
    const g = await ctx.groups.get(param(req, 'id'));
    if (!g) return sendError(res, 404, 'group.unknown', 'No such group.');
    res.json(await detail(g));
  });

  r.put('/:id', run, async (req, res) => {
    const input = body(req, res, GroupBody);
    if (!input) return;
    const g = await ctx.groups.update(param(req, 'id'), input);
    if (!g) return sendError(res, 404, 'group.unknown', 'No such group.');
    res.json(await detail(g));
  });

  r.post('/:id/children', run, async (req, res) => {
    const g = await ctx.groups.get(param(req, 'id'));
    if (!g) return sendError(res, 404, 'group.unknown', 'No such group.');
    const input = body(req, res, ChildBody);
    if (!input) return;
    if (await avatarTaken(res, g.id, input.avatar)) return;
    const child = await ctx.groups.addChild(g.id, input.nickname, input.avatar, ctx.now());
    await syncRoster(g.id, staffOf(res).id);
    res.status(201).json({ id: child.id, nickname: child.nickname, avatar: child.avatar, code: child.code });
  });

  r.put('/:id/children/:childId', run, async (req, res) => {
    const child = await ctx.groups.child(param(req, 'childId'));
    if (!child || child.groupId !== param(req, 'id')) return sendError(res, 404, 'child.unknown', 'No such child in this group.');
    const input = body(req, res, ChildBody);
    if (!input) return;
    if (await avatarTaken(res, child.groupId, input.avatar, child.id)) return;
    const updated = await ctx.groups.updateChild(child.id, input.nickname, input.avatar);
    await syncRoster(child.groupId, staffOf(res).id);
    res.json(updated && { id: updated.id, nickname: updated.nickname, avatar: updated.avatar, code: updated.code });
  });

  // Consent is recorded (and withdrawn) as easily as it is given; each change is audited.
  r.put('/:id/children/:childId/consent', run, async (req, res) => {
    const child = await ctx.groups.child(param(req, 'childId'));
    if (!child || child.groupId !== param(req, 'id')) return sendError(res, 404, 'child.unknown', 'No such child in this group.');
    const input = body(req, res, ConsentBody);
    if (!input) return;
    const updated = await ctx.groups.setConsent(child.id, input);
    await ctx.audit.record(staffOf(res).id, 'consent.changed', child.code, input, ctx.now());
    res.json(updated && { id: updated.id, nickname: updated.nickname, avatar: updated.avatar, code: updated.code, consent: updated.consent });
  });

  r.delete('/:id/children/:childId', run, async (req, res) => {
    const child = await ctx.groups.child(param(req, 'childId'));
    if (!child || child.groupId !== param(req, 'id')) return sendError(res, 404, 'child.unknown', 'No such child in this group.');
    await ctx.groups.removeChild(child.id, ctx.now());
    await syncRoster(child.groupId, staffOf(res).id);
    res.json({ ok: true });
  });

  // Admins decide who may run or read a group; every change is audited.
  const adminOnly = (_req: Request, res: Response, next: NextFunction) =>
    staffOf(res).role === 'admin' ? next() : sendError(res, 403, 'auth.denied', 'Only an administrator can change access.');
  r.get('/:id/access', requireGroup(ctx, 'review'), adminOnly, async (req, res) => {
    res.json(await ctx.access.list(param(req, 'id')));
  });
  r.post('/:id/access', requireGroup(ctx, 'review'), adminOnly, async (req, res) => {
    const input = body(req, res, AccessBody);
    if (!input) return;
    if (!(await ctx.staff.get(input.staffId))) return sendError(res, 404, 'staff.unknown', 'No such colleague.');
    await ctx.access.grant(param(req, 'id'), input.staffId, input.access, staffOf(res).id, ctx.now());
    await ctx.audit.record(staffOf(res).id, 'access.changed', param(req, 'id'), { staffId: input.staffId, access: input.access }, ctx.now());
    await ctx.staffChanged({ staffId: input.staffId });
    res.json(await ctx.access.list(param(req, 'id')));
  });

  addDataControlRoutes(r, ctx, detail);

  r.post('/:id/sessions', run, async (req, res) => {
    const g = await ctx.groups.get(param(req, 'id'));
    if (!g) return sendError(res, 404, 'group.unknown', 'No such group.');
    if ((await ctx.groups.roster(g.id)).length === 0) return sendError(res, 409, 'group.empty', 'Add children to the roster first.');
    if (ctx.dataControls.isExpired(g)) return sendError(res, 409, 'group.expired', 'This group’s retention date has passed; its data is being deleted.');
    const input = body(req, res, StartSessionBody);
    if (!input) return;
    // Children without consent to take part: the facilitator sees who and confirms exactly them, or nothing starts.
    const missing = withoutParticipationConsent(await ctx.groups.roster(g.id));
    const confirmed = new Set(input.withoutConsent ?? []);
    if (missing.some((c) => !confirmed.has(c.id))) {
      res
        .status(409)
        .json({ error: 'session.consent_missing', message: 'Some children have no consent to take part yet; confirm to start.', children: missing.map(ref) });
      return;
    }
    const sessionId = await ctx.registry.start(g, staffOf(res).id);
    const rec = await ctx.sessions.get(sessionId);
    if (!rec) return sendError(res, 500, 'server.error', 'Session was not recorded.');
    // Like every audit entry that outlives a purge: the group, who and when, a count; never a child or a session.
    if (missing.length > 0) await ctx.audit.record(staffOf(res).id, 'session.started_without_consent', g.id, { children: missing.length }, ctx.now());
    res.status(201).json(sessionInfo(ctx, rec));
  });

  return r;
}
