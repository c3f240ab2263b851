// What the HTTPS server presents: the operator's certificate files, or the local CA's certificate for this laptop.
import { X509Certificate, createPrivateKey, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import type { TlsConfig } from '../config';
import { localCertificates } from './local-ca';
import { certificateNames } from './tls-names';

export interface LocalCa {
  /** PEM, served at /ca for tablets to install. */
  cert: string;
  /** SHA-256, AA:BB:…: printed in the start banner and shown on /ca, so a worker can check the tablet got this one. */
  fingerprint: string;
}

export interface TlsMaterial {
  key: string;
  cert: string;
  /** Only with the local CA: the operator's own certificate is trusted some other way. */
  ca: LocalCa | undefined;
}

export async function tlsMaterial(tls: TlsConfig, dataDir: string, log: (line: string) => void): Promise<TlsMaterial> {
  if (tls.certFile && tls.keyFile) {
    const read = (file: string, what: string) => {
      try {
        return readFileSync(file, 'utf8');
      } catch (err) {
        throw new Error(`${what} cannot be read: ${(err as Error).message}`);
      }
    };
    const cert = read(tls.certFile, 'TLS_CERT_FILE');
    const key = read(tls.keyFile, 'TLS_KEY_FILE');
    // Files that are not a certificate and its own key stop the start here, named, not later inside TLS.
    let matches = false;
    try {
      const fromKey = createPublicKey(createPrivateKey(key)).export({ type: 'spki', format: 'der' });
      matches = fromKey.equals(new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' }));
    } catch (err) {
      throw new Error(`TLS_CERT_FILE / TLS_KEY_FILE: not a PEM certificate and key (${(err as Error).message})`);
    }
    if (!matches) throw new Error('TLS_KEY_FILE is not the key of the certificate in TLS_CERT_FILE');
    return { key, cert, ca: undefined };
  }
  const names = certificateNames(tls.names);
  const made = await localCertificates(dataDir, names, { label: hostname() });
  if (made.madeCa) log(`made this laptop's certificate authority (tablets install it once from /ca)`);
  if (made.madeServerCert) log(`made a server certificate for ${names.join(', ')}`);
  return { key: made.key, cert: made.cert, ca: { cert: made.caCert, fingerprint: made.caFingerprint } };
}

/** How often a running laptop looks for a new address (it joined the centre's Wi-Fi after starting). */
export const ADDRESS_CHECK_MS = 30_000;

/**
 * While running: when the laptop gets an address its certificate does not cover, the local CA signs a new one and
 * `apply` puts it in use for new connections (https.Server.setSecureContext); tablets trust it through the same CA.
 */
export function renewOnNewAddress(
  dataDir: string,
  names: () => string[],
  apply: (key: string, cert: string, names: string[]) => void,
  opts: { everyMs?: number; label?: string; onError?: (err: Error) => void } = {},
): { stop(): void } {
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    const wanted = names();
    localCertificates(dataDir, wanted, { label: opts.label ?? hostname() })
      .then((made) => {
        if (made.madeServerCert) apply(made.key, made.cert, wanted);
      })
      .catch((err: Error) => opts.onError?.(err))
      .finally(() => (busy = false));
  }, opts.everyMs ?? ADDRESS_CHECK_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
