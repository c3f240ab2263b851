// The laptop's HTTPS settings and its local CA: the CA signs the server certificate, the names cover every address,
// keys are 0600, a restart keeps the CA (tablets keep trusting it), and the server certificate is renewed when needed.
import { X509Certificate, createPrivateKey, createPublicKey } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../server/config';
import { localCertificates, namesIn, spkiHash, tlsFolder } from '../../server/tls/local-ca';
import { certificateNames } from '../../server/tls/tls-names';
import { renewOnNewAddress } from '../../server/tls/tls-setup';
import { tempDataDir } from '../support/test-server';

const DAY = 86_400_000;
const NAMES = ['circletime.test', 'laptop', 'laptop.local', 'localhost', '127.0.0.1', '::1', '192.168.1.10'];
/** The same names as Node prints a certificate's subjectAltName (IPv6 written out in full). */
const SAN = ['circletime.test', 'laptop', 'laptop.local', 'localhost', '127.0.0.1', '0:0:0:0:0:0:0:1', '192.168.1.10'];
const mode = (path: string) => statSync(path).mode & 0o777;

describe('HTTPS settings', () => {
  it('is off unless HTTPS is on or the operator gives certificate files', () => {
    expect(configFromEnv({}).tls).toBeUndefined();
    expect(configFromEnv({ HTTPS: '0' }).tls).toBeUndefined();
    expect(configFromEnv({ HTTPS: '1' }).tls).toEqual({ certFile: undefined, keyFile: undefined, names: [] });
    expect(configFromEnv({ HTTPS: 'on', TLS_NAMES: 'circletime.test, Laptop.local  10.0.0.5' }).tls?.names).toEqual([
      'circletime.test',
      'Laptop.local',
      '10.0.0.5',
    ]);
    const own = configFromEnv({ TLS_CERT_FILE: '/etc/ssl/c.pem', TLS_KEY_FILE: '/etc/ssl/k.pem' }).tls;
    expect(own).toMatchObject({ certFile: '/etc/ssl/c.pem', keyFile: '/etc/ssl/k.pem' });
  });

  it('refuses a certificate without its key, and names that are not names', () => {
    expect(() => configFromEnv({ HTTPS: '1', TLS_CERT_FILE: '/c.pem' })).toThrow(/TLS_CERT_FILE and TLS_KEY_FILE/);
    expect(() => configFromEnv({ HTTPS: '1', TLS_KEY_FILE: '/k.pem' })).toThrow(/TLS_CERT_FILE and TLS_KEY_FILE/);
    expect(() => configFromEnv({ HTTPS: '1', TLS_NAMES: 'a.test,<b>' })).toThrow(/TLS_NAMES/);
  });

  it('covers the host name, its .local form, localhost, loopback, the LAN addresses and the extra names', () => {
    expect(certificateNames(['circletime.test'], 'Laptop', ['192.168.1.10'])).toEqual(NAMES);
    expect(certificateNames([], 'box.lan', [])).toEqual(['box.lan', 'localhost', '127.0.0.1', '::1']);
  });
});

