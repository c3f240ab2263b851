// Staff sign-in over HTTP: first-run setup with the one-time code, login, logout (accounts are in staff-routes).
import { Router } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { LoginBody, SetupBody } from '../../shared/api/schemas';
import { clearedSessionCookie, readCookie, SESSION_COOKIE, sessionCookie } from '../auth/cookies';
import { hashPassword, verifyPassword } from '../auth/password';
import { RateLimiter } from '../auth/rate-limiter';
import { sha256 } from '../auth/tokens';
import { LOGIN_TTL_MS } from '../store/staff-repo';
import type { HttpContext } from './context';
import { body, currentStaff, requireStaff, sendError, staffOf } from './helpers';

export const SETUP_CODE_KEY = 'setup_code_hash';
const LOGIN_FAILS_PER_WINDOW = 5;

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

export function authRoutes(ctx: HttpContext): Router {
  const r = Router();
  const failedLogins = new RateLimiter(LOGIN_FAILS_PER_WINDOW, 60_000, ctx.now);
  const failedSetups = new RateLimiter(LOGIN_FAILS_PER_WINDOW, 60_000, ctx.now);
  const cookie = (token: string) => sessionCookie(token, LOGIN_TTL_MS / 1000, false);

  r.get('/setup', (_req, res) => {
    res.json({ needsSetup: ctx.staff.count() === 0 });
  });

  r.post('/setup', async (req, res) => {
    const address = req.socket.remoteAddress ?? '';
    if (failedSetups.blocked(address)) return sendError(res, 429, 'auth.rate_limited', 'Too many tries. Wait a minute.');
    const input = body(req, res, SetupBody);
    if (!input) return;
    const stored = ctx.settings.get(SETUP_CODE_KEY);
    if (ctx.staff.count() > 0 || !stored) return sendError(res, 409, 'setup.done', 'Setup is already done. Log in instead.');
    if (!sameHash(sha256(input.setupCode), stored)) {
      failedSetups.hit(address);
      return sendError(res, 403, 'setup.code_wrong', 'That setup code is not right. It is printed in the server terminal.');
    }
    // The first account runs the centre's installation: accounts, access, retention.
    const staff = ctx.staff.create(input.username, input.displayName, await hashPassword(input.password), ctx.now(), 'admin');
    ctx.settings.delete(SETUP_CODE_KEY);
    res.setHeader('Set-Cookie', cookie(ctx.staff.startSession(staff.id, ctx.now())));
    res.status(201).json(staff);
  });

  r.post('/login', async (req, res) => {
    const input = body(req, res, LoginBody);
    if (!input) return;
    const key = `${req.socket.remoteAddress ?? ''}|${input.username.toLowerCase()}`;
    if (failedLogins.blocked(key)) return sendError(res, 429, 'auth.rate_limited', 'Too many tries. Wait a minute.');
    const staff = ctx.staff.findByUsername(input.username);
    // Hash even for unknown users so timing does not reveal which usernames exist.
    const ok = await verifyPassword(input.password, staff?.passwordHash ?? 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=');
    // A deactivated account answers like a wrong password: nothing to learn from it.
    if (!staff || !ok || !staff.active) {
      failedLogins.hit(key);
      return sendError(res, 401, 'auth.wrong', 'Wrong username or password.');
    }
    failedLogins.reset(key);
    res.setHeader('Set-Cookie', cookie(ctx.staff.startSession(staff.id, ctx.now())));
    res.json({ id: staff.id, username: staff.username, displayName: staff.displayName, role: staff.role, active: staff.active });
  });

  r.post('/logout', (req, res) => {
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    if (token) ctx.staff.revokeSession(token, ctx.now());
    res.setHeader('Set-Cookie', clearedSessionCookie());
    res.json({ ok: true });
  });

  r.get('/me', (req, res) => {
    const staff = currentStaff(ctx, req);
    if (!staff) return sendError(res, 401, 'auth.required', 'Please log in.');
    res.json(staff);
  });

  r.post('/logout-everywhere', requireStaff(ctx), (_req, res) => {
    const n = ctx.staff.revokeAllSessions(staffOf(res).id, ctx.now());
    res.setHeader('Set-Cookie', clearedSessionCookie());
    res.json({ revoked: n });
  });

  return r;
}
