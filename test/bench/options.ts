// Command-line options of the benchmark (`npm run bench -- --rooms 100 --seconds 20 --json`).
export interface BenchOptions {
  rooms: number;
  childrenPerRoom: number;
  /** Measured window, seconds. */
  seconds: number;
  /** Load runs this long before the measured window starts, seconds. */
  warmupSeconds: number;
  /** Intents per second per tablet (wave and reaction alternate). */
  ratePerTablet: number;
  json: boolean;
  baseline: boolean;
  /** Extra node arguments for the Circletime server child only (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"). */
  serverNodeArgs: string[];
  /** How many clients connect at the same time. */
  connectConcurrency: number;
  /** Whole run is aborted (children killed) after this many seconds. */
  hardTimeoutSeconds: number;
  verbose: boolean;
  /** Keep the server's temporary data folder (SQLite log) after the run instead of deleting it. */
  keepData: boolean;
}

const USAGE = `usage: npm run bench -- [--rooms N] [--seconds N] [--warmup N] [--rate N] [--children N]
  [--json] [--no-baseline] [--server-node-args "<args>"] [--concurrency N] [--hard-timeout N] [--verbose] [--keep-data]`;

export function num(name: string, raw: string | undefined, min: number, max: number, usage = USAGE): number {
  const n = Number(raw);
  if (raw === undefined || !Number.isFinite(n) || n < min || n > max) throw new Error(`${name} must be a number from ${min} to ${max}\n${usage}`);
  return n;
}

/** Another entry point's own flags: each handler reads its value with `next()` if it takes one. */
export interface ExtraFlags {
  defaults?: Partial<BenchOptions>;
  flags?: Record<string, (next: () => string | undefined) => void>;
  usage?: string;
}

export function parseOptions(argv: readonly string[], extra: ExtraFlags = {}): BenchOptions {
  const usage = extra.usage ?? USAGE;
  const o: BenchOptions = {
    rooms: 100,
    childrenPerRoom: 10,
    seconds: 20,
    warmupSeconds: 3,
    ratePerTablet: 2,
    json: false,
    baseline: true,
    serverNodeArgs: [],
    connectConcurrency: 50,
    hardTimeoutSeconds: 175,
    verbose: false,
    keepData: false,
    ...extra.defaults,
  };
  const n = (name: string, raw: string | undefined, min: number, max: number) => num(name, raw, min, max, usage);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => argv[++i];
    const own = arg === undefined ? undefined : extra.flags?.[arg];
    if (own) {
      own(next);
      continue;
    }
    switch (arg) {
      case '--rooms':
        o.rooms = Math.floor(n(arg, next(), 1, 2000));
        break;
      case '--children':
        o.childrenPerRoom = Math.floor(n(arg, next(), 1, 12));
        break;
      case '--seconds':
        o.seconds = n(arg, next(), 1, 600);
        break;
      case '--warmup':
        o.warmupSeconds = n(arg, next(), 0, 60);
        break;
      case '--rate':
        o.ratePerTablet = n(arg, next(), 0.1, 10);
        break;
      case '--json':
        o.json = true;
        break;
      case '--no-baseline':
        o.baseline = false;
        break;
      case '--server-node-args':
        o.serverNodeArgs = (next() ?? '').split(/\s+/).filter(Boolean);
        break;
      case '--concurrency':
        o.connectConcurrency = Math.floor(n(arg, next(), 1, 1000));
        break;
      case '--hard-timeout':
        o.hardTimeoutSeconds = n(arg, next(), 10, 3600);
        break;
      case '--verbose':
        o.verbose = true;
        break;
      case '--keep-data':
        o.keepData = true;
        break;
      case '--help':
      case '-h':
        throw new Error(usage);
      default:
        throw new Error(`unknown option ${arg}\n${usage}`);
    }
  }
  return o;
}
