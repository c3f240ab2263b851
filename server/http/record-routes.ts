// Session process records over HTTP: facilitators of the group draft, save, finalise and correct; reviewers read.
import { Router, type Request, type Response } from 'express';
import * as v from 'valibot';
import type { Language } from '../../shared/session/roster';
import type { SessionEvent } from '../../shared/session/events';
import type { PlannedRound } from '../../shared/session/round-types';
import type { PlanSession } from '../../shared/programmes/programme';
import { draftRecord, type DraftedRecord } from '../../shared/records/draft';
import type { RecordListRow, RecordView } from '../../shared/api/records';
import { RecordFieldsSchema } from '../../shared/records/fields';
import { groupLogs, type SessionLog } from '../review/group-logs';
import { RecordConflict, type RecordState } from '../store/records-repo';
import { serverTimeZone } from '../time-zone';
import { recordDocx } from '../records/record-docx';
import type { HttpContext } from './context';
import { body, param, requireGroup, requireStaff, sendError, staffOf } from './helpers';
import { canRun } from '../store/access-repo';

const SaveSchema = v.strictObject({ version: v.pipe(v.number(), v.integer(), v.minValue(0)), fields: RecordFieldsSchema });
const FinaliseSchema = v.strictObject({ version: v.pipe(v.number(), v.integer(), v.minValue(1)) });

/** The programme session the log ran (the plan.set the console sent), with its plan: the log is the truth of that day. */
function planOf(events: readonly SessionEvent[]): { session: PlanSession; rounds: PlannedRound[] } | null {
  let found: { session: PlanSession; rounds: PlannedRound[] } | null = null;
  for (const e of events) if (e.type === 'plan.set' && e.payload.session) found = { session: e.payload.session, rounds: e.payload.rounds };
  return found;
}

const langOf = (req: Request): Language => (req.query.lang === 'zh-CN' ? 'zh-CN' : req.query.lang === 'en' ? 'en' : 'en');