// Each test makes RSA keys: seconds on a busy 2-core machine, so more than the default 5 s.
describe('the local certificate authority', { timeout: 30_000 }, () => {
  it('signs a server certificate for every name, keeps private keys 0600, and is kept across restarts', async () => {
    const dir = tempDataDir('ct-ca-');
    const now = Date.now();
    const first = await localCertificates(dir, NAMES, { label: 'laptop', now });
    expect(first).toMatchObject({ madeCa: true, madeServerCert: true });

    const ca = new X509Certificate(first.caCert);
    const cert = new X509Certificate(first.cert);
    expect(ca.ca).toBe(true);
    expect(ca.subject).toContain('CN=Circletime local CA (laptop)');
    expect(cert.ca).toBe(false);
    expect(cert.checkIssued(ca)).toBe(true);
    expect(cert.verify(ca.publicKey)).toBe(true);
    expect([...namesIn(cert)].sort()).toEqual([...SAN].sort());
    // The key served is the certificate's own.
    const fromKey = createPublicKey(createPrivateKey(first.key)).export({ type: 'spki', format: 'der' });
    expect(fromKey.equals(cert.publicKey.export({ type: 'spki', format: 'der' }))).toBe(true);
    // Apple and Chrome refuse a server certificate valid for more than 398 days.
    expect(Date.parse(cert.validTo) - Date.parse(cert.validFrom)).toBeLessThanOrEqual(398 * DAY);
    expect(first.caFingerprint).toBe(ca.fingerprint256);

    const folder = tlsFolder(dir);
    expect(mode(join(folder, 'ca.key'))).toBe(0o600);
    expect(mode(join(folder, 'server.key'))).toBe(0o600);
    expect(mode(folder)).toBe(0o700);

    const again = await localCertificates(dir, NAMES, { label: 'laptop', now: now + 60_000 });
    expect(again).toMatchObject({ madeCa: false, madeServerCert: false, caCert: first.caCert, cert: first.cert, key: first.key });
  });

  it('makes a new server certificate, under the same CA, for a new address, near its end, or when it was not signed by the CA', async () => {
    const dir = tempDataDir('ct-ca-');
    const now = Date.now();
    const first = await localCertificates(dir, NAMES, { label: 'laptop', now });

    // The laptop joined another Wi-Fi.
    const moved = await localCertificates(dir, [...NAMES.slice(0, -1), '10.1.2.3'], { label: 'laptop', now });
    expect(moved).toMatchObject({ madeCa: false, madeServerCert: true, caFingerprint: first.caFingerprint });
    expect(namesIn(new X509Certificate(moved.cert)).has('10.1.2.3')).toBe(true);

    // 397-day certificates, renewed once fewer than 30 days are left.
    const names = [...NAMES.slice(0, -1), '10.1.2.3'];
    expect((await localCertificates(dir, names, { label: 'laptop', now: now + 360 * DAY })).madeServerCert).toBe(false);
    const renewed = await localCertificates(dir, names, { label: 'laptop', now: now + 370 * DAY });
    expect(renewed).toMatchObject({ madeCa: false, madeServerCert: true, caFingerprint: first.caFingerprint });
    expect(Date.parse(new X509Certificate(renewed.cert).validTo)).toBeGreaterThan(now + 700 * DAY);

    // Someone put another certificate in its place.
    const stranger = await generate([{ name: 'commonName', value: 'localhost' }], { algorithm: 'sha256' });
    writeFileSync(join(tlsFolder(dir), 'server.crt'), stranger.cert);
    const replaced = await localCertificates(dir, names, { label: 'laptop' });
    expect(replaced.madeServerCert).toBe(true);
    expect(new X509Certificate(replaced.cert).checkIssued(new X509Certificate(replaced.caCert))).toBe(true);
    expect(readFileSync(join(tlsFolder(dir), 'ca.crt'), 'utf8')).toBe(first.caCert);
  });

  it('gives Chromium the SHA-256 of the certificate’s public key, in base64', async () => {
    const dir = tempDataDir('ct-ca-');
    const made = await localCertificates(dir, ['localhost'], { label: 'x' });
    expect(spkiHash(made.cert)).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(spkiHash(made.cert)).not.toBe(spkiHash(made.caCert));
  });

  it('while running, signs a new server certificate when the laptop gets an address it does not cover', async () => {
    const dir = tempDataDir('ct-ca-');
    const first = await localCertificates(dir, NAMES, { label: 'laptop' });
    // Three checks with the same addresses (nothing to make), then the laptop joins a Wi-Fi.
    let checks = 0;
    const names = () => (++checks > 3 ? [...NAMES, '10.9.8.7'] : NAMES);
    const applied: string[] = [];
    const renewed = new Promise<string>((resolve) => {
      const watch = renewOnNewAddress(dir, names, (_key, cert) => (applied.push(cert), watch.stop(), resolve(cert)), { everyMs: 20, label: 'laptop' });
    });
    const cert = new X509Certificate(await renewed);
    expect(applied).toHaveLength(1);
    expect(checks).toBeGreaterThan(3);
    expect(namesIn(cert).has('10.9.8.7')).toBe(true);
    expect(cert.checkIssued(new X509Certificate(first.caCert))).toBe(true);
  });
});
