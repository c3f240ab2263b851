// Turns a failed API call or intent into a readable, translated message (server text as the fallback).
import { ApiError } from '../common/api';
import { t } from '../common/i18n';
import { fill } from '../../shared/i18n';
import { isErrorCode } from '../../shared/protocol/errors';
import type { IntentResult } from '../../shared/protocol/messages';

type ConsoleErrorKey = keyof ReturnType<typeof t>['consolePage']['errors'];

function consoleError(code: string): string | undefined {
  const table = t().consolePage.errors;
  return code in table ? table[code as ConsoleErrorKey] : undefined;
}

/** Refused fields in the page's language, from the server's codes (never its English message). */
function fieldsText(err: ApiError): string | undefined {
  const f = t().consolePage.forms;
  const fields = err.detail.fields ?? [];
  if (fields.length === 0) return undefined;
  return fields
    .map((x) => fill(f.codes[x.code] ?? f.codes.invalid, { field: f.fieldNames[x.field] ?? f.fieldNames.body!, max: x.max ?? '', min: x.min ?? '' }))
    .join(' ');
}

export function errorText(err: unknown): string {
  if (err instanceof ApiError) {
    if (isErrorCode(err.code)) return t().common.errors[err.code];
    if (err.code === 'request.invalid') return fieldsText(err) ?? t().consolePage.forms.notAccepted;
    if (err.code === 'child.avatar_taken') return fill(t().consolePage.forms.avatarTaken, { name: err.detail.children?.[0]?.nickname ?? '' });
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
