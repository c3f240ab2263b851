// The demo's command line and environment: where the server is, who signs in, the group's language.
import { parseArgs } from 'node:util';
import { fill } from '../../shared/i18n';
import type { Language } from '../../shared/session/roster';
import { DEMO_TEXTS } from './texts';

export const DEFAULT_URL = 'http://localhost:3000';

export interface DemoOptions {
  url: string;
  username: string;
  password: string;
  setupCode?: string;
  lang: Language;
}

export type ParsedArgs = { kind: 'run'; options: DemoOptions } | { kind: 'help'; lang: Language } | { kind: 'usage-error'; lang: Language; problems: string[] };

const isLanguage = (s: string): s is Language => s === 'en' || s === 'zh-CN';

/** Flags win over the environment; without a user name and password there is nothing to sign in with. */
export function parseDemoArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): ParsedArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        url: { type: 'string' },
        user: { type: 'string' },
        password: { type: 'string' },
        'setup-code': { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (err) {
    const what = (err as Error).message.match(/'([^']+)'/)?.[1] ?? (err as Error).message;
    return { kind: 'usage-error', lang: 'en', problems: [fill(DEMO_TEXTS.en.unknownOption, { what })] };
  }
  const text = (key: string) => {
    const v = values[key];
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
  };
  const langArg = text('lang') ?? 'en';
  const lang: Language = isLanguage(langArg) ? langArg : 'en';
  const t = DEMO_TEXTS[lang];
  if (values.help) return { kind: 'help', lang };

  const problems: string[] = [];
  if (!isLanguage(langArg)) problems.push(fill(t.badLang, { lang: langArg }));
  // The same PORT the server reads, so `PORT=4000 npm run demo` finds a server started with `PORT=4000 npm start`.
  const port = env.PORT?.trim();
  const fallback = port && /^\d{1,5}$/.test(port) ? `http://localhost:${port}` : DEFAULT_URL;
  const url = (text('url') ?? (env.CIRCLETIME_URL?.trim() || fallback)).replace(/\/+$/, '');
  const username = text('user') ?? env.CIRCLETIME_USER?.trim();
  // A password is taken as typed: spaces may be part of it.
  const password = (typeof values.password === 'string' && values.password !== '' ? values.password : undefined) ?? (env.CIRCLETIME_PASSWORD || undefined);
  const setupCode = text('setup-code') ?? (env.CIRCLETIME_SETUP_CODE?.trim() || undefined);
  const missing = [!username && '--user (CIRCLETIME_USER)', !password && '--password (CIRCLETIME_PASSWORD)'].filter((x): x is string => !!x);
  if (missing.length > 0) problems.push(fill(t.missing, { what: missing.join(', ') }));
  if (!/^https?:\/\/[^\s/]+/.test(url)) problems.push(fill(t.badUrl, { url }));
  if (problems.length > 0 || !username || !password) return { kind: 'usage-error', lang, problems };
  return { kind: 'run', options: { url, username, password, ...(setupCode ? { setupCode } : {}), lang } };
}
