// Entry point of `npm run bench`: Circletime vs a raw Socket.IO relay at the same load, reported as a table or JSON.
import { fileURLToPath } from 'node:url';
import { benchCircletime } from './bench-circletime';
import { benchRelay } from './bench-relay';
import { stopAllChildren } from './child-process';
import { log } from './log';
import { parseOptions } from './options';
import { buildReport, formatTable } from './report';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

async function main(): Promise<number> {
  let opts: ReturnType<typeof parseOptions>;
  try {
    opts = parseOptions(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  const started = performance.now();
  // A last resort so the bench can never hang: the 'exit' hook kills the children by PID.
  const hardStop = setTimeout(() => {
    log(`hard timeout after ${opts.hardTimeoutSeconds} s — aborting`);
    process.exit(3);
  }, opts.hardTimeoutSeconds * 1000);
  hardStop.unref();
  try {
    const ours = await benchCircletime(repoRoot, opts);
    const base = opts.baseline ? await benchRelay(repoRoot, opts) : undefined;
    const report = buildReport(opts, ours, base, (performance.now() - started) / 1000);
    process.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : formatTable(report));
    return 0;
  } catch (err) {
    log(`failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return 1;
  } finally {
    clearTimeout(hardStop);
    await stopAllChildren();
  }
}

// Exit explicitly: any client socket or timer left behind must not keep the bench alive.
main().then(
  (code) => process.exit(code),
  () => process.exit(1),
);
