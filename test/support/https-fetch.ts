// fetch() for tests against the laptop's HTTPS mode: trusts the given CA (Node's own fetch cannot be given one).
import { request } from 'node:https';

/** Enough of fetch for the test clients: method, headers, a string body; answers a real Response. */
export function fetchTrusting(ca: string, servername?: string): typeof fetch {
  return ((input: string | URL, init: RequestInit = {}) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(String(input));
      const req = request(
        url,
        { method: init.method ?? 'GET', headers: init.headers as Record<string, string>, ca, ...(servername ? { servername } : {}) },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const headers = new Headers();
            for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) for (const one of Array.isArray(v) ? v : [v]) headers.append(k, one);
            resolve(new Response(res.statusCode === 204 || res.statusCode === 304 ? null : Buffer.concat(chunks), { status: res.statusCode ?? 0, headers }));
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      if (typeof init.body === 'string') req.write(init.body);
      req.end();
    })) as typeof fetch;
}
