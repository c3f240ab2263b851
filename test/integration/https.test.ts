// The laptop's HTTPS mode over real sockets: the CA download, plain http on the same port (the laptop itself, /ca, a
// redirect), Secure cookies, Socket.IO handshakes that trust the CA, a restart that keeps the CA, the operator's own files.
import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect, type PeerCertificate } from 'node:tls';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabletView } from '../../shared/session/views';
import { startServer, type RunningServer } from '../../server/create-server';
import { tlsFolder } from '../../server/tls/local-ca';
import { fetchTrusting } from '../support/https-fetch';
import { LiveClient, seatToken } from '../support/live-client';
import { StaffClient } from '../support/staff-client';
import { childServer, killChild, serverConfig, tempDataDir } from '../support/test-server';

const NAME = 'circletime.test';
const dataDir = tempDataDir('ct-https-');
let server: RunningServer;
let ca: string;

const start = async (dir: string, port = 0, tls: { names: string[]; certFile?: string; keyFile?: string } = { names: [NAME] }) =>
  startServer({ ...(await serverConfig(dir)), port, tls });

/** A plain-http request to the HTTPS port, naming `host`: what a tablet typing http://… sends. */
function plainGet(port: number, path: string, host: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    httpRequest({ host: '127.0.0.1', port, path, headers: { host, 'accept-language': 'zh-CN' } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    })
      .on('error', reject)
      .end();
  });
}

/** The certificate the server presents to a TLS client asking for `servername`. */
function presented(port: number, servername: string): Promise<PeerCertificate> {
  return new Promise((resolve, reject) => {
    const s = connect({ host: '127.0.0.1', port, servername, rejectUnauthorized: false }, () => {
      resolve(s.getPeerCertificate());
      s.end();
    });
    s.on('error', reject);
  });
}

beforeAll(async () => {
  server = await start(dataDir);
  ca = server.localCa!.cert;
});
afterAll(() => server.close());

