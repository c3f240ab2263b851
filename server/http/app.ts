// The HTTP app: JSON API under /api, the built client pages, and page routes for each role.
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { authRoutes } from './auth-routes';
import { staffRoutes } from './staff-routes';
import type { HttpContext } from './context';
import { groupRoutes } from './group-routes';
import { requireJson, sendError } from './helpers';
import { sessionRoutes } from './session-routes';
import { instrumentRoutes } from './instrument-routes';
import { programmeRoutes } from './programme-routes';
import { reviewRoutes } from './review-routes';

const PAGES: Record<string, string> = {
  console: 'console/index.html',
  screen: 'screen/index.html',
  tablet: 'tablet/index.html',
  review: 'review/index.html',
};

export function createApp(ctx: HttpContext): Express {
  const app = express();
  app.disable('x-powered-by');
  // Behind HAProxy the peer is the proxy: believe its X-Forwarded-For / -Proto only when told to.
  if (ctx.trustProxy) app.set('trust proxy', 1);
  app.use((_req, res, next) => {
    // Everything is served from here; nothing may be loaded from elsewhere.
    res.setHeader('Content-Security-Policy', "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self' ws: wss:; media-src 'self' blob: data:");
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    next();
  });
  // The load balancer's health check: 200 once this node serves, 503 while it starts or stops.
  app.get('/healthz', (_req, res) => {
    const h = ctx.health();
    res.status(h.ready ? 200 : 503).json(h);
  });
  app.use('/api', express.json({ limit: '32kb' }), requireJson);
  app.use('/api', authRoutes(ctx));
  app.use('/api', staffRoutes(ctx));
  app.use('/api/groups', groupRoutes(ctx));
  app.use('/api', sessionRoutes(ctx));
  app.use('/api', instrumentRoutes(ctx));
  app.use('/api', programmeRoutes(ctx));
  app.use('/api', reviewRoutes(ctx));
  app.use('/api', (_req, res) => sendError(res, 404, 'api.unknown', 'No such API route.'));

  const page = (name: string) => (_req: Request, res: Response) => {
    const file = join(ctx.clientDir, PAGES[name] ?? '');
    if (!existsSync(file)) return sendError(res, 503, 'client.missing', 'The client is not built. Run `npm run build`.');
    res.sendFile(file);
  };
  app.get('/', (_req, res) => res.redirect('/console'));
  app.get('/console', page('console'));
  app.get('/screen', page('screen'));
  app.get(['/j', '/j/:code'], page('tablet'));
  app.get('/review', page('review'));
  app.use('/clips', express.static(ctx.instruments.clipsDir, { index: false, maxAge: '1h', fallthrough: false }));
  app.use(express.static(ctx.clientDir, { index: false, maxAge: '1h' }));

  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = typeof err === 'object' && err && 'status' in err && typeof err.status === 'number' ? err.status : 500;
    sendError(res, status, status === 413 ? 'request.too_large' : status < 500 ? 'request.invalid' : 'server.error', status < 500 ? 'Bad request.' : 'Something went wrong.');
  });
  return app;
}
