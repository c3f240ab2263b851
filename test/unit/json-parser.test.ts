// The server's Socket.IO encoder writes exactly what the stock encoder writes, and stock decoders read it back.
import * as stock from 'socket.io-parser';
import { describe, expect, it } from 'vitest';
import { Encoder, PreEncoded } from '../../server/realtime/json-parser';

const { EVENT, ACK, CONNECT, CONNECT_ERROR, DISCONNECT } = stock.PacketType;

const PACKETS: stock.Packet[] = [
  { type: EVENT, nsp: '/', data: ['view', { version: 3, view: { kind: 'lobby', names: ['小明', 'Ana'] }, serverNow: 1_796_000_000_000 }] },
  { type: EVENT, nsp: '/', data: ['notice', { code: 'join.guessing', message: 'a "quoted" line\nand a second' }] },
  { type: EVENT, nsp: '/', data: ['catchup', { events: [], nested: { deep: [1, 2, { x: null }] } }] },
  // undefined inside an object is left out and inside an array becomes null, as JSON.stringify does.
  { type: EVENT, nsp: '/', data: ['metrics', { a: undefined, b: [undefined, 1] }] },
  { type: EVENT, nsp: '/admin', data: ['x', 1, 'two', true] },
  { type: EVENT, nsp: '/', id: 12, data: ['ask'] },
  { type: ACK, nsp: '/', id: 7, data: [{ ok: true, version: 41 }] },
  { type: ACK, nsp: '/', id: 0, data: [{ ok: false, code: 'rate.limited' }] },
  { type: CONNECT, nsp: '/', data: { sid: 'abc' } },
  { type: CONNECT_ERROR, nsp: '/', data: { message: 'join.code-unknown', data: { code: 'join.code-unknown' } } },
  { type: DISCONNECT, nsp: '/' },
];

function decodeAll(encoded: unknown[]): stock.Packet[] {
  const decoder = new stock.Decoder();
  const out: stock.Packet[] = [];
  decoder.on('decoded', (p: stock.Packet) => out.push(p));
  for (const part of encoded) decoder.add(part);
  return out;
}

describe('json-parser Encoder', () => {
  it('writes every packet exactly as socket.io-parser does', () => {
    const ours = new Encoder();
    const theirs = new stock.Encoder();
    for (const packet of PACKETS) expect(ours.encode(packet), JSON.stringify(packet.data)).toEqual(theirs.encode(packet));
  });

  it('writes a PreEncoded argument as the JSON it holds, which decodes to the original value', () => {
    const message = { version: 9, view: { seat: 'child-3', status: 'seated', icons: ['⭐', 'sun'] }, serverNow: 123 };
    const pre = new PreEncoded(JSON.stringify(message));
    const [ours] = new Encoder().encode({ type: EVENT, nsp: '/', data: ['view', pre] });
    const [theirs] = new stock.Encoder().encode({ type: EVENT, nsp: '/', data: ['view', message] });
    expect(ours).toBe(theirs);
    expect(decodeAll([ours])[0]?.data).toEqual(['view', message]);
  });

  it('makes the packet of a shared batch once: every later socket gets the very same string', () => {
    const batch = { fromSeq: 4, toSeq: 6, events: [{ seq: 5, type: 'wave.sent', payload: { childId: 'c1' } }], serverNow: 77 };
    const pre = new PreEncoded(JSON.stringify(batch));
    const encoder = new Encoder();
    const [first] = encoder.encode({ type: EVENT, nsp: '/', data: ['batch', pre] });
    const [second] = encoder.encode({ type: EVENT, nsp: '/', data: ['batch', pre] });
    expect(first).toBe(new stock.Encoder().encode({ type: EVENT, nsp: '/', data: ['batch', batch] })[0]);
    expect(pre.packet).toBe(first);
    expect(second).toBe(first);
    // A packet that carries an ack id is not shared (each socket's id differs).
    const [withId] = encoder.encode({ type: EVENT, nsp: '/', id: 3, data: ['batch', pre] });
    expect(withId).toBe(`23${JSON.stringify(['batch', batch])}`);
  });

  it('a PreEncoded that reaches some other serialiser still gives the value, not the wrapper', () => {
    const pre = new PreEncoded('{"a":[1,2]}');
    expect(JSON.parse(JSON.stringify({ m: pre }))).toEqual({ m: { a: [1, 2] } });
  });
});
