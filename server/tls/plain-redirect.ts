// The plain-http side of the HTTPS port: the laptop itself as before, the CA page and file, every other address redirected to https.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import { isIP } from 'node:net';
import express, { type Express } from 'express';
import { caRoutes } from '../http/ca-routes';
import type { LocalCa } from './tls-setup';

function redirectApp(ca: LocalCa | undefined): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    res.setHeader('Content-Security-Policy', "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    next();
  });
  // Before a tablet trusts the CA, https shows a warning: the certificate itself comes over plain http.
  app.use(caRoutes(ca));
  // 307, not 301: a browser keeps a permanent redirect, and would be stuck if the laptop went back to plain http.
  // No HSTS for the same reason.
  app.use((req, res) => {
    const host = req.headers.host;
    if (!host || !/^[A-Za-z0-9.:[\]-]+$/.test(host)) return void res.status(400).type('text').send('Bad request.');
    res.redirect(307, `https://${host}${req.originalUrl}`);
  });
  return app;
}

const isLoopback = (address: string | undefined) => !!address && (address === '::1' || /^(::ffff:)?127\./.test(address));

/**
 * The laptop's own browser at http://localhost is a secure context already (service workers run there), and it
 * does not trust the local CA unless someone installs it there too: it keeps plain http, served by the full app.
 * Only a request that both comes from this machine and names a loopback host counts (a browser on the laptop
 * using its LAN address is no secure context, and gets the redirect like a tablet).
 */
export function isLaptopItself(req: IncomingMessage): boolean {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  const loopbackName = host === 'localhost' || (isIP(host) !== 0 && isLoopback(host));
  return loopbackName && isLoopback(req.socket.remoteAddress);
}

/** The server that takes the port's plain-http connections (server/tls/one-port.ts hands them over). */
export function plainSide(https: HttpsServer, ca: LocalCa | undefined): Server {
  const redirect = redirectApp(ca);
  const plain = createServer((req, res) => {
    if (isLaptopItself(req)) https.emit('request', req, res);
    else redirect(req, res);
  });
  // Socket.IO's WebSocket upgrades: the laptop's own pages only (a tablet's page is on https, and so is its socket).
  plain.on('upgrade', (req: IncomingMessage, socket, head) => {
    if (isLaptopItself(req)) https.emit('upgrade', req, socket, head);
    else socket.destroy();
  });
  return plain;
}
