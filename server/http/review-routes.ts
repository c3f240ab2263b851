// Review over HTTP (anyone given the group): the group's sessions with their metrics, and audited research exports.
import { Router, type Request, type Response } from 'express';
import { participation } from '../../shared/metrics';
import { instrumentResponseOf } from '../../shared/activities/registry';
import type { ReviewCheckin, ReviewGroup, ReviewSessionLog } from '../../shared/api/review';
import type { SessionEvent } from '../../shared/session/events';
import { groupLogs } from '../review/group-logs';
import { checkinsCsv, consented, measuresCsv, measuresSps } from '../review/exports';
import { eventsCsv } from '../review/events-export';
import type { HttpContext } from './context';
import { serverTimeZone } from '../time-zone';
import { param, requireGroup, requireStaff, sendError, staffOf } from './helpers';

/** Device hashes identify a tablet, not a child: replay gets a stable stand-in per device instead. */
function withoutDevices(events: readonly SessionEvent[]): SessionEvent[] {
  const standIns = new Map<string, string>();
  return events.map((e) => {
    if (!('deviceHash' in e.payload)) return e;
    const hash = e.payload.deviceHash;
    if (!standIns.has(hash)) standIns.set(hash, `device-${standIns.size + 1}`);
    return { ...e, payload: { ...e.payload, deviceHash: standIns.get(hash) } } as SessionEvent;
  });
}

export function reviewRoutes(ctx: HttpContext): Router {
  const r = Router();
  r.use(requireStaff(ctx));
  const review = requireGroup(ctx, 'review');

  // Sessions oldest first, each with attendance and the metrics of its log; the programme's metrics over all.
  r.get('/review/groups/:id', review, async (req, res) => {
    const groupId = param(req, 'id');
    const logs = await groupLogs(ctx.sessions, ctx.store, groupId);
    const children = await ctx.groups.everyChild(groupId);
    const ids = children.map((c) => c.id);
    const checkins: ReviewCheckin[] = [];
    logs.forEach(({ events }, i) => {
      for (const e of events) {
        const r = instrumentResponseOf(e.type, e.payload);
        if (!r) continue;
        const { itemMs: _timings, ...result } = r;
        checkins.push({ ...result, session: i + 1, at: e.at });
      }
    });
    const facilitators: string[] = [];
    for (const a of await ctx.access.list(groupId)) {
      const name = a.access === 'facilitator' ? (await ctx.staff.get(a.staffId))?.displayName : undefined;
      if (name) facilitators.push(name);
    }
    const body: ReviewGroup = {
      facilitators,
      children: children.map((c) => ({
        id: c.id,
        nickname: c.nickname,
        avatar: c.avatar,
        code: c.code,
        consent: c.consent,
        ...(c.erased ? { erased: true } : {}),
      })),
      sessions: logs.map(({ session, events }, i) => ({
        number: i + 1,
        id: session.id,
        startedAt: session.startedAt,
        endedAt: session.endedAt,
        metrics: participation(events, ids),
      })),
      programme: participation(
        logs.map((l) => l.events),
        ids,
      ),
      checkins,
      timeZone: serverTimeZone(),
    };
    res.json(body);
  });

  // The zone pages write dates in, for pages that show no group (the list of groups).
  r.get('/review/time-zone', (_req, res) => {
    res.json({ timeZone: serverTimeZone() });
  });

  // One session's log for replay; session n is the group's n-th session, oldest first.
  r.get('/review/groups/:id/sessions/:n/events', review, async (req, res) => {
    const n = Number(param(req, 'n'));
    const logs = await groupLogs(ctx.sessions, ctx.store, param(req, 'id'));
    const log = Number.isInteger(n) && n >= 1 ? logs[n - 1] : undefined;
    if (!log) return sendError(res, 404, 'session.unknown', 'No such session in this group.');
    const { session, events } = log;
    const body: ReviewSessionLog = { number: n, id: session.id, startedAt: session.startedAt, endedAt: session.endedAt, events: withoutDevices(events) };
    res.json(body);
  });

  const send = (res: Response, name: string, type: string, body: string) => {
    res.setHeader('Content-Type', `${type}; charset=utf-8`);
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    res.send(body);
  };

  /** Every export names what it is, who took it and how many children it holds, in the audit trail. */
  const exporting = async (req: Request, res: Response, file: string, options: { freeText?: true } = {}) => {
    const groupId = param(req, 'id');
    const codes = consented(await ctx.groups.everyChild(groupId));
    await ctx.audit.record(staffOf(res).id, 'export', groupId, { file, children: codes.size, ...options }, ctx.now());
    return { groupId, codes, logs: await groupLogs(ctx.sessions, ctx.store, groupId) };
  };

  r.get('/review/groups/:id/export/measures.csv', review, async (req, res) => {
    const { codes, logs } = await exporting(req, res, 'measures.csv');
    send(res, 'measures.csv', 'text/csv', measuresCsv(logs, codes, serverTimeZone()));
  });
  r.get('/review/groups/:id/export/measures.sps', review, async (req, res) => {
    await exporting(req, res, 'measures.sps');
    send(res, 'measures.sps', 'text/plain', measuresSps('measures.csv', serverTimeZone()));
  });
  r.get('/review/groups/:id/export/checkins-:instrument.:ext', review, async (req, res) => {
    const instrument = param(req, 'instrument');
    const ext = param(req, 'ext');
    if (!/^[a-z0-9-]{1,48}$/.test(instrument) || (ext !== 'csv' && ext !== 'sps')) return sendError(res, 404, 'export.unknown', 'No such export.');
    const file = `checkins-${instrument}.${ext}`;
    const { codes, logs } = await exporting(req, res, file);
    const out = checkinsCsv(logs, codes, instrument);
    send(res, file, ext === 'csv' ? 'text/csv' : 'text/plain', ext === 'csv' ? out.csv : out.sps(`checkins-${instrument}.csv`));
  });
  r.get('/review/groups/:id/export/events.csv', review, async (req, res) => {
    // Staff notes may name children: only on an explicit request, and then with every nickname replaced.
    const freeText = req.query.freeText === '1';
    const { groupId, logs } = await exporting(req, res, 'events.csv', freeText ? { freeText } : {});
    send(res, 'events.csv', 'text/csv', eventsCsv(logs, await ctx.groups.everyChild(groupId), { freeText, timeZone: serverTimeZone() }));
  });
  return r;
}
