// `npm run new-activity <id> [--name-en "…" --name-zh "…"]`: writes a minimal working activity ("Feelings Weather" style)
// from scripts/new-activity/templates into its own folders, and adds exactly one line to each registry.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DICTIONARIES } from '../shared/i18n';

const REPO = resolve(import.meta.dirname, '..');
const TEMPLATES = join(import.meta.dirname, 'new-activity', 'templates');

/** Refuses with a clear message and exit code 2, before anything is written. */
function refuse(message: string): never {
  console.error(`new-activity: ${message}`);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'name-en': { type: 'string' }, 'name-zh': { type: 'string' } },
  strict: false,
});
const id = positionals[0] ?? '';
if (positionals.length !== 1 || !id) refuse('usage: npm run new-activity <id> [--name-en "Feelings Weather" --name-zh "心情天气"]');
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)) refuse(`"${id}" is not a kebab-case id (lowercase words joined by "-", e.g. feelings-weather)`);

const words = id.split('-');
const pascal = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
const names = {
  id,
  Camel: pascal,
  camel: pascal[0]!.toLowerCase() + pascal.slice(1),
  CONST: words.join('_').toUpperCase(),
  NAME_EN: typeof values['name-en'] === 'string' ? values['name-en'] : words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' '),
  // The template is a weather check-in: its Chinese name fits it until the activity is renamed.
  NAME_ZH: typeof values['name-zh'] === 'string' ? values['name-zh'] : '心情天气',
};
for (const [flag, name] of [
  ['--name-en', names.NAME_EN],
  ['--name-zh', names.NAME_ZH],
] as const)
  if (!name.trim() || /['\\\n]/.test(name)) refuse(`${flag} must be a non-empty name without quotes, backslashes or line breaks`);

/** Fills a template's placeholders (the longest first: `__CONST___ERRORS` is `__CONST__` + `_ERRORS`). */
const fill = (text: string) =>
  text
    .replaceAll('__CONST__', names.CONST)
    .replaceAll('__NAME_EN__', names.NAME_EN)
    .replaceAll('__NAME_ZH__', names.NAME_ZH)
    .replaceAll('__Camel__', names.Camel)
    .replaceAll('__camel__', names.camel)
    .replaceAll('__ID__', names.id);

/** Every template file, as [template path, target path in the repo]. */
function templates(dir = TEMPLATES): [string, string][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return templates(path);
    return e.name.endsWith('.tpl') ? [[path, fill(relative(TEMPLATES, path).slice(0, -'.tpl'.length))] as [string, string]] : [];
  });
}

/** A registry and the one line it gets, inserted in id order among the lines that match `entry`. */
interface Registry {
  file: string;
  line: string;
  /** Matches an activity's line and captures its id. */
  entry: RegExp;
}

const key = id.includes('-') ? `'${id}'` : id;
const REGISTRIES: Registry[] = [
  { file: 'shared/activities/list.ts', line: `export { ${names.camel} } from './${id}';`, entry: /^export \{ \w+ \} from '\.\/([a-z0-9-]+)';$/ },
  {
    file: 'shared/activities/error-list.ts',
    line: `export { ${names.CONST}_ERRORS } from './${id}/errors';`,
    entry: /^export \{ \w+ \} from '\.\/([a-z0-9-]+)\/errors';$/,
  },
  {
    file: 'client/screen/activities/list.ts',
    line: `export { ${names.camel}ScreenActivity } from './${id}';`,
    entry: /^export \{ \w+ \} from '\.\/([a-z0-9-]+)';$/,
  },
  {
    file: 'client/tablet/activities/index.ts',
    line: `  ${key}: () => import('./${id}').then((m) => m.${names.camel}View),`,
    entry: /^ {2}'?([a-z0-9-]+)'?: \(\) => import\('\.\/[a-z0-9-]+'\)/,
  },
  {
    file: 'client/console/activities/list.ts',
    line: `export { ${names.camel}Console } from './${id}';`,
    entry: /^export \{ \w+ \} from '\.\/([a-z0-9-]+)';$/,
  },
];

/** The registry's text with the line added after the last entry whose id sorts before ours. */
function withLine(r: Registry): string {
  const lines = readFileSync(join(REPO, r.file), 'utf8').split('\n');
  const at = lines.map((l, i) => [r.entry.exec(l)?.[1], i] as const).filter((x): x is [string, number] => x[0] !== undefined);
  if (at.length === 0) refuse(`${r.file} has no activity lines to add to`);
  if (at.some(([other]) => other === id)) refuse(`${r.file} already lists "${id}"`);
  const before = at.filter(([other]) => other < id);
  const index = before.length > 0 ? before.at(-1)![1] + 1 : at[0]![1];
  lines.splice(index, 0, r.line);
  return lines.join('\n');
}

const files = templates().map(([from, to]) => [from, to, join(REPO, to)] as const);
// Refuse before writing anything: an id that is taken, or any file already there.
const taken = files.filter(([, , path]) => existsSync(path)).map(([, to]) => to);
if (existsSync(join(REPO, 'shared/activities', id))) refuse(`an activity "${id}" already exists (shared/activities/${id}/)`);
if (taken.length > 0) refuse(`these files exist already: ${taken.join(', ')}`);
// Its words go into the shared dictionaries under its camel-case name: a section another activity uses would clash.
const en = DICTIONARIES.en as unknown as Record<string, Record<string, unknown>>;
const clash = ['consolePage', 'screenPage', 'tabletPage'].filter((section) => en[section]?.[names.camel] !== undefined);
if (clash.length > 0) refuse(`the words of "${id}" would go under ${clash.map((c) => `${c}.${names.camel}`).join(', ')}, which exist already`);

const registries = REGISTRIES.map((r) => [r, withLine(r)] as const);

for (const [from, , path] of files) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, fill(readFileSync(from, 'utf8')));
}
for (const [r, text] of registries) writeFileSync(join(REPO, r.file), text);

// The templates are formatted for a short id; Biome lays the filled files out for this one (line lengths).
const written = files.map(([, to]) => to).filter((f) => f.endsWith('.ts'));
const biome = spawnSync(process.execPath, [join(REPO, 'node_modules/@biomejs/biome/bin/biome'), 'format', '--write', ...written], {
  cwd: REPO,
  encoding: 'utf8',
});
if (biome.status !== 0) console.error(biome.stdout, biome.stderr);

console.log(`Added "${names.NAME_EN}" (${names.NAME_ZH}) as ${id}:`);
for (const [, to] of files) console.log(`  new  ${to}`);
for (const r of REGISTRIES) console.log(`  +1   ${r.file}`);
console.log('Next: edit its rules in shared/activities/' + id + '/, its pictures in client/common/activities/' + id + '/, then run');
console.log(`  npx tsc --noEmit -p tsconfig.json && npx vitest run --project unit test/unit/${id}.test.ts`);
