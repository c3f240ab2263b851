// The bench's child processes: spawn node, wait for a line on stdout, stop by PID, and never leave one running.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

const running = new Set<ChildProcess>();
let exitHooked = false;

function killQuietly(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone.
  }
}

// Whatever ends the bench (error, Ctrl+C, hard timeout), its children die with it, each by its own PID.
function hookExit(): void {
  if (exitHooked) return;
  exitHooked = true;
  process.on('exit', () => {
    for (const child of running) killQuietly(child.pid, 'SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => process.exit(130));
}

export interface NodeChild {
  readonly pid: number;
  readonly name: string;
  /** Resolves with the first stdout line matching `re`; rejects if the child exits first or on timeout. */
  waitForLine(re: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
  /** SIGTERM, wait for exit (SIGKILL after `graceMs`); resolves with the exit code. */
  stop(graceMs?: number): Promise<number | null>;
  /** The last few KB of its output, for error messages. */
  tail(): string;
}

export function spawnNode(name: string, args: readonly string[], env: Record<string, string>, cwd: string, echo: boolean): NodeChild {
  hookExit();
  const child = spawn(process.execPath, [...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) throw new Error(`${name}: could not spawn`);
  const pid = child.pid;
  running.add(child);
  let output = '';
  let pending = '';
  const lineWaiters = new Set<(line: string) => void>();
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      exitCode = code;
      running.delete(child);
      resolve(code);
    });
  });
  const keep = (chunk: string) => {
    output = (output + chunk).slice(-8000);
    if (echo) process.stderr.write(chunk.replace(/^(?=.)/gm, `[${name}] `));
  };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    keep(chunk);
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) for (const w of lineWaiters) w(line);
  });
  child.stderr.setEncoding('utf8').on('data', keep);

  return {
    pid,
    name,
    tail: () => output,
    waitForLine(re, timeoutMs) {
      return new Promise((resolve, reject) => {
        const done = (fn: () => void) => {
          clearTimeout(timer);
          lineWaiters.delete(onLine);
          fn();
        };
        const onLine = (line: string) => {
          const m = line.match(re);
          if (m) done(() => resolve(m));
        };
        const timer = setTimeout(() => done(() => reject(new Error(`${name}: no line ${re} within ${timeoutMs} ms\n${output}`))), timeoutMs);
        lineWaiters.add(onLine);
        void exited.then((code) => done(() => reject(new Error(`${name} exited (${code}) before printing ${re}\n${output}`))));
      });
    },
    async stop(graceMs = 10_000) {
      if (exitCode !== undefined) return exitCode;
      killQuietly(pid, 'SIGTERM');
      const timer = setTimeout(() => killQuietly(pid, 'SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** Kills (SIGTERM, then SIGKILL) every child still running; for finally blocks. */
export async function stopAllChildren(): Promise<void> {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const timer = setTimeout(() => killQuietly(child.pid, 'SIGKILL'), 5000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          killQuietly(child.pid, 'SIGTERM');
        }),
    ),
  );
}

/** A TCP port on 127.0.0.1 that is free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}
