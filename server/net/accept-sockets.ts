// More file descriptors accepting on the node's one listening socket, so a reconnect storm is taken in quickly.
import { fork } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';

const ECHO_CHILD = fileURLToPath(new URL('./handle-echo-child.cjs', import.meta.url));

/**
 * Why: Node 20's libuv (1.46) accepts exactly ONE connection per listening file descriptor each time the event loop
 * polls. A node carrying 100 busy rooms polls some 40 times a second, so after a failover the 1,000+ sockets of the
 * dead node's rooms waited in its accept queue for 10-30 s (seen with `ss -lnt`: 512 of 511 queued, 1,196 with a
 * 4,096 backlog; and with `strace -e accept4`: one accept per poll, never an EAGAIN) while the node itself had time
 * to spare. N descriptors of the same socket accept N per poll. Node 20 has no dup() and no SO_REUSEPORT (Node 22's
 * `reusePort`), but passing a handle to a child process over IPC hands the receiver a new descriptor of the same
 * socket: a throwaway child sends the listening handle straight back, once per extra descriptor, and exits. The raw
 * handle is passed (not the net.Server), so the child never listens or accepts anything itself.
 */
export interface MoreDescriptors {
  /** How many more descriptors accept (0 when none were asked for). */
  count: number;
  /** Connections each extra descriptor has accepted so far (the original's are not counted here). */
  accepted(): number[];
  close(): Promise<void>;
}

export async function acceptOnMoreDescriptors(main: Server, extra: number): Promise<MoreDescriptors> {
  const servers: Server[] = [];
  const accepted: number[] = [];
  // Closing these stops them accepting; the connections they took belong to the main server, which ends them.
  const close = async () => {
    await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  };
  if (extra <= 0) return { count: 0, accepted: () => [], close };
  const handle = (main as unknown as { _handle?: object })._handle;
  if (!handle) throw new Error('acceptOnMoreDescriptors: the server is not listening');
  // No loaders or profilers of ours in the child: it is plain CommonJS and lives for a moment.
  const child = fork(ECHO_CHILD, [], { execArgv: [], env: {}, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  try {
    for (let i = 0; i < extra; i++) {
      const back = new Promise<object>((resolve, reject) => {
        const onMessage = (message: unknown, h: object | undefined) => {
          if (message !== 'circletime:dup' || !h) return;
          child.off('exit', onExit);
          child.off('message', onMessage);
          resolve(h);
        };
        const onExit = (code: number | null) => reject(new Error(`the handle echo child exited (${code}) before answering`));
        child.on('message', onMessage);
        child.once('exit', onExit);
      });
      // keepOpen: this process goes on accepting on the original; only the child's copy is closed after sending.
      child.send('circletime:dup', handle as never, { keepOpen: true });
      const dup = await back;
      const index = accepted.push(0) - 1;
      // The main server takes each connection from here, exactly as if it had accepted it itself.
      const server = createServer((socket) => {
        accepted[index]! += 1;
        main.emit('connection', socket);
      });
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(dup as never, () => resolve());
      });
      servers.push(server);
    }
  } catch (err) {
    await close();
    throw err;
  } finally {
    child.disconnect();
  }
  return { count: servers.length, accepted: () => [...accepted], close };
}
