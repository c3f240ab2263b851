// Every name and address a tablet may use to reach this laptop: what its server certificate must cover.
import { hostname } from 'node:os';
import { lanAddresses } from '../net/lan-urls';

/**
 * The host name (and its `.local` form, which Macs and most Linux laptops answer on the LAN), localhost, the
 * loopback addresses, every LAN IPv4 address, and the operator's own extra names (TLS_NAMES).
 */
export function certificateNames(extra: readonly string[] = [], host = hostname(), lan = lanAddresses()): string[] {
  const h = host.toLowerCase();
  const names = [...extra.map((n) => n.toLowerCase()), h, ...(h && !h.includes('.') ? [`${h}.local`] : []), 'localhost', '127.0.0.1', '::1', ...lan];
  return [...new Set(names.filter((n) => n !== ''))];
}
