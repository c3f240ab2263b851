// More listening ports for one node: each connection they accept is handed to the node's own HTTP(S) server.
import { createServer, type Server, type Socket } from 'node:net';

/**
 * Why: Node 20's libuv (1.46) accepts exactly one connection per listening socket each time the event loop polls.
 * A busy node polls every 10-50 ms, so after a failover the 1,000+ sockets of a dead node's rooms waited in the
 * survivor's accept queue for 20-30 s (seen with `ss -lnt` and `strace -e accept4`: hundreds queued, never an
 * EAGAIN) and its health checks waited behind them. With N ports listed as N lines of the node in HAProxy, the
 * rooms spread over the lines and the node accepts N connections per poll. Node 22's `reusePort` would do this on
 * one port; Node 20 has no way to set SO_REUSEPORT.
 */
export async function listenOnExtraPorts(ports: readonly number[], host: string, main: Server): Promise<{ ports: number[]; close(): Promise<void> }> {
  const servers: Server[] = [];
  const sockets = new Set<Socket>();
  try {
    for (const port of ports) {
      const server = createServer((socket) => {
        sockets.add(socket);
        socket.once('close', () => sockets.delete(socket));
        // The main server takes it from here, exactly as if it had accepted it itself.
        main.emit('connection', socket);
      });
      servers.push(server);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen({ port, host }, () => resolve());
      });
    }
  } catch (err) {
    for (const s of servers) s.close();
    throw err;
  }
  return {
    ports: servers.map((s) => (s.address() as { port: number }).port),
    async close() {
      const closed = servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve())));
      for (const socket of sockets) socket.destroy();
      await Promise.all(closed);
    },
  };
}
