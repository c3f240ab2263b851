// Staff accounts over HTTP: colleagues for everyone; adding, re-roling and deactivating for administrators (audited).
import { Router, type NextFunction, type Request, type Response } from 'express';
import { StaffBody, StaffChangeBody } from '../../shared/api/schemas';
import { hashPassword } from '../auth/password';
import { SignInLimits } from '../auth/sign-in-limits';
import type { HttpContext } from './context';
import { body, param, requireStaff, sendError, staffOf } from './helpers';

export function staffRoutes(ctx: HttpContext): Router {
  const r = Router();
  r.use('/staff', requireStaff(ctx));
  const adminOnly = (_req: Request, res: Response, next: NextFunction) =>
    staffOf(res).role === 'admin' ? next() : sendError(res, 403, 'auth.denied', 'Only an administrator can manage accounts.');

  const signIn = new SignInLimits(ctx.limits);

  // `locked`: too many wrong passwords on the account (from anywhere); the staff page offers to unlock it.
  r.get('/staff', async (_req, res) => {
    const all = await ctx.staff.list();
    res.json(await Promise.all(all.map(async (s) => ({ ...s, locked: await signIn.isLocked(s.username) }))));
  });

  // The colleague asks in person (or by phone) and the administrator unlocks: nobody unlocks an account from a login page.
  r.post('/staff/:id/unlock', adminOnly, async (req, res) => {
    const target = await ctx.staff.get(param(req, 'id'));
    if (!target) return sendError(res, 404, 'staff.unknown', 'No such colleague.');
    await signIn.unlock(target.username);
    await ctx.audit.record(staffOf(res).id, 'staff.unlocked', target.id, {}, ctx.now());
    res.json({ ...target, locked: false });
  });

  r.post('/staff', adminOnly, async (req, res) => {
    const input = body(req, res, StaffBody);
    if (!input) return;
    if (await ctx.staff.findByUsername(input.username)) return sendError(res, 409, 'staff.exists', 'That username is taken.');
    const { role = 'facilitator', ...account } = input;
    const staff = await ctx.staff.create(account.username, account.displayName, await hashPassword(account.password), ctx.now(), role);
    await ctx.audit.record(staffOf(res).id, 'staff.created', staff.id, { role }, ctx.now());
    res.status(201).json(staff);
  });

  // A colleague changes role, or leaves the centre: deactivated accounts cannot sign in and lose every login at once.
  r.put('/staff/:id', adminOnly, async (req, res) => {
    const input = body(req, res, StaffChangeBody);
    if (!input) return;
    const target = await ctx.staff.get(param(req, 'id'));
    if (!target) return sendError(res, 404, 'staff.unknown', 'No such colleague.');
    // Someone must always be able to manage accounts: an admin does not demote or lock out themself.
    if (target.id === staffOf(res).id) return sendError(res, 409, 'staff.self', 'You cannot change your own role or deactivate your own account.');
    if (input.role !== undefined && input.role !== target.role) await ctx.staff.setRole(target.id, input.role);
    if (input.active !== undefined && input.active !== target.active) await ctx.staff.setActive(target.id, input.active, ctx.now());
    const after = (await ctx.staff.get(target.id))!;
    await ctx.staffChanged({ staffId: target.id });
    await ctx.audit.record(
      staffOf(res).id,
      'staff.changed',
      target.id,
      { role: after.role, active: after.active, previous: { role: target.role, active: target.active } },
      ctx.now(),
    );
    res.json(after);
  });
  return r;
}
