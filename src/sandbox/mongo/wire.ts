/**
 * The MongoDB wire protocol: message framing, OP_MSG (every command since 3.6) and the legacy
 * OP_QUERY / OP_REPLY pair the drivers still use for the first `isMaster` of a connection.
 * OP_COMPRESSED is never sent because the server advertises no compressors.
 */
import { BSON, type Document } from 'bson';

/** Opcodes the server reads and writes. */
export const OpCode = { REPLY: 1, QUERY: 2004, COMPRESSED: 2012, MSG: 2013 } as const;

const CHECKSUM_PRESENT = 1;
const MORE_TO_COME = 2;
const HEADER = 16;

/** A decoded client message. */
export interface WireRequest {
  requestId: number;
  opCode: number;
  /** The command document, with OP_MSG document sequences folded in as arrays. */
  command: Document;
  /** OP_MSG moreToCome: the client wants no answer (unacknowledged writes). */
  moreToCome: boolean;
  /** OP_QUERY only: `db.$cmd`. */
  namespace?: string;
}

/**
 * Values stay as the client typed them (Int32, Double, Long wrappers): a stored document must
 * serialise back to the bytes it came in as, or dbHash and copies would change types.
 */
const TYPED = { promoteValues: false, promoteBuffers: false, bsonRegExp: false } as const;

function readCString(buf: Buffer, at: number): [string, number] {
  const end = buf.indexOf(0, at);
  if (end < 0) throw new Error('unterminated cstring');
  return [buf.toString('utf8', at, end), end + 1];
}

/** Length of the first complete message in `buf`, or 0 while more bytes are needed. */
export function messageLength(buf: Buffer): number {
  if (buf.length < 4) return 0;
  const len = buf.readInt32LE(0);
  if (len < HEADER || len > 48_000_000) throw new Error(`invalid message length ${len}`);
  return buf.length >= len ? len : 0;
}

/** Decodes one complete message (as delimited by `messageLength`). */
export function decodeMessage(msg: Buffer): WireRequest {
  const requestId = msg.readInt32LE(4);
  const opCode = msg.readInt32LE(12);
  if (opCode === OpCode.MSG) {
    const flags = msg.readUInt32LE(HEADER);
    const end = flags & CHECKSUM_PRESENT ? msg.length - 4 : msg.length;
    let at = HEADER + 4;
    let command: Document | undefined;
    const sequences: [string, Document[]][] = [];
    while (at < end) {
      const kind = msg[at++];
      if (kind === 0) {
        const size = msg.readInt32LE(at);
        command = BSON.deserialize(msg.subarray(at, at + size), TYPED);
        at += size;
      } else if (kind === 1) {
        const size = msg.readInt32LE(at);
        const stop = at + size;
        const [id, first] = readCString(msg, at + 4);
        let p = first;
        const docs: Document[] = [];
        while (p < stop) {
          const dsize = msg.readInt32LE(p);
          docs.push(BSON.deserialize(msg.subarray(p, p + dsize), TYPED));
          p += dsize;
        }
        sequences.push([id, docs]);
        at = stop;
      } else throw new Error(`unknown OP_MSG section kind ${kind}`);
    }
    if (!command) throw new Error('OP_MSG without a body section');
    for (const [id, docs] of sequences) command[id] = docs;
    return { requestId, opCode, command, moreToCome: (flags & MORE_TO_COME) !== 0 };
  }
  if (opCode === OpCode.QUERY) {
    const [namespace, at] = readCString(msg, HEADER + 4);
    const q = at + 8; // numberToSkip, numberToReturn
    const size = msg.readInt32LE(q);
    let command = BSON.deserialize(msg.subarray(q, q + size), TYPED);
    // Legacy wrapping: { $query: {...}, $readPreference: ... }
    if (command.$query && typeof command.$query === 'object') command = command.$query;
    return { requestId, opCode, command, moreToCome: false, namespace };
  }
  throw new Error(`unsupported opcode ${opCode}`);
}

let nextId = 1;

function header(length: number, responseTo: number, opCode: number): Buffer {
  const h = Buffer.alloc(HEADER);
  h.writeInt32LE(length, 0);
  h.writeInt32LE(nextId++ & 0x7fffffff, 4);
  h.writeInt32LE(responseTo, 8);
  h.writeInt32LE(opCode, 12);
  return h;
}

function serialize(doc: Document): Buffer {
  return Buffer.from(BSON.serialize(doc, { ignoreUndefined: true, checkKeys: false }));
}

/** An OP_MSG answer with one body section. */
export function encodeMsg(responseTo: number, doc: Document): Buffer {
  const body = serialize(doc);
  const flags = Buffer.alloc(5); // flagBits 0, section kind 0
  return Buffer.concat([header(HEADER + 5 + body.length, responseTo, OpCode.MSG), flags, body]);
}

/** An OP_REPLY answer (to an OP_QUERY command) carrying one document. */
export function encodeReply(responseTo: number, doc: Document): Buffer {
  const body = serialize(doc);
  const fixed = Buffer.alloc(20); // responseFlags, cursorID (8), startingFrom, numberReturned
  fixed.writeInt32LE(1, 16);
  return Buffer.concat([header(HEADER + 20 + body.length, responseTo, OpCode.REPLY), fixed, body]);
}

/** A client message, for tests: OP_MSG carrying `doc`. */
export function encodeRequest(requestId: number, doc: Document): Buffer {
  const body = serialize(doc);
  const flags = Buffer.alloc(5);
  const h = header(HEADER + 5 + body.length, 0, OpCode.MSG);
  h.writeInt32LE(requestId, 4);
  return Buffer.concat([h, flags, body]);
}
