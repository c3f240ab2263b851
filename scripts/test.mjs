// `npm test`: type-check, build the client, run every vitest project, end with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildClientIfStale, top } from './build-client.mjs';

const node = process.execPath;
const results = join(top, 'test-results');
mkdirSync(results, { recursive: true });

console.log('Type-checking (tsc --noEmit)…');
const tsc = spawnSync(node, [join(top, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json'], { cwd: top, stdio: 'inherit' });

buildClientIfStale();

const jsonFile = join(results, 'vitest.json');
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
// The type check counts as one test: a type error fails the build.
if (tsc.status === 0) passed += 1;
else failed += 1;
if (vitest.status !== 0 && failed === 0) failed = 1;

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
