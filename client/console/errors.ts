// Turns a failed API call or intent into a readable, translated message (server text as the fallback).
import { ApiError } from '../common/api';
import { t } from '../common/i18n';
import { isErrorCode } from '../../shared/protocol/errors';
import type { IntentResult } from '../../shared/protocol/messages';

type ConsoleErrorKey = keyof ReturnType<typeof t>['consolePage']['errors'];

function consoleError(code: string): string | undefined {
  const table = t().consolePage.errors;
  return code in table ? table[code as ConsoleErrorKey] : undefined;
}

export function errorText(err: unknown): string {
  if (err instanceof ApiError) {
    if (isErrorCode(err.code)) return t().common.errors[err.code];
    return consoleError(err.code) ?? err.message;
  }
  // fetch itself failed: the server is down or the laptop left the network.
  if (err instanceof TypeError) return t().consolePage.errors.network;
  return err instanceof Error ? err.message : String(err);
}

export function intentErrorText(r: Extract<IntentResult, { ok: false }>): string {
  return t().common.errors[r.code];
}

export function isAuthRequired(err: unknown): boolean {
  return err instanceof ApiError && (err.status === 401 || err.code === 'auth.required');
}
