// ACCEPT_SOCKETS: several descriptors of the one listening socket take a burst of connections, and all stop with the server.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/create-server';
import type { ConsoleView, TabletView } from '../../shared/session/views';
import { LiveClient, seatToken } from '../support/live-client';
import { StaffClient } from '../support/staff-client';
import { serverConfig, tempDataDir } from '../support/test-server';

let server: RunningServer;
let url: string;

beforeAll(async () => {
  server = await startServer({ ...(await serverConfig(tempDataDir('ct-accept-'))), acceptSockets: 4 });
  url = `http://127.0.0.1:${server.port}`;
});
afterAll(() => server?.close());

function open(port: number): Promise<Socket | undefined> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => resolve(socket));
    socket.once('error', () => resolve(undefined));
  });
}

/** How many of this process's descriptors refer to the socket listening on `port` (Linux /proc). */
function listeningDescriptors(port: number): number {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  // /proc/net/tcp: "sl local_address rem_address st … inode"; st 0A is LISTEN.
  const inodes = readFileSync('/proc/net/tcp', 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter((f) => f[1]?.endsWith(`:${hexPort}`) && f[3] === '0A')
    .map((f) => `socket:[${f[9]}]`);
  let count = 0;
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      if (inodes.includes(readlinkSync(`/proc/self/fd/${fd}`))) count++;
    } catch {
      // Closed while we looked.
    }
  }
  return count;
}

describe('ACCEPT_SOCKETS', () => {
  it('holds that many descriptors of the one listening socket, all on PORT', () => {
    expect(server.acceptSockets).toBe(4);
    expect(listeningDescriptors(server.port)).toBe(4);
  });

  it('a burst that queued while the event loop was busy is taken by every descriptor, not one at a time', async () => {
    const before = server.acceptedByExtraDescriptors().reduce((a, b) => a + b, 0);
    // Connect 60 sockets while this thread (the server's) is blocked: they wait in the kernel's accept queue.
    const burst = Array.from({ length: 60 }, () => open(server.port));
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
    const sockets = (await Promise.all(burst)).filter((s): s is Socket => s !== undefined);
    expect(sockets).toHaveLength(60);
    // Each request is answered, whichever descriptor accepted its connection.
    const answered = await Promise.all(
      sockets.map(
        (s) =>
          new Promise<string>((resolve) => {
            let text = '';
            s.on('data', (c: Buffer) => (text += c.toString()));
            s.once('close', () => resolve(text));
            s.write('GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
          }),
      ),
    );
    expect(answered.every((t) => t.startsWith('HTTP/1.1 200'))).toBe(true);
    const perExtra = server.acceptedByExtraDescriptors();
    const byExtras = perExtra.reduce((a, b) => a + b, 0) - before;
    // The three extra descriptors took a share each; the original took the rest.
    expect(
      perExtra.every((n) => n > 0),
      JSON.stringify(perExtra),
    ).toBe(true);
    expect(byExtras).toBeGreaterThan(15);
    expect(byExtras).toBeLessThan(60);
  });

  it('a tablet and a console meet in one room whichever descriptor took them', async () => {
    const staff = new StaffClient(url);
    await staff.setup(server.setupCode ?? '');
    const { group, children } = await staff.groupWithChildren(
      'Accept',
      [
        ['Mimi', 'cat'],
        ['Bo', 'dog'],
      ],
      true,
    );
    const s = await staff.startSession(group.id);
    const consoleClient = new LiveClient<ConsoleView>(url, { role: 'console', sessionId: s.id }, { cookie: staff.cookie });
    const tablets = children.map(() => new LiveClient<TabletView>(url, { role: 'tablet', code: s.code!, seatToken: seatToken() }));
    try {
      await Promise.all(tablets.map((t) => t.until((v) => v.status === 'choosing')));
      await Promise.all(tablets.map((t, i) => t.send({ type: 'seat.claim', childId: children[i]!.id })));
      await consoleClient.until((v) => v.seats.every((seat) => seat.seated && seat.connected));
    } finally {
      for (const t of tablets) t.close();
      consoleClient.close();
    }
  });

  it('close() stops every descriptor: none of this process listens on the port afterwards', async () => {
    const other = await startServer({ ...(await serverConfig(tempDataDir('ct-accept-close-'))), acceptSockets: 3 });
    expect(listeningDescriptors(other.port)).toBe(3);
    (await open(other.port))?.destroy();
    await other.close();
    // Counted in this process only: whether the port then refuses depends on other test files' servers, one of which
    // may be given the freed port at once (that failed a run once).
    expect(listeningDescriptors(other.port)).toBe(0);
  });
});
