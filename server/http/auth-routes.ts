// Staff sign-in over HTTP: first-run setup with the one-time code, login, logout (accounts are in staff-routes).
import { Router } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { LoginBody, SetupBody } from '../../shared/api/schemas';
import { clearedSessionCookie, readCookie, SESSION_COOKIE, sessionCookie } from '../auth/cookies';
import { hashPassword, verifyPassword } from '../auth/password';
import { sha256 } from '../auth/tokens';
import { LOGIN_TTL_MS } from '../store/staff-repo';
import { SignInLimits, type Refusal } from '../auth/sign-in-limits';
import type { HttpContext } from './context';
import { addressOf, body, currentStaff, requireStaff, sendError, staffOf } from './helpers';

export const SETUP_CODE_KEY = 'setup_code_hash';

const REFUSALS: Record<Refusal, string> = {
  'auth.rate_limited': 'Too many tries. Wait a minute.',
  'auth.locked': 'This account is locked after too many wrong passwords. Ask an administrator to unlock it, or wait 15 minutes.',
};

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

export function authRoutes(ctx: HttpContext): Router {
  const r = Router();
  const cookie = (token: string) => sessionCookie(token, LOGIN_TTL_MS / 1000, false);
  const limits = new SignInLimits(ctx.limits);

  r.get('/setup', async (_req, res) => {
    res.json({ needsSetup: (await ctx.staff.count()) === 0 });
  });

  r.post('/setup', async (req, res) => {
    const input = body(req, res, SetupBody);
    if (!input) return;
    // The try is counted before the code is compared, so parallel guesses cannot all get in under the limit.
    const refused = await limits.trySetup(addressOf(ctx, req));
    if (refused) return sendError(res, 429, refused, REFUSALS[refused]);
    const stored = await ctx.settings.get(SETUP_CODE_KEY);
    if ((await ctx.staff.count()) > 0 || !stored) return sendError(res, 409, 'setup.done', 'Setup is already done. Log in instead.');
    if (!sameHash(sha256(input.setupCode), stored)) {
      return sendError(res, 403, 'setup.code_wrong', 'That setup code is not right. It is printed in the server terminal.');
    }
    const passwordHash = await hashPassword(input.password);
    // The code is used up atomically: of two set-ups racing (on any node), one makes the first account.
    if (!(await ctx.settings.take(SETUP_CODE_KEY, stored))) return sendError(res, 409, 'setup.done', 'Setup is already done. Log in instead.');
    // The first account runs the centre's installation: accounts, access, retention.
    const staff = await ctx.staff.create(input.username, input.displayName, passwordHash, ctx.now(), 'admin');
    res.setHeader('Set-Cookie', cookie(await ctx.staff.startSession(staff.id, ctx.now())));
    res.status(201).json(staff);
  });

  r.post('/login', async (req, res) => {
    const input = body(req, res, LoginBody);
    if (!input) return;
    // Counted before the password is checked: 200 parallel tries get 5 checks, not 108.
    const refused = await limits.tryLogin(addressOf(ctx, req), input.username);
    if (refused) return sendError(res, 429, refused, REFUSALS[refused]);
    const staff = await ctx.staff.findByUsername(input.username);
    // Hash even for unknown users so timing does not reveal which usernames exist.
    const ok = await verifyPassword(
      input.password,
      staff?.passwordHash ?? 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
    );
    // A deactivated account answers like a wrong password: nothing to learn from it.
    if (!staff || !ok || !staff.active) return sendError(res, 401, 'auth.wrong', 'Wrong username or password.');
    await limits.loginSucceeded(addressOf(ctx, req), input.username);
    res.setHeader('Set-Cookie', cookie(await ctx.staff.startSession(staff.id, ctx.now())));
    res.json({ id: staff.id, username: staff.username, displayName: staff.displayName, role: staff.role, active: staff.active });
  });

  // Logging out ends the login's open consoles too, on every node, not only the cookie.
  r.post('/logout', async (req, res) => {
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    const staffId = token ? await ctx.staff.revokeSession(token, ctx.now()) : undefined;
    if (token && staffId) await ctx.staffChanged({ staffId, endedTokenHash: sha256(token) });
    res.setHeader('Set-Cookie', clearedSessionCookie());
    res.json({ ok: true });
  });

  r.get('/me', async (req, res) => {
    const staff = await currentStaff(ctx, req);
    if (!staff) return sendError(res, 401, 'auth.required', 'Please log in.');
    res.json(staff);
  });

  r.post('/logout-everywhere', requireStaff(ctx), async (_req, res) => {
    const n = await ctx.staff.revokeAllSessions(staffOf(res).id, ctx.now());
    await ctx.staffChanged({ staffId: staffOf(res).id, allSessions: true });
    res.setHeader('Set-Cookie', clearedSessionCookie());
    res.json({ revoked: n });
  });

  return r;
}
