// Instruments over HTTP: the catalog with texts, sources and licences (staff), and read-aloud clips (public).
import { Router } from 'express';
import { instrumentChoices } from '../../shared/instruments/catalog';
import { AGE_BANDS, type AgeBand } from '../../shared/session/roster';
import { clipsFor } from '../instruments/clips';
import type { HttpContext } from './context';
import { param, requireStaff } from './helpers';

export function instrumentRoutes(ctx: HttpContext): Router {
  const r = Router();

  // Everything about each instrument: items, options, scoring key, source, licence, validation status.
  r.get('/instruments', requireStaff(ctx), (req, res) => {
    const band = (AGE_BANDS as readonly string[]).includes(String(req.query.ageBand)) ? (req.query.ageBand as AgeBand) : '7-12';
    res.json({
      instruments: ctx.instruments.list.map((l) => ({ ...l.instrument, builtin: l.builtin })),
      choices: instrumentChoices(ctx.instruments.catalog, band),
    });
  });

  // Tablets ask which recorded clips exist; an instrument's texts are not secret, the answers are.
  r.get('/instruments/:id/clips', (req, res) => {
    res.json(clipsFor(ctx.instruments.clipsDir, param(req, 'id')));
  });
  return r;
}
