// The HTTP app: JSON API under /api, the built client pages, and page routes for each role.
import { fixedNameFiles, hashedAssets, sendPage } from './static-files';
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
import { recordRoutes } from './record-routes';
import { caRoutes } from './ca-routes';

const PAGES: Record<string, string> = {
  console: 'console/index.html',
  screen: 'screen/index.html',
  tablet: 'tablet/index.html',
  review: 'review/index.html',
};

/** Over TLS every cookie we set is Secure, whichever route sets it (the login, setup and logout cookies). */
function secureCookiesOverTls(req: Request, res: Response, next: NextFunction): void {
  if (req.secure) {
    const setHeader = res.setHeader.bind(res);
    const secure = (cookie: string) => (/;\s*Secure\b/i.test(cookie) ? cookie : `${cookie}; Secure`);
    res.setHeader = ((name: string, value: number | string | readonly string[]) =>
      setHeader(
        name,
        name.toLowerCase() !== 'set-cookie' ? value : typeof value === 'string' ? secure(value) : Array.isArray(value) ? value.map(secure) : value,
      )) as Response['setHeader'];
  }
  next();
}

export function createApp(ctx: HttpContext): Express {
  const app = express();
  app.disable('x-powered-by');
  // Behind HAProxy the peer is the proxy: believe its X-Forwarded-For / -Proto only when told to (else anyone
  // could claim https, or an address).
  app.set('trust proxy', ctx.trustProxy === true ? 1 : false);
  app.use((_req, res, next) => {
    // Everything is served from here; nothing may be loaded from elsewhere, and no other site may frame us
    // (a framed console could be clicked through by a page the worker did not mean to trust).
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self' ws: wss:; media-src 'self' blob: data:; frame-ancestors 'none'",
    );
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    next();
  });
  // The load balancer's health check: 200 once this node serves, 503 while it starts or stops.
  app.get('/healthz', (_req, res) => {
    const h = ctx.health();
    res.status(h.ready ? 200 : 503).json(h);
  });
  app.use(secureCookiesOverTls);
  app.use(caRoutes(ctx.localCa));
  // API answers and exports carry children's data: no browser cache or proxy may keep a copy.
  app.use('/api', (_req, res, next) => (res.setHeader('Cache-Control', 'no-store'), next()));
  // A process record is a worker's page of text in Chinese (3 bytes a character): its saves may be larger.
  app.use('/api/review/groups/:id/records', express.json({ limit: '256kb' }));
  app.use('/api', express.json({ limit: '32kb' }), requireJson);
  app.use('/api', authRoutes(ctx));
  app.use('/api', staffRoutes(ctx));
  app.use('/api/groups', groupRoutes(ctx));
  app.use('/api', sessionRoutes(ctx));
  app.use('/api', instrumentRoutes(ctx));
  app.use('/api', programmeRoutes(ctx));
  app.use('/api', reviewRoutes(ctx));
  app.use('/api', recordRoutes(ctx));
  app.use('/api', (_req, res) => sendError(res, 404, 'api.unknown', 'No such API route.'));

  const page = (name: string) => (req: Request, res: Response) => {
    const file = join(ctx.clientDir, PAGES[name] ?? '');
    if (!existsSync(file)) return sendError(res, 503, 'client.missing', 'The client is not built. Run `npm run build`.');
    sendPage(req, res, file);
  };
  app.get('/', (_req, res) => res.redirect('/console'));
  app.get('/console', page('console'));
  app.get('/screen', page('screen'));
  app.get(['/j', '/j/:code'], page('tablet'));
  app.get('/review', page('review'));
  app.use('/clips', express.static(ctx.instruments.clipsDir, { index: false, maxAge: '1h', fallthrough: false }));
  app.use('/assets', hashedAssets(ctx.clientDir));
  app.use(fixedNameFiles(ctx.clientDir));

  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = typeof err === 'object' && err && 'status' in err && typeof err.status === 'number' ? err.status : 500;
    sendError(
      res,
      status,
      status === 413 ? 'request.too_large' : status < 500 ? 'request.invalid' : 'server.error',
      status < 500 ? 'Bad request.' : 'Something went wrong.',
    );
  });
  return app;
}
