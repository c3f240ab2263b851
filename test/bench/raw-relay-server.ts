// Baseline server: a bare Socket.IO relay — a tablet's message goes straight to its room's screen; no rules, no log.
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const port = Number(process.env.PORT ?? 0);
const host = process.env.HOST ?? '127.0.0.1';
const http = createServer();
// Same engine settings as Circletime's server, so only the work per message differs.
const io = new Server(http, { serveClient: false, pingInterval: 5000, pingTimeout: 5000, maxHttpBufferSize: 16 * 1024 });
const seqs = new Map<string, number>();

io.on('connection', (socket) => {
  const auth: { role?: unknown; room?: unknown } = socket.handshake.auth;
  const room = typeof auth.room === 'string' ? auth.room : '';
  if (auth.role === 'screen') void socket.join(`screen:${room}`);
  // Mirrors Circletime's shape: a per-room sequence number, sent to the screen as a batch of that one message and in the ack.
  socket.on('intent', (message: unknown, ack: unknown) => {
    const seq = (seqs.get(room) ?? 0) + 1;
    seqs.set(room, seq);
    io.to(`screen:${room}`).emit('batch', { fromSeq: seq - 1, toSeq: seq, events: [message], serverNow: Date.now() });
    if (typeof ack === 'function') ack({ ok: true, seq });
  });
});

http.listen(port, host, () => {
  const addr = http.address();
  console.log(`relay listening on ${typeof addr === 'object' && addr ? addr.port : port}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void io.close(() => process.exit(0));
  });
}
