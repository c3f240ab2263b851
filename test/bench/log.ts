// Progress logging for the bench: always to stderr, so `--json` keeps stdout to the one JSON object.
const started = performance.now();

export function log(message: string): void {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(5)}s] ${message}\n`);
}
