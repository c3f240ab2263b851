// This laptop's own certificate authority ("Circletime local CA") and the server certificate it signs, kept in the data folder.
import { X509Certificate, createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join } from 'node:path';
import { generate } from 'selfsigned';

const DAY_MS = 86_400_000;
/** Tablets trust the CA once, so it lasts: ten years. */
const CA_DAYS = 3650;
/** Apple and Chrome refuse server certificates valid for longer than 398 days (the laptop renews them by itself). */
const SERVER_DAYS = 397;
/** A server certificate this close to its end is renewed at the next start. */
const RENEW_BEFORE_DAYS = 30;
/** Starting a day early forgives a tablet whose clock runs behind. */
const BACKDATE_MS = DAY_MS;

export interface LocalCertificates {
  /** The server's key and certificate (PEM), for https.createServer. */
  key: string;
  cert: string;
  /** The CA certificate (PEM) tablets install once. */
  caCert: string;
  /** SHA-256 of the CA certificate, as the tablets' certificate screens show it (AA:BB:…). */
  caFingerprint: string;
  /** Whether this call made a new CA (first start) or a new server certificate (names changed, near its end). */
  madeCa: boolean;
  madeServerCert: boolean;
}

export function tlsFolder(dataDir: string): string {
  return join(dataDir, 'tls');
}

const files = (dataDir: string) => {
  const dir = tlsFolder(dataDir);
  return { dir, caKey: join(dir, 'ca.key'), caCert: join(dir, 'ca.crt'), key: join(dir, 'server.key'), cert: join(dir, 'server.crt') };
};

/** Private keys: readable by this user only (0600), whatever the umask; the folder likewise (0700). */
function writeKey(path: string, pem: string): void {
  writeFileSync(path, pem, { mode: 0o600 });
  chmodSync(path, 0o600);
}

/** The names a certificate covers, as `DNS:x` / `IP Address:y` entries of its subjectAltName, lower-cased. */
export function namesIn(cert: X509Certificate): Set<string> {
  const out = new Set<string>();
  for (const part of (cert.subjectAltName ?? '').split(', ')) {
    const m = part.match(/^(DNS|IP Address):(.+)$/);
    if (m) out.add(m[2]!.toLowerCase());
  }
  return out;
}

/** Node prints an IPv6 address in full in subjectAltName (0:0:0:0:0:0:0:1): compare names in that form. */
function sanForm(name: string): string {
  if (isIP(name) !== 6) return name.toLowerCase();
  const [head = '', tail = ''] = name.toLowerCase().split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const full = name.includes('::') ? [...h, ...Array(8 - h.length - t.length).fill('0'), ...t] : h;
  return full.map((g) => g.replace(/^0+(?=.)/, '')).join(':');
}

function serverCertStillGood(certPem: string, ca: X509Certificate, names: readonly string[], now: number): boolean {
  const cert = new X509Certificate(certPem);
  if (!cert.checkIssued(ca) || !cert.verify(ca.publicKey)) return false;
  if (Date.parse(cert.validTo) - now < RENEW_BEFORE_DAYS * DAY_MS) return false;
  const covered = namesIn(cert);
  return names.every((n) => covered.has(sanForm(n)));
}

async function makeCa(label: string, now: number): Promise<{ key: string; cert: string }> {
  const made = await generate(
    [
      { name: 'commonName', value: `Circletime local CA (${label})` },
      { name: 'organizationName', value: 'Circletime' },
    ],
    {
      keySize: 2048,
      algorithm: 'sha256',
      notBeforeDate: new Date(now - BACKDATE_MS),
      notAfterDate: new Date(now + CA_DAYS * DAY_MS),
      extensions: [
        { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
        { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
      ],
    },
  );
  return { key: made.private, cert: made.cert };
}

async function makeServerCert(ca: { key: string; cert: string }, names: readonly string[], now: number): Promise<{ key: string; cert: string }> {
  const made = await generate([{ name: 'commonName', value: names.find((n) => isIP(n) === 0) ?? 'circletime' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: new Date(now - BACKDATE_MS),
    notAfterDate: new Date(now + SERVER_DAYS * DAY_MS),
    ca,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      // Browsers read only these names (never the common name): every way a tablet may address the laptop.
      { name: 'subjectAltName', altNames: names.map((n) => (isIP(n) ? { type: 7 as const, ip: n } : { type: 2 as const, value: n })) },
    ],
  });
  return { key: made.private, cert: made.cert };
}

/**
 * The CA is made once and then only read (tablets that installed it keep trusting this laptop). The server
 * certificate is made again when it misses one of `names` (a new Wi-Fi address), nears its end, or was not signed
 * by this CA.
 */
export async function localCertificates(dataDir: string, names: readonly string[], opts: { label: string; now?: number }): Promise<LocalCertificates> {
  const now = opts.now ?? Date.now();
  const f = files(dataDir);
  mkdirSync(f.dir, { recursive: true, mode: 0o700 });
  chmodSync(f.dir, 0o700);

  let madeCa = false;
  if (!existsSync(f.caKey) || !existsSync(f.caCert)) {
    const ca = await makeCa(opts.label, now);
    writeKey(f.caKey, ca.key);
    writeFileSync(f.caCert, ca.cert);
    madeCa = true;
  }
  chmodSync(f.caKey, 0o600);
  const ca = { key: readFileSync(f.caKey, 'utf8'), cert: readFileSync(f.caCert, 'utf8') };
  const caX509 = new X509Certificate(ca.cert);

  let madeServerCert = false;
  if (madeCa || !existsSync(f.key) || !existsSync(f.cert) || !serverCertStillGood(readFileSync(f.cert, 'utf8'), caX509, names, now)) {
    const server = await makeServerCert(ca, names, now);
    writeKey(f.key, server.key);
    writeFileSync(f.cert, server.cert);
    madeServerCert = true;
  }
  chmodSync(f.key, 0o600);
  return {
    key: readFileSync(f.key, 'utf8'),
    cert: readFileSync(f.cert, 'utf8'),
    caCert: ca.cert,
    caFingerprint: caX509.fingerprint256,
    madeCa,
    madeServerCert,
  };
}

/** Base64 SHA-256 of a certificate's public key (SPKI): what Chromium's --ignore-certificate-errors-spki-list takes. */
export function spkiHash(certPem: string): string {
  const spki = new X509Certificate(certPem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}
