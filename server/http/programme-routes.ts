// Programmes over HTTP (staff): the shipped templates, a group's programme, copying a template into a group.
import { Router } from 'express';
import { FromTemplateBody, ProgrammeBody, type GroupProgramme, type ProgrammeTemplateInfo } from '../../shared/api/schemas';
import { programmeFromTemplate } from '../../shared/programmes/template';
import { PROGRAMME_TEMPLATES, programmeTemplate } from '../../shared/programmes/templates';
import type { HttpContext } from './context';
import { body, param, requireGroup, requireStaff, sendError, staffOf } from './helpers';

export function programmeRoutes(ctx: HttpContext): Router {
  const r = Router();
  r.use(requireStaff(ctx));

  r.get('/programme-templates', (_req, res) => {
    const list: ProgrammeTemplateInfo[] = PROGRAMME_TEMPLATES.map((t) => ({
      id: t.id,
      title: t.title,
      summary: t.summary,
      basis: t.basis,
      sessions: t.sessions.map((s) => ({ title: s.title, goal: s.goal, rounds: s.rounds.map((x) => ({ activity: x.activity, note: x.note })) })),
    }));
    res.json(list);
  });

  const programmeOf = async (groupId: string): Promise<GroupProgramme> => {
    const programme = await ctx.programmes.get(groupId);
    const live = (await ctx.sessions.liveForGroup(groupId))?.id;
    return { programme, nextSession: programme ? await ctx.registry.nextProgrammeSession(groupId, programme, live) : null };
  };

  r.get('/groups/:id/programme', requireGroup(ctx, 'review'), async (req, res) => {
    const g = await ctx.groups.get(param(req, 'id'));
    if (!g) return sendError(res, 404, 'group.unknown', 'No such group.');
    res.json(await programmeOf(g.id));
  });

  r.put('/groups/:id/programme', requireGroup(ctx, 'run'), async (req, res) => {
    const g = await ctx.groups.get(param(req, 'id'));
    if (!g) return sendError(res, 404, 'group.unknown', 'No such group.');
    const input = body(req, res, ProgrammeBody);
    if (!input) return;
    await ctx.programmes.put(g.id, input, staffOf(res).id, ctx.now());
    res.json(await programmeOf(g.id));
  });

  r.post('/groups/:id/programme/from-template', requireGroup(ctx, 'run'), async (req, res) => {
    const g = await ctx.groups.get(param(req, 'id'));
    if (!g) return sendError(res, 404, 'group.unknown', 'No such group.');
    const input = body(req, res, FromTemplateBody);
    if (!input) return;
    const t = programmeTemplate(input.templateId);
    if (!t) return sendError(res, 404, 'template.unknown', 'No such programme template.');
    await ctx.programmes.put(g.id, programmeFromTemplate(t, g.language), staffOf(res).id, ctx.now());
    res.status(201).json(await programmeOf(g.id));
  });
  return r;
}
