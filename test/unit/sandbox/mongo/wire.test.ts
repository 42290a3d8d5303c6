import { BSON, Double, Int32, Long } from 'bson';
import {
  OpCode,
  decodeMessage,
  encodeMsg,
  encodeReply,
  encodeRequest,
  messageLength,
} from '../../../../src/sandbox/mongo/wire';

function opMsg(sections: Buffer[], flags = 0, requestId = 7): Buffer {
  const body = Buffer.concat(sections);
  const h = Buffer.alloc(20);
  h.writeInt32LE(20 + body.length + (flags & 1 ? 4 : 0), 0);
  h.writeInt32LE(requestId, 4);
  h.writeInt32LE(OpCode.MSG, 12);
  h.writeUInt32LE(flags, 16);
  return Buffer.concat([h, body, flags & 1 ? Buffer.alloc(4) : Buffer.alloc(0)]);
}

describe('wire protocol', () => {
  test('OP_MSG keeps the types values were sent with', () => {
    const msg = encodeRequest(42, {
      insert: 'c',
      documents: [{ a: new Double(1), b: new Int32(2), c: Long.fromNumber(3) }],
      $db: 'x',
    });
    expect(messageLength(msg)).toBe(msg.length);
    const req = decodeMessage(msg);
    expect(req.requestId).toBe(42);
    const doc = req.command.documents[0];
    expect([doc.a._bsontype, doc.b._bsontype, doc.c._bsontype]).toEqual(['Double', 'Int32', 'Long']);
  });

  test('document sequences (kind 1) are folded into the command; checksums and moreToCome are read', () => {
    const body = Buffer.concat([Buffer.from([0]), Buffer.from(BSON.serialize({ insert: 'c', $db: 'x' }))]);
    const docs = [BSON.serialize({ i: 1 }), BSON.serialize({ i: 2 })].map((d) => Buffer.from(d));
    const id = Buffer.from('documents\0');
    const size = Buffer.alloc(4);
    size.writeInt32LE(4 + id.length + docs[0].length + docs[1].length);
    const seq = Buffer.concat([Buffer.from([1]), size, id, ...docs]);
    const req = decodeMessage(opMsg([body, seq], 1 | 2));
    expect(req.moreToCome).toBe(true);
    expect(req.command.documents.map((d: any) => d.i.value)).toEqual([1, 2]);
  });

  test('a partial message waits for more bytes; a bad length is an error', () => {
    const msg = encodeRequest(1, { ping: 1 });
    expect(messageLength(msg.subarray(0, 10))).toBe(0);
    const bad = Buffer.from(msg);
    bad.writeInt32LE(3, 0);
    expect(() => messageLength(bad)).toThrow('invalid message length');
  });

  test('OP_QUERY commands (the legacy first isMaster) decode, $query wrapping included', () => {
    const ns = Buffer.from('admin.$cmd\0');
    const q = Buffer.from(BSON.serialize({ $query: { isMaster: 1, helloOk: true } }));
    const h = Buffer.alloc(20);
    h.writeInt32LE(20 + ns.length + 8 + q.length, 0);
    h.writeInt32LE(9, 4);
    h.writeInt32LE(OpCode.QUERY, 12);
    const req = decodeMessage(Buffer.concat([h, ns, Buffer.alloc(8), q]));
    expect(req.namespace).toBe('admin.$cmd');
    expect(Object.keys(req.command)).toEqual(['isMaster', 'helloOk']);
  });

  test('answers: OP_MSG and OP_REPLY carry the reply document and responseTo', () => {
    const msg = encodeMsg(5, { ok: 1 });
    expect([msg.readInt32LE(0), msg.readInt32LE(8), msg.readInt32LE(12)]).toEqual([
      msg.length,
      5,
      OpCode.MSG,
    ]);
    expect(BSON.deserialize(msg.subarray(21))).toEqual({ ok: 1 });
    const reply = encodeReply(6, { ok: 1 });
    expect([reply.readInt32LE(8), reply.readInt32LE(12), reply.readInt32LE(32)]).toEqual([
      6,
      OpCode.REPLY,
      1,
    ]);
    expect(BSON.deserialize(reply.subarray(36))).toEqual({ ok: 1 });
  });
});
