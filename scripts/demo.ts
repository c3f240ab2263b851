// `npm run demo`: plays a two-session demo programme (fictional children) on a running server, for the review.
import { fill } from '../shared/i18n';
import { DemoError } from './demo/errors';
import { parseDemoArgs } from './demo/options';
import { playDemo, summaryLines } from './demo/play';
import { DEMO_TEXTS } from './demo/texts';

const parsed = parseDemoArgs(process.argv.slice(2), process.env);

if (parsed.kind === 'help') {
  console.log(DEMO_TEXTS[parsed.lang].usage);
  process.exit(0);
}
if (parsed.kind === 'usage-error') {
  console.error([...parsed.problems, '', DEMO_TEXTS[parsed.lang].usage].join('\n'));
  process.exit(2);
}

const { options } = parsed;
const t = DEMO_TEXTS[options.lang];
try {
  const result = await playDemo({ ...options, log: (line) => console.log(line) });
  console.log(summaryLines(result, options.lang).join('\n'));
  process.exit(0);
} catch (err) {
  const message = err instanceof Error ? err.message : String(err);
  console.error(`\n${fill(t.failed, { message })}`);
  if (err instanceof DemoError && err.exitCode === 2) console.error(`\n${t.usage}`);
  if (!(err instanceof DemoError)) console.error(err);
  process.exit(err instanceof DemoError ? err.exitCode : 1);
}
