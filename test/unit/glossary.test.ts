// One word per idea: the glossary's replaced words never appear in Chinese text children or staff read, and counts take the right plural.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_TEXTS } from '../../scripts/demo/texts';
import { fill } from '../../shared/i18n';
import { en } from '../../shared/i18n/en';
import { GLOSSARY } from '../../shared/i18n/glossary';
import { zhCN } from '../../shared/i18n/zh-CN';
import { PROGRAMME_TEMPLATES } from '../../shared/programmes/templates';
import { REPO } from '../support/test-server';

/** Every string inside a value, with the path that leads to it. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

const builtin = join(REPO, 'shared/instruments/builtin');
const chineseTexts: [string, string][] = [
  ...strings(zhCN, 'dict'),
  ...strings(DEMO_TEXTS['zh-CN'], 'demo'),
  ...strings(PROGRAMME_TEMPLATES, 'templates').filter(([p]) => !p.endsWith('.en')),
  ...readdirSync(builtin).flatMap((f) => strings(JSON.parse(readFileSync(join(builtin, f), 'utf8')), f).filter(([p]) => !p.endsWith('.en'))),
];

describe('glossary', () => {
  it('no Chinese text uses a word the glossary replaced', () => {
    const banned = Object.values(GLOSSARY).flatMap((term) => term.notZh as readonly string[]);
    const hits = chineseTexts.filter(([, s]) => banned.some((w) => s.includes(w))).map(([p, s]) => `${p}: ${s}`);
    expect(hits).toEqual([]);
  });

  it('uses the glossary word for check-in, programme, facilitator and join code', () => {
    const all = chineseTexts.map(([, s]) => s).join('\n');
    for (const term of [GLOSSARY.checkIn, GLOSSARY.programme, GLOSSARY.facilitator, GLOSSARY.joinCode]) expect(all).toContain(term['zh-CN']);
  });

  it('words counts in the singular for one and the plural otherwise, in English only', () => {
    expect(fill(en.reviewPage.groups.sessions, { n: 1 })).toBe('1 session');
    expect(fill(en.reviewPage.groups.sessions, { n: 2 })).toBe('2 sessions');
    expect(fill(zhCN.reviewPage.groups.sessions, { n: 1 })).not.toMatch(/[A-Za-z|{]/);
    const left = strings(en)
      .filter(([, s]) => /\{\w+\|/.test(s))
      .filter(([, s]) => /[{}|]/.test(fill(s, { n: 1, given: 1, turns: 1, title: 'T', p: 0, received: 0, g: 0, reading: 'r', name: 'Mimi' })));
    expect(left).toEqual([]);
  });
});
