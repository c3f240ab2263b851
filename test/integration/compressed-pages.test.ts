// Pages and their scripts are served precompressed (brotli, gzip) by negotiation; hashed files are cached as immutable.
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessServer, REPO, type InProcessServer } from '../support/test-server';

let srv: InProcessServer;
beforeAll(async () => {
  srv = await inProcessServer();
});
afterAll(async () => srv.close());

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET without fetch's automatic decoding, so the bytes on the wire are what is checked. */
function rawGet(url: string, acceptEncoding?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** The tablet page's own script, named by the built page (its name carries a content hash). */
function tabletScriptPath(): string {
  const html = readFileSync(join(REPO, 'dist/client/tablet/index.html'), 'utf8');
  const src = html.match(/<script[^>]+src="(\/assets\/[^"]+\.js)"/)?.[1];
  if (!src) throw new Error('the built tablet page names no script');
  return src;
}

describe('compressed pages', () => {
  it('sends the tablet script as brotli or gzip when asked, byte-identical once decoded, and plain otherwise', async () => {
    const path = tabletScriptPath();
    const plain = readFileSync(join(REPO, 'dist/client', path));
    const br = await rawGet(`${srv.url}${path}`, 'gzip, deflate, br');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.body.length).toBeLessThan(plain.length / 2);
    expect(brotliDecompressSync(br.body).equals(plain)).toBe(true);

    const gz = await rawGet(`${srv.url}${path}`, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain)).toBe(true);

    const none = await rawGet(`${srv.url}${path}`);
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body.equals(plain)).toBe(true);
  });

  it('caches hashed files for a year as immutable, but not the pages that name them or the service worker', async () => {
    const asset = await rawGet(`${srv.url}${tabletScriptPath()}`, 'br');
    expect(asset.headers['cache-control']).toMatch(/max-age=31536000/);
    expect(asset.headers['cache-control']).toMatch(/immutable/);
    for (const path of ['/j', '/screen', '/console', '/review', '/sw.js']) {
      const res = await rawGet(`${srv.url}${path}`, 'br');
      expect(res.status, path).toBe(200);
      expect(res.headers['cache-control'] ?? '', path).not.toMatch(/immutable/);
    }
  });

  it('sends each page compressed too, decoding to the built page', async () => {
    for (const [path, file] of [
      ['/j/1234', 'tablet'],
      ['/screen', 'screen'],
      ['/console', 'console'],
      ['/review', 'review'],
    ] as const) {
      const res = await rawGet(`${srv.url}${path}`, 'br, gzip');
      expect(res.headers['content-encoding'], path).toBe('br');
      expect(res.headers['content-type'], path).toMatch(/text\/html/);
      expect(brotliDecompressSync(res.body).toString('utf8'), path).toBe(readFileSync(join(REPO, `dist/client/${file}/index.html`), 'utf8'));
    }
  });
});
