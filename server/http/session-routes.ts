// Sessions over HTTP: look one up, end it (staff); join-code checks and screen claims (public, rate-limited).
import { Router, type Request } from 'express';
import { ScreenClaimBody } from '../../shared/api/schemas';
import type { HttpContext } from './context';
import { body, param, requireGroup, requireStaff, sendError, staffOf } from './helpers';
import { sessionInfo } from './session-info';

export function sessionRoutes(ctx: HttpContext): Router {
  const r = Router();
  const staffOnly = requireStaff(ctx);

  r.get('/sessions/live', staffOnly, (_req, res) => {
    const mine = ctx.access.groupsOf(staffOf(res));
    res.json(ctx.sessions.live().filter((s) => mine === 'all' || mine.has(s.groupId)).map((s) => sessionInfo(ctx, s)));
  });

  const groupOfSession = (req: Request) => ctx.sessions.get(param(req, 'id'))?.groupId;

  r.get('/sessions/:id', staffOnly, requireGroup(ctx, 'review', groupOfSession), (req, res) => {
    const s = ctx.sessions.get(param(req, 'id'));
    if (!s) return sendError(res, 404, 'session.unknown', 'No such session.');
    res.json(sessionInfo(ctx, s));
  });

  r.post('/sessions/:id/end', staffOnly, requireGroup(ctx, 'run', groupOfSession), async (req, res) => {
    const room = ctx.registry.get(param(req, 'id'));
    if (!room) return sendError(res, 409, 'session.ended', 'This session has already ended.');
    await room.record([{ type: 'session.ended', payload: { reason: 'staff' } }], { kind: 'staff', staffId: staffOf(res).id });
    res.json({ ok: true });
  });

  // A tablet checks its code before connecting; wrong codes count against the address.
  r.get('/join/:code', (req, res) => {
    const found = ctx.joinGuard.find(req.socket.remoteAddress ?? '', param(req, 'code'));
    if (!found.ok) {
      return sendError(res, found.code === 'join.rate_limited' ? 429 : 404, found.code, 'No live session with that code.');
    }
    const s = found.room.snapshot;
    res.json({ code: found.room.code, groupName: s.groupName, language: s.language });
  });

  // A screen page that only knows the code gets the (read-only, public) screen token.
  r.post('/screen/claim', (req, res) => {
    const input = body(req, res, ScreenClaimBody);
    if (!input) return;
    const found = ctx.joinGuard.find(req.socket.remoteAddress ?? '', input.code);
    if (!found.ok) {
      return sendError(res, found.code === 'join.rate_limited' ? 429 : 404, found.code, 'No live session with that code.');
    }
    const rec = ctx.sessions.get(found.room.sessionId);
    if (!rec) return sendError(res, 404, 'session.unknown', 'No such session.');
    res.json({ screenToken: rec.screenToken });
  });

  return r;
}
