// `npm test`: type-check, build the client, run every vitest project on one store (TEST_STORE), end with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildClientIfStale, top } from './build-client.mjs';

const node = process.execPath;
const results = join(top, 'test-results');
mkdirSync(results, { recursive: true });

// TEST_STORE=postgres runs every test that touches storage on PostgreSQL: the cluster named by TEST_DATABASE_URL,
// or one that test/support/pg-global-setup.ts starts for this run. The label tells two runs' logs apart.
const store = (process.env.TEST_STORE || 'sqlite').trim().toLowerCase();
const where = store === 'sqlite' ? '' : process.env.TEST_DATABASE_URL ? ` (${process.env.TEST_DATABASE_URL})` : ' (a cluster started for this run)';
console.log(`store: ${store}${where}`);

console.log('Type-checking (tsc --noEmit)…');
const tsc = spawnSync(node, [join(top, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json'], { cwd: top, stdio: 'inherit' });

// Lint and format check with Biome (`npm run format` fixes the format): rules and their reasons in biome.jsonc.
console.log('Linting (biome)…');
const lint = spawnSync(node, [join(top, 'node_modules/@biomejs/biome/bin/biome'), 'check', '.'], { cwd: top, stdio: 'inherit' });

buildClientIfStale();

const jsonFile = join(results, `vitest-${store.replace(/[^a-z0-9]/g, '')}.json`);
// A report left by an earlier run must not be counted if this one dies before writing its own.
rmSync(jsonFile, { force: true });
const vitest = spawnSync(
  node,
  [join(top, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile}`, ...process.argv.slice(2)],
  { cwd: top, stdio: 'inherit' },
);

let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(jsonFile, 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests + (report.numTotalTestSuites > 0 && report.success === false && report.numFailedTests === 0 ? 1 : 0);
} catch {
  failed += 1;
}
// The type check and the lint count as one test each: a type error or a lint error fails the build.
for (const check of [tsc, lint]) {
  if (check.status === 0) passed += 1;
  else failed += 1;
}
if (vitest.status !== 0 && failed === 0) failed = 1;

console.log(`store: ${store}; the type check and the lint count as one test each`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
