// One port for both: a TLS connection goes to the HTTPS server, a plain-http one to a small server that redirects.
import type { Server as HttpServer } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import { createServer, type Server, type Socket } from 'node:net';

/** A connection that says nothing for this long is not a browser: let it go. */
const FIRST_BYTE_WAIT_MS = 30_000;
/** Every TLS connection opens with a handshake record, content type 22. */
const TLS_HANDSHAKE = 0x16;

/**
 * Why one port: the address a worker typed before (`http://192.168.1.10:3000/j`) keeps working (it is redirected
 * to https on the same port), the CA certificate can be fetched over plain http before a tablet trusts it, and a
 * firewall rule or a printed QR code need only one number. Each connection's first byte tells which it is.
 */
export function oneTlsAndPlainPort(tls: HttpsServer, plain: HttpServer): { server: Server; destroyAll(): void } {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.setTimeout(FIRST_BYTE_WAIT_MS, () => socket.destroy());
    socket.once('data', (chunk: Buffer) => {
      socket.setTimeout(0);
      socket.pause();
      // Give the byte back: the server that takes the connection reads it from the start.
      socket.unshift(chunk);
      (chunk[0] === TLS_HANDSHAKE ? tls : plain).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });
  return {
    server,
    /** When stopping: close every connection (kept-alive ones too), so a reload meets a closed port at once. */
    destroyAll: () => {
      for (const s of sockets) s.destroy();
    },
  };
}
