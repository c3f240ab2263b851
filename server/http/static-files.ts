// The built client: pages and their files sent precompressed (brotli or gzip, as the browser accepts), hashed files cached for good.
import type { Request, RequestHandler, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const YEAR_MS = 365 * 24 * 3600 * 1000;

/** Vite names every file in assets/ by its content hash: a new build makes new names, so a copy never goes stale. */
export function hashedAssets(clientDir: string): RequestHandler {
  return expressStaticGzip(join(clientDir, 'assets'), {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: { maxAge: YEAR_MS, immutable: true, fallthrough: false },
  });
}

/** Files with fixed names (the service worker): the browser asks again each time, so an update reaches it. */
export function fixedNameFiles(clientDir: string): RequestHandler {
  return expressStaticGzip(clientDir, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: { cacheControl: false, setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache') },
  });
}

const ENCODINGS = [
  ['br', '.br'],
  ['gzip', '.gz'],
] as const;

/** Sends a built page (no-cache: it names this build's hashed files), its .br or .gz twin when the browser takes one. */
export function sendPage(req: Request, res: Response, file: string): void {
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('Cache-Control', 'no-cache');
  const accepted = req.acceptsEncodings(...ENCODINGS.map(([name]) => name), 'identity');
  const twin = ENCODINGS.find(([name, ext]) => name === accepted && existsSync(file + ext));
  if (!twin) return res.sendFile(file);
  res.sendFile(file + twin[1], { headers: { 'Content-Encoding': twin[0], 'Content-Type': 'text/html; charset=UTF-8' } });
}