describe('HTTPS on the laptop', () => {
  it('serves the CA certificate with the installers’ type, and presents a server certificate it signed', async () => {
    const res = await fetchTrusting(ca)(`https://127.0.0.1:${server.port}/ca/circletime-local-ca.crt`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-x509-ca-cert');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="circletime-local-ca.crt"');
    const served = new X509Certificate(await res.text());
    expect(served.ca).toBe(true);
    expect(served.fingerprint256).toBe(server.localCa!.fingerprint);

    const peer = await presented(server.port, NAME);
    const leaf = new X509Certificate(peer.raw);
    expect(leaf.checkIssued(served) && leaf.verify(served.publicKey)).toBe(true);
    expect(leaf.checkHost(NAME)).toBe(NAME);
    expect(leaf.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(server.scheme).toBe('https');
    expect(server.lanUrls.every((u) => u.startsWith('https://'))).toBe(true);
  });

  it('answers plain http on the same port: the CA page as it is, everything else redirected to https', async () => {
    const page = await plainGet(server.port, '/ca', `${NAME}:${server.port}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain(server.localCa!.fingerprint);
    expect(page.body).toContain(`https://${NAME}:${server.port}/j`);
    const file = await plainGet(server.port, '/ca/circletime-local-ca.crt', `${NAME}:${server.port}`);
    expect([file.headers['content-type'], file.body]).toEqual(['application/x-x509-ca-cert', ca]);

    const join = await plainGet(server.port, '/j/1234?x=1', `${NAME}:${server.port}`);
    expect(join.status).toBe(307);
    expect(join.headers.location).toBe(`https://${NAME}:${server.port}/j/1234?x=1`);
    expect(join.headers['strict-transport-security']).toBeUndefined();
    // The laptop's own browser at http://localhost (a secure context already) gets the app itself.
    const own = await plainGet(server.port, '/healthz', `localhost:${server.port}`);
    expect(own.status).toBe(200);
    expect(JSON.parse(own.body)).toMatchObject({ ready: true });
  });

  it('writes the Chinese CA page without English, except names and codes', async () => {
    const page = await plainGet(server.port, '/ca?lang=zh-CN', `${NAME}:${server.port}`);
    expect(page.body).toContain('<html lang="zh-CN">');
    const text = page.body
      .replace(/<style>[\s\S]*?<\/style>/g, '')
      .replace(/<svg[\s\S]*?<\/svg>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#\d+;/g, ' ');
    const allowed = [
      server.localCa!.fingerprint,
      `https://${NAME}:${server.port}/j`,
      'Circletime local CA',
      'circletime-local-ca.crt',
      'chrome://settings/certificates',
      'SHA-256',
      'Chromebook',
      'English',
      'Safari',
      'iPad',
      'VPN',
      'CA',
    ];
    let left = text;
    for (const a of allowed) left = left.split(a).join(' ');
    expect(left.match(/[A-Za-z]+/g) ?? []).toEqual([]);
    expect(text).toContain('下载证书');
  });

  it('sets Secure cookies over https, and Socket.IO handshakes over https trusting the CA', async () => {
    const url = `https://127.0.0.1:${server.port}`;
    const staff = new StaffClient(url, fetchTrusting(ca));
    const res = await fetchTrusting(ca)(`${url}/api/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ setupCode: server.setupCode, username: 'ana', displayName: 'Ana', password: 'correct horse' }),
    });
    expect(res.status).toBeLessThan(300);
    expect(res.headers.get('set-cookie')).toMatch(/;\s*Secure\b/i);
    await staff.login();
    const { group, children } = await staff.groupWithChildren('Lanterns', [['Mimi', 'cat']], true);
    const s = await staff.startSession(group.id);
    expect(s.joinUrl).toBe(`${server.publicBaseUrl}/j/${s.code}`);
    expect(s.joinUrl).toMatch(/^https:\/\//);

    for (const transports of [['websocket'], ['polling']] as const) {
      const tablet = new LiveClient<TabletView>(url, { role: 'tablet', code: s.code!, seatToken: seatToken() }, { ca, transports: [...transports] });
      await tablet.until((v) => v.status === 'choosing');
      tablet.close();
    }
    const tablet = new LiveClient<TabletView>(url, { role: 'tablet', code: s.code!, seatToken: seatToken() }, { ca });
    await tablet.send({ type: 'seat.claim', childId: children[0]!.id });
    await tablet.until((v) => v.status === 'seated');
    tablet.close();

    // Without the CA the handshake is refused: the test above is not passing on a plain connection.
    const stranger = new LiveClient<TabletView>(url, { role: 'tablet', code: s.code!, seatToken: seatToken() }, { reconnection: false });
    const err = await new Promise<Error>((resolve) => stranger.socket.once('connect_error', resolve));
    expect(String(err.message) + String((err as { description?: unknown }).description ?? '')).toMatch(/certificate|xhr poll error|websocket error/i);
    stranger.close();
  });

  it('keeps the same CA after a restart on the same data folder', async () => {
    const before = server.localCa!.fingerprint;
    const port = server.port;
    await server.close();
    server = await start(dataDir, port);
    expect(server.localCa!.fingerprint).toBe(before);
    expect(server.localCa!.cert).toBe(ca);
  });

  it("uses the operator's own certificate files, and then serves no CA", async () => {
    const dir = tempDataDir('ct-https-own-');
    const own = await generate([{ name: 'commonName', value: 'circletime.example.org' }], { algorithm: 'sha256' });
    writeFileSync(join(dir, 'own.crt'), own.cert);
    writeFileSync(join(dir, 'own.key'), own.private, { mode: 0o600 });
    const s = await start(dir, 0, { names: [], certFile: join(dir, 'own.crt'), keyFile: join(dir, 'own.key') });
    try {
      expect(s.localCa).toBeUndefined();
      expect(existsSync(tlsFolder(dir))).toBe(false);
      const peer = await presented(s.port, 'circletime.example.org');
      expect(new X509Certificate(peer.raw).fingerprint256).toBe(new X509Certificate(own.cert).fingerprint256);
      expect((await plainGet(s.port, '/ca', 'circletime.example.org')).status).toBe(307);
    } finally {
      await s.close();
    }
    // A key that is not the certificate's stops the start, naming the setting.
    const other = await generate([{ name: 'commonName', value: 'x' }], { algorithm: 'sha256' });
    writeFileSync(join(dir, 'other.key'), other.private, { mode: 0o600 });
    await expect(start(dir, 0, { names: [], certFile: join(dir, 'own.crt'), keyFile: join(dir, 'other.key') })).rejects.toThrow(/TLS_KEY_FILE is not the key/);
  });

  it("keeps the laptop's own pages on plain http://127.0.0.1, sockets included", async () => {
    const url = `http://127.0.0.1:${server.port}`;
    const staff = new StaffClient(`https://127.0.0.1:${server.port}`, fetchTrusting(ca));
    await staff.login();
    const { group } = await staff.groupWithChildren('Own laptop', [['Bo', 'dog']], true);
    const s = await staff.startSession(group.id);
    for (const transports of [['websocket'], ['polling']] as const) {
      const tablet = new LiveClient<TabletView>(url, { role: 'tablet', code: s.code!, seatToken: seatToken() }, { transports: [...transports] });
      await tablet.until((v) => v.status === 'choosing');
      tablet.close();
    }
  });

  it('prints https join URLs, the CA page and its fingerprint in the start banner', async () => {
    const dir = tempDataDir('ct-https-banner-');
    const child = await childServer(dir, 0, { HTTPS: '1', TLS_NAMES: NAME });
    try {
      const out = child.output();
      const fingerprint = new X509Certificate(readFileSync(join(tlsFolder(dir), 'ca.crt'), 'utf8')).fingerprint256;
      expect(out).toContain(`https://127.0.0.1:${child.port}/j`);
      expect(out).toContain(`http://127.0.0.1:${child.port}/ca`);
      expect(out).toMatch(new RegExp(`CA fingerprint.*${fingerprint}`));
      expect(out).toContain(`http://localhost:${child.port}/console`);
    } finally {
      await killChild(child);
    }
  });
});