export function recordRoutes(ctx: HttpContext): Router {
  const r = Router();
  r.use(requireStaff(ctx));
  const review = requireGroup(ctx, 'review');
  const run = requireGroup(ctx, 'run');

  const logOf = async (req: Request, res: Response): Promise<SessionLog | undefined> => {
    const n = Number(param(req, 'n'));
    const logs = await groupLogs(ctx.sessions, ctx.store, param(req, 'id'));
    const log = Number.isInteger(n) && n >= 1 ? logs[n - 1] : undefined;
    if (!log) sendError(res, 404, 'session.unknown', 'No such session in this group.');
    return log;
  };

  const draftFor = async (
    groupId: string,
    n: number,
    log: SessionLog,
    lang: Language,
  ): Promise<{ drafted: DraftedRecord; children: { id: string; nickname: string }[] }> => {
    const group = await ctx.groups.get(groupId);
    const children = (await ctx.groups.everyChild(groupId)).map((c) => ({ id: c.id, nickname: c.nickname }));
    const facilitators: string[] = [];
    for (const a of await ctx.access.list(groupId)) {
      const name = a.access === 'facilitator' ? (await ctx.staff.get(a.staffId))?.displayName : undefined;
      if (name) facilitators.push(name);
    }
    const plan = planOf(log.events);
    const drafted = draftRecord({
      lang,
      groupName: group?.name ?? '',
      number: n,
      count: plan?.session.count ?? null,
      startedAt: log.session.startedAt,
      endedAt: log.session.endedAt,
      timeZone: serverTimeZone(),
      facilitators,
      children,
      events: log.events,
      plan: plan ? { title: plan.session.title, goal: plan.session.goal, rounds: plan.rounds } : null,
    });
    return { drafted, children };
  };

  const view = async (req: Request, res: Response, log: SessionLog, state?: RecordState): Promise<RecordView> => {
    const groupId = param(req, 'id');
    const n = Number(param(req, 'n'));
    const { drafted, children } = await draftFor(groupId, n, log, langOf(req));
    const s = state ?? (await ctx.records.state(log.session.id));
    const names = new Map<string, string>();
    for (const h of s.history) if (!names.has(h.savedBy)) names.set(h.savedBy, (await ctx.staff.get(h.savedBy))?.displayName ?? h.savedBy);
    // A first draft offers one attainment row per drafted goal, so the worker starts from the session's goals.
    const fields = s.status === 'none' ? { ...s.fields, attainment: drafted.goals.map((goal) => ({ goal, level: null, note: '' })) } : s.fields;
    const access = res.locals.access as Parameters<typeof canRun>[0];
    return {
      number: n,
      drafted,
      status: s.status,
      version: s.version,
      fields,
      history: s.history.map((h) => ({ version: h.version, final: h.final, changed: h.changed, by: names.get(h.savedBy) ?? h.savedBy, at: h.savedAt })),
      canWrite: canRun(access) && s.status !== 'final',
      canRun: canRun(access),
      children,
    };
  };

  const conflict = (res: Response, err: unknown): void => {
    if (!(err instanceof RecordConflict)) throw err;
    const messages = {
      final: 'This version is final; start a correction to change it.',
      stale: 'Someone saved a newer version; reload it.',
      'not-final': 'Only a final record can be corrected.',
      empty: 'Save a draft before finalising.',
    };
    sendError(res, 409, `record.${err.reason}`, messages[err.reason]);
  };

  r.get('/review/groups/:id/records', review, async (req, res) => {
    const groupId = param(req, 'id');
    const logs = await groupLogs(ctx.sessions, ctx.store, groupId);
    const statuses = await ctx.records.statuses(groupId);
    const rows: RecordListRow[] = logs.map((l, i) => ({
      number: i + 1,
      sessionId: l.session.id,
      startedAt: l.session.startedAt,
      endedAt: l.session.endedAt,
      title: planOf(l.events)?.session.title ?? '',
      status: statuses.get(l.session.id)?.status ?? 'none',
      version: statuses.get(l.session.id)?.version ?? 0,
    }));
    res.json({ records: rows, canWrite: canRun(res.locals.access) });
  });

  r.get('/review/groups/:id/records/:n', review, async (req, res) => {
    const log = await logOf(req, res);
    if (log) res.json(await view(req, res, log));
  });

  r.put('/review/groups/:id/records/:n', run, async (req, res) => {
    const input = body(req, res, SaveSchema);
    if (!input) return;
    const log = await logOf(req, res);
    if (!log) return;
    const staff = staffOf(res);
    try {
      const state = await ctx.records.saveDraft(param(req, 'id'), log.session.id, input.version, input.fields, staff.id, ctx.now());
      const last = state.history[state.history.length - 1]!;
      // The audit names the fields changed, never their text (it may describe a child).
      await ctx.audit.record(staff.id, 'record.save', param(req, 'id'), { session: log.session.id, version: state.version, changed: last.changed }, ctx.now());
      res.json(await view(req, res, log, state));
    } catch (err) {
      conflict(res, err);
    }
  });

  r.post('/review/groups/:id/records/:n/finalise', run, async (req, res) => {
    const input = body(req, res, FinaliseSchema);
    if (!input) return;
    const log = await logOf(req, res);
    if (!log) return;
    const staff = staffOf(res);
    try {
      const state = await ctx.records.finalise(param(req, 'id'), log.session.id, input.version, staff.id, ctx.now());
      await ctx.audit.record(staff.id, 'record.finalise', param(req, 'id'), { session: log.session.id, version: state.version }, ctx.now());
      res.json(await view(req, res, log, state));
    } catch (err) {
      conflict(res, err);
    }
  });

  r.post('/review/groups/:id/records/:n/correct', run, async (req, res) => {
    const log = await logOf(req, res);
    if (!log) return;
    const staff = staffOf(res);
    try {
      const state = await ctx.records.correct(param(req, 'id'), log.session.id, staff.id, ctx.now());
      await ctx.audit.record(staff.id, 'record.correct', param(req, 'id'), { session: log.session.id, version: state.version }, ctx.now());
      res.json(await view(req, res, log, state));
    } catch (err) {
      conflict(res, err);
    }
  });

  // The record as a Word document, in the language asked for; audited like every export.
  r.get('/review/groups/:id/records/:n/record.docx', review, async (req, res) => {
    const log = await logOf(req, res);
    if (!log) return;
    const v = await view(req, res, log);
    const bytes = await recordDocx(v.drafted, v.fields, v.children, v.status, v.version);
    await ctx.audit.record(staffOf(res).id, 'record.docx', param(req, 'id'), { session: log.session.id, version: v.version, lang: langOf(req) }, ctx.now());
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    res.setHeader('Content-Disposition', `attachment; filename="process-record-${v.number}-${langOf(req)}.docx"`);
    res.send(bytes);
  });

  return r;
}
