// GET /ca (the page) and the CA certificate itself, served only when this laptop's local CA signs its certificate.
import { Router, type Request } from 'express';
import { languageFromBrowser } from '../../shared/i18n';
import type { Language } from '../../shared/session/roster';
import type { LocalCa } from '../tls/tls-setup';
import { CA_FILE_PATH, caPageHtml } from './ca-page';

function pageLanguage(req: Request): Language {
  const asked = req.query.lang;
  if (asked === 'en' || asked === 'zh-CN') return asked;
  return languageFromBrowser(req.acceptsLanguages());
}

/**
 * Served over plain http too (the same port, before the tablet trusts anything): the worker checks the fingerprint
 * on the page and in the laptop's banner. The join link always says https on the address the tablet used.
 */
export function caRoutes(ca: LocalCa | undefined): Router {
  const router = Router();
  if (!ca) return router;
  router.get('/ca', (req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(caPageHtml({ lang: pageLanguage(req), fingerprint: ca.fingerprint, joinUrl: `https://${req.headers.host ?? 'localhost'}/j` }));
  });
  router.get(CA_FILE_PATH, (_req, res) => {
    // This type makes Android's and iOS's certificate installers take the file (a profile on iPad).
    res.setHeader('Content-Type', 'application/x-x509-ca-cert');
    res.setHeader('Content-Disposition', 'attachment; filename="circletime-local-ca.crt"');
    res.setHeader('Cache-Control', 'no-cache');
    res.send(Buffer.from(ca.cert)); // a Buffer: no "; charset" added to the type
  });
  return router;
}
