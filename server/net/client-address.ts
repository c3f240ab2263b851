// The address a request or socket came from: the peer, or, behind a trusted proxy (TRUST_PROXY), the client it forwarded.
import type { IncomingHttpHeaders } from 'node:http';

/**
 * Behind HAProxy every connection comes from the proxy, so per-address limits would lump every tablet together.
 * Only when the operator says a proxy is trusted is X-Forwarded-For believed (its last entry: the address the
 * trusted proxy itself saw; earlier entries can be written by anyone).
 */
export function clientAddress(peer: string | undefined, headers: IncomingHttpHeaders, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = headers['x-forwarded-for'];
    const list = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? ''))
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const last = list.at(-1);
    if (last) return last;
  }
  return peer ?? '';
}
