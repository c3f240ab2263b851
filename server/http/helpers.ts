// Small HTTP helpers: body validation with valibot, JSON errors, the staff guard.
import type { NextFunction, Request, Response } from 'express';
import * as v from 'valibot';
import { FIELD_CODES, type FieldCode, type FieldIssue } from '../../shared/api/schemas';
import type { Staff } from '../store/staff-repo';
import { canRun } from '../store/access-repo';
import { readCookie, SESSION_COOKIE } from '../auth/cookies';
import type { HttpContext } from './context';
import { clientAddress } from '../net/client-address';

export function sendError(res: Response, status: number, error: string, message: string): void {
  res.status(status).json({ error, message });
}

const isFieldCode = (s: string): s is FieldCode => (FIELD_CODES as readonly string[]).includes(s);

/** A valibot issue as a field and a code the console words in its own language (never the server's English). */
export function fieldIssue(i: v.BaseIssue<unknown>): FieldIssue {
  const field = i.path?.map((p) => String(p.key)).join('.') || 'body';
  const n = typeof i.requirement === 'number' ? i.requirement : undefined;
  const code: FieldCode = isFieldCode(i.message)
    ? i.message
    : i.type === 'min_length'
      ? n === 1
        ? 'required'
        : 'too_short'
      : i.type === 'max_length'
        ? 'too_long'
        : 'invalid';
  return { field, code, ...(n !== undefined && i.type === 'max_length' ? { max: n } : {}), ...(n !== undefined && i.type === 'min_length' ? { min: n } : {}) };
}

/** Parses the JSON body or answers 400 with each refused field and its code; undefined means "already answered". */
export function body<S extends v.GenericSchema>(req: Request, res: Response, schema: S): v.InferOutput<S> | undefined {
  const r = v.safeParse(schema, req.body);
  if (r.success) return r.output;
  const fields = r.issues.map(fieldIssue);
  res.status(400).json({ error: 'request.invalid', message: fields.map((f) => `${f.field}: ${f.code}`).join('; '), fields });
  return undefined;
}

export function staffOf(res: Response): Staff {
  return res.locals.staff as Staff;
}

export async function currentStaff(ctx: HttpContext, req: Request): Promise<Staff | undefined> {
  const token = readCookie(req.headers.cookie, SESSION_COOKIE);
  return token ? ctx.staff.staffForToken(token, ctx.now()) : undefined;
}

/** The client's address, behind a trusted proxy the one it forwarded (rate limits are per address). */
export function addressOf(ctx: HttpContext, req: Request): string {
  return clientAddress(req.socket.remoteAddress, req.headers, ctx.trustProxy);
}

/** Deny by default: every route behind this needs a valid, unrevoked staff session. */
export function requireStaff(ctx: HttpContext) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const staff = await currentStaff(ctx, req);
    if (!staff) return sendError(res, 401, 'auth.required', 'Please log in.');
    res.locals.staff = staff;
    next();
  };
}

/**
 * Deny by default for a group's data: the staff member needs access to the group named by the route's
 * `:id` (or found by `groupOf`). 'run' is for facilitators (and admins), 'review' for anyone given the group.
 * A group the staff member may not see answers 404, the same as a group that does not exist.
 */
export function requireGroup(
  ctx: HttpContext,
  need: 'run' | 'review',
  groupOf: (req: Request) => string | undefined | Promise<string | undefined> = (req) => req.params.id as string | undefined,
) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const staff = res.locals.staff as Staff | undefined;
    const groupId = await groupOf(req);
    const access = staff && groupId && (await ctx.groups.get(groupId)) ? await ctx.access.of(staff, groupId) : null;
    if (!access) return sendError(res, 404, 'group.unknown', 'No such group.');
    if (need === 'run' && !canRun(access)) return sendError(res, 403, 'auth.denied', 'You can read this group, not run it.');
    res.locals.access = access;
    next();
  };
}

/** Mutating requests must be JSON: a cross-site form post cannot send that without CORS. */
export function requireJson(req: Request, res: Response, next: NextFunction): void {
  if (req.method !== 'GET' && req.method !== 'HEAD' && !req.is('application/json')) {
    return sendError(res, 415, 'request.not_json', 'Send JSON (Content-Type: application/json).');
  }
  next();
}

export function param(req: Request, name: string): string {
  const value = req.params[name];
  return typeof value === 'string' ? value : '';
}
