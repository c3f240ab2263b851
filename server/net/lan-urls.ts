// The addresses on this machine's network interfaces that tablets on the same Wi-Fi can reach.
import { networkInterfaces } from 'node:os';

export function lanAddresses(): string[] {
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) {
      if (a.family === 'IPv4' && !a.internal) out.push(a.address);
    }
  }
  return out;
}

export function baseUrls(port: number, host: string, scheme: 'http' | 'https' = 'http'): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [`${scheme}://${host}:${port}`];
  const lan = lanAddresses().map((ip) => `${scheme}://${ip}:${port}`);
  return lan.length > 0 ? lan : [`${scheme}://localhost:${port}`];
}
