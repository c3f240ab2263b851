// Starts the real Circletime server as a child process on a free port with a fresh data folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, spawnNode, type NodeChild } from './child-process';

export interface StartedServer {
  child: NodeChild;
  baseUrl: string;
  dataDir: string;
  dbFile: string;
  setupCode: string;
}

/** `clientDir`: the built pages to serve (the first-load bench); by default none. */
export async function startCircletime(
  repoRoot: string,
  nodeArgs: readonly string[],
  echo: boolean,
  keepData: boolean,
  clientDir?: string,
): Promise<StartedServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'circletime-bench-'));
  const port = await freePort();
  const child = spawnNode(
    'server',
    [...nodeArgs, 'scripts/start-server-only.mjs'],
    // CLIENT_DIR points at an empty place unless asked: the load benches need no pages, and must not touch dist/client.
    { PORT: String(port), DATA_DIR: dataDir, HOST: '127.0.0.1', CLIENT_DIR: clientDir ?? join(dataDir, 'no-client') },
    repoRoot,
    echo,
  );
  // On every way out (also a failed start or the hard timeout); registered after spawnNode's kill hook, so it runs after it.
  if (!keepData) process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  const m = await child.waitForLine(/Setup code 设置码:\s+(\d{8})/, 60_000);
  return { child, baseUrl: `http://127.0.0.1:${port}`, dataDir, dbFile: join(dataDir, 'circletime.sqlite'), setupCode: m[1] ?? '' };
}

/** The baseline: a bare Socket.IO relay in its own process. */
export async function startRelay(repoRoot: string, echo: boolean): Promise<{ child: NodeChild; baseUrl: string }> {
  const port = await freePort();
  const child = spawnNode('relay', ['--import', 'tsx', 'test/bench/raw-relay-server.ts'], { PORT: String(port), HOST: '127.0.0.1' }, repoRoot, echo);
  await child.waitForLine(/^relay listening on \d+/, 60_000);
  return { child, baseUrl: `http://127.0.0.1:${port}` };
}
