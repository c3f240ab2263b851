// EXTRA_PORTS: every extra port serves the same node as PORT (pages, API, WebSocket and long-polling), and stops with it.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/create-server';
import type { ConsoleView, TabletView } from '../../shared/session/views';
import { LiveClient, seatToken } from '../support/live-client';
import { StaffClient } from '../support/staff-client';
import { serverConfig, tempDataDir } from '../support/test-server';

let server: RunningServer;
let staff: StaffClient;
const urlOf = (port: number) => `http://127.0.0.1:${port}`;

beforeAll(async () => {
  server = await startServer({ ...(await serverConfig(tempDataDir('ct-extra-ports-'))), extraPorts: [0, 0] });
  staff = new StaffClient(urlOf(server.port));
  await staff.setup(server.setupCode ?? '');
});
afterAll(() => server?.close());

function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(true));
  });
}

describe('EXTRA_PORTS', () => {
  it('listens on each, on ports of its own, and answers what PORT answers', async () => {
    expect(server.extraPorts).toHaveLength(2);
    expect(new Set([server.port, ...server.extraPorts]).size).toBe(3);
    const main = await (await fetch(`${urlOf(server.port)}/healthz`)).json();
    for (const port of server.extraPorts) {
      const res = await fetch(`${urlOf(port)}/healthz`);
      expect(res.status).toBe(200);
      // The same node: the same id and the same rooms.
      expect(await res.json()).toEqual(main);
      // A staff API call with the cookie from PORT: one server, one sign-in.
      expect((await fetch(`${urlOf(port)}/api/groups`, { headers: { cookie: staff.cookie } })).status).toBe(200);
    }
  });

  it('a tablet on one extra port (WebSocket) and one on the other (long-polling) sit in the room a console on PORT runs', async () => {
    const { group, children } = await staff.groupWithChildren(
      'Ports',
      [
        ['Mimi', 'cat'],
        ['Bo', 'dog'],
      ],
      true,
    );
    const s = await staff.startSession(group.id);
    const consoleClient = new LiveClient<ConsoleView>(urlOf(server.port), { role: 'console', sessionId: s.id }, { cookie: staff.cookie });
    const [portA, portB] = server.extraPorts as [number, number];
    const mimi = new LiveClient<TabletView>(urlOf(portA), { role: 'tablet', code: s.code!, seatToken: seatToken() });
    const bo = new LiveClient<TabletView>(urlOf(portB), { role: 'tablet', code: s.code!, seatToken: seatToken() }, { transports: ['polling'] });
    try {
      await mimi.until((v) => v.status === 'choosing');
      await bo.until((v) => v.status === 'choosing');
      await mimi.send({ type: 'seat.claim', childId: children[0]!.id });
      await bo.send({ type: 'seat.claim', childId: children[1]!.id });
      await consoleClient.until((v) => v.seats.every((seat) => seat.seated && seat.connected));
    } finally {
      mimi.close();
      bo.close();
      consoleClient.close();
    }
  });

  it('close() stops the extra ports too', async () => {
    const other = await startServer({ ...(await serverConfig(tempDataDir('ct-extra-ports-close-'))), extraPorts: [0] });
    const [port] = other.extraPorts as [number];
    expect(await refused(port)).toBe(false);
    await other.close();
    expect(await refused(port)).toBe(true);
  });
});
