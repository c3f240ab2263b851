// Sessions over HTTP: look one up, end it (staff, on whichever node holds it); join-code checks and screen claims (public, rate-limited).
import { Router, type Request } from 'express';
import { ScreenClaimBody } from '../../shared/api/schemas';
import type { HttpContext } from './context';
import { addressOf, body, param, requireGroup, requireStaff, sendError, staffOf } from './helpers';
import { sessionInfo } from './session-info';

export function sessionRoutes(ctx: HttpContext): Router {
  const r = Router();
  const staffOnly = requireStaff(ctx);

  r.get('/sessions/live', staffOnly, async (_req, res) => {
    const mine = await ctx.access.groupsOf(staffOf(res));
    res.json((await ctx.sessions.live()).filter((s) => mine === 'all' || mine.has(s.groupId)).map((s) => sessionInfo(ctx, s)));
  });

  const groupOfSession = async (req: Request) => (await ctx.sessions.get(param(req, 'id')))?.groupId;

  r.get('/sessions/:id', staffOnly, requireGroup(ctx, 'review', groupOfSession), async (req, res) => {
    const s = await ctx.sessions.get(param(req, 'id'));
    if (!s) return sendError(res, 404, 'session.unknown', 'No such session.');
    res.json(sessionInfo(ctx, s));
  });

  // The room may live on another node: the command goes to its owner (or this node takes the room).
  r.post('/sessions/:id/end', staffOnly, requireGroup(ctx, 'run', groupOfSession), async (req, res) => {
    const ended = await ctx.commands.run(param(req, 'id'), { kind: 'end', staffId: staffOf(res).id });
    if (!ended) return sendError(res, 409, 'session.ended', 'This session has already ended.');
    res.json({ ok: true });
  });

  // A new join code for the live session (codes were being guessed), taken where the room lives. Seated tablets
  // keep their seats; the old code lets nobody new in. Answers with the new code.
  r.post('/sessions/:id/join-code', staffOnly, requireGroup(ctx, 'run', groupOfSession), async (req, res) => {
    const id = param(req, 'id');
    const changed = await ctx.commands.run(id, { kind: 'new-code', staffId: staffOf(res).id });
    const code = (await ctx.sessions.get(id))?.joinCode ?? null;
    if (!changed || code === null) return sendError(res, 409, 'session.ended', 'This session has already ended.');
    res.json({ code });
  });

  // A tablet checks its code before connecting; every try counts against the address, a right one is given back.
  r.get('/join/:code', async (req, res) => {
    const found = await ctx.joinGuard.find(addressOf(ctx, req), param(req, 'code'));
    if (!found.ok) {
      return sendError(res, found.code === 'join.rate_limited' ? 429 : 404, found.code, 'No live session with that code.');
    }
    const group = await ctx.groups.get(found.session.groupId);
    if (!group) return sendError(res, 404, 'join.code_unknown', 'No live session with that code.');
    res.json({ code: found.session.joinCode, groupName: group.name, language: group.language });
  });

  // A screen page that only knows the code gets the (read-only, public) screen token.
  r.post('/screen/claim', async (req, res) => {
    const input = body(req, res, ScreenClaimBody);
    if (!input) return;
    const found = await ctx.joinGuard.find(addressOf(ctx, req), input.code);
    if (!found.ok) {
      return sendError(res, found.code === 'join.rate_limited' ? 429 : 404, found.code, 'No live session with that code.');
    }
    res.json({ screenToken: found.session.screenToken });
  });

  return r;
}
