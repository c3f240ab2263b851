// JSON calls to the server's HTTP API with the staff cookie; errors carry the server's code and message.
import type { ApiError as ApiErrorBody } from '../../shared/api/schemas';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** What the server named with the code: refused fields, the children concerned. */
    readonly detail: Pick<ApiErrorBody, 'fields' | 'children'> = {},
  ) {
    super(message);
  }
}

export async function api<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  // Every non-GET call is JSON (the server refuses others), even with an empty body.
  const payload = method === 'GET' ? undefined : JSON.stringify(body ?? {});
  const res = await fetch(`/api${path}`, {
    method,
    credentials: 'same-origin',
    headers: payload === undefined ? {} : { 'Content-Type': 'application/json' },
    ...(payload === undefined ? {} : { body: payload }),
  });
  const data: unknown = await res.json().catch(() => ({}));
  if (!res.ok) {
    const e = data as Partial<ApiErrorBody>;
    throw new ApiError(res.status, e.error ?? 'server.error', e.message ?? res.statusText, { fields: e.fields, children: e.children });
  }
  return data as T;
}
