/**
 * Decoder for Kubernetes protobuf request bodies (`application/vnd.kubernetes.protobuf`). kubectl
 * sends them for `create ns|secret|configmap`, helm 3 and 4 for every release-record Secret and the
 * release DELETE's DeleteOptions. Only decoding: the sandbox always answers JSON, which the clients
 * accept. Layout: magic `k8s\0`, then runtime.Unknown {1: TypeMeta {1 apiVersion, 2 kind},
 * 2: raw object bytes}; each kind below is a schema over the standard wire format.
 */
import { badRequest, ApiError } from './status';
import type { Obj } from './json';

type Field = { wire: number; value: bigint | Buffer };
type Message = Map<number, Field[]>;

/** Parses one message into its fields (repeated fields keep their order). */
export function parseMessage(buf: Buffer): Message {
  const out: Message = new Map();
  let pos = 0;
  const varint = (): bigint => {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      if (pos >= buf.length) throw badRequest('protobuf: truncated varint');
      const b = buf[pos++];
      result |= BigInt(b & 0x7f) << shift;
      if ((b & 0x80) === 0) return result;
      shift += 7n;
    }
  };
  while (pos < buf.length) {
    const tag = Number(varint());
    const field = tag >>> 3;
    const wire = tag & 7;
    let value: bigint | Buffer;
    if (wire === 0) value = varint();
    else if (wire === 2) {
      const len = Number(varint());
      if (pos + len > buf.length) throw badRequest('protobuf: truncated field');
      value = buf.subarray(pos, pos + len);
      pos += len;
    } else if (wire === 1) {
      value = buf.readBigUInt64LE(pos);
      pos += 8;
    } else if (wire === 5) {
      value = BigInt(buf.readUInt32LE(pos));
      pos += 4;
    } else throw badRequest(`protobuf: unsupported wire type ${wire}`);
    const list = out.get(field) ?? [];
    list.push({ wire, value });
    out.set(field, list);
  }
  return out;
}

/** How one field of a message decodes. */
type Kind =
  | 'string'
  | 'bytes'
  | 'int'
  | 'bool'
  | 'strings'
  | 'stringMap'
  | 'bytesMap'
  | 'time'
  | Schema
  | { repeated: Schema };
/** field number → [json name, kind]. */
type Schema = Record<number, [string, Kind]>;

const TIME: Schema = { 1: ['seconds', 'int'], 2: ['nanos', 'int'] };
const OWNER_REF: Schema = {
  1: ['kind', 'string'],
  3: ['name', 'string'],
  4: ['uid', 'string'],
  5: ['apiVersion', 'string'],
  6: ['controller', 'bool'],
  7: ['blockOwnerDeletion', 'bool'],
};
const OBJECT_META: Schema = {
  1: ['name', 'string'],
  2: ['generateName', 'string'],
  3: ['namespace', 'string'],
  5: ['uid', 'string'],
  6: ['resourceVersion', 'string'],
  7: ['generation', 'int'],
  8: ['creationTimestamp', 'time'],
  11: ['labels', 'stringMap'],
  12: ['annotations', 'stringMap'],
  13: ['ownerReferences', { repeated: OWNER_REF }],
  14: ['finalizers', 'strings'],
};
const OBJECT_REF: Schema = {
  1: ['kind', 'string'],
  2: ['namespace', 'string'],
  3: ['name', 'string'],
  4: ['uid', 'string'],
  5: ['apiVersion', 'string'],
};

/** Per-kind body schemas (field 1 is always ObjectMeta). */
const KINDS: Record<string, Schema> = {
  Secret: {
    1: ['metadata', OBJECT_META],
    2: ['data', 'bytesMap'],
    3: ['type', 'string'],
    4: ['stringData', 'stringMap'],
    5: ['immutable', 'bool'],
  },
  ConfigMap: {
    1: ['metadata', OBJECT_META],
    2: ['data', 'stringMap'],
    3: ['binaryData', 'bytesMap'],
    4: ['immutable', 'bool'],
  },
  Namespace: {
    1: ['metadata', OBJECT_META],
    2: ['spec', { 1: ['finalizers', 'strings'] }],
    3: ['status', { 1: ['phase', 'string'] }],
  },
  ServiceAccount: {
    1: ['metadata', OBJECT_META],
    2: ['secrets', { repeated: OBJECT_REF }],
    3: ['imagePullSecrets', { repeated: { 1: ['name', 'string'] } }],
    4: ['automountServiceAccountToken', 'bool'],
  },
  SelfSubjectAccessReview: {
    1: ['metadata', OBJECT_META],
    2: [
      'spec',
      {
        1: [
          'resourceAttributes',
          {
            1: ['namespace', 'string'],
            2: ['verb', 'string'],
            3: ['group', 'string'],
            4: ['version', 'string'],
            5: ['resource', 'string'],
            6: ['subresource', 'string'],
            7: ['name', 'string'],
          },
        ],
        2: ['nonResourceAttributes', { 1: ['path', 'string'], 2: ['verb', 'string'] }],
      },
    ],
  },
  SelfSubjectReview: { 1: ['metadata', OBJECT_META] },
  DeleteOptions: {
    1: ['gracePeriodSeconds', 'int'],
    2: ['preconditions', { 1: ['uid', 'string'], 2: ['resourceVersion', 'string'] }],
    3: ['orphanDependents', 'bool'],
    4: ['propagationPolicy', 'string'],
    5: ['dryRun', 'strings'],
  },
};

function mapEntries(fields: Field[] | undefined, asBytes: boolean): Obj {
  const out: Obj = {};
  for (const f of fields ?? []) {
    const entry = parseMessage(f.value as Buffer);
    const k = (entry.get(1)?.[0]?.value as Buffer | undefined)?.toString('utf8') ?? '';
    const v = (entry.get(2)?.[0]?.value as Buffer | undefined) ?? Buffer.alloc(0);
    out[k] = asBytes ? v.toString('base64') : v.toString('utf8');
  }
  return out;
}

function decode(msg: Message, schema: Schema): Obj {
  const out: Obj = {};
  for (const [num, [name, kind]] of Object.entries(schema)) {
    const fields = msg.get(Number(num));
    if (!fields?.length) continue;
    const last = fields[fields.length - 1].value;
    // Go omits zero values in JSON (omitempty); empty proto fields mean "not set".
    if (kind === 'string') {
      const text = (last as Buffer).toString('utf8');
      if (text !== '') out[name] = text;
    } else if (kind === 'bytes') out[name] = (last as Buffer).toString('base64');
    else if (kind === 'int') {
      const n = Number(BigInt.asIntN(64, last as bigint));
      if (n !== 0 || name === 'gracePeriodSeconds') out[name] = n;
    } else if (kind === 'bool') out[name] = (last as bigint) !== 0n;
    else if (kind === 'strings') out[name] = fields.map((f) => (f.value as Buffer).toString('utf8'));
    else if (kind === 'stringMap') out[name] = mapEntries(fields, false);
    else if (kind === 'bytesMap') out[name] = mapEntries(fields, true);
    else if (kind === 'time') {
      const t = decode(parseMessage(last as Buffer), TIME);
      if (t.seconds) out[name] = new Date(t.seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    } else if ('repeated' in kind)
      out[name] = fields.map((f) => decode(parseMessage(f.value as Buffer), kind.repeated as Schema));
    else out[name] = decode(parseMessage(last as Buffer), kind as Schema);
  }
  return out;
}

/** Decodes a `k8s\0`-framed protobuf body into the JSON object it stands for. */
export function decodeProtobuf(body: Buffer): Obj {
  if (body.length < 4 || body.subarray(0, 4).toString('latin1') !== 'k8s\0') {
    throw badRequest('protobuf: missing k8s magic prefix');
  }
  const unknown = parseMessage(body.subarray(4));
  const typeMeta = decode(parseMessage((unknown.get(1)?.[0]?.value as Buffer) ?? Buffer.alloc(0)), {
    1: ['apiVersion', 'string'],
    2: ['kind', 'string'],
  });
  const raw = (unknown.get(2)?.[0]?.value as Buffer) ?? Buffer.alloc(0);
  const schema = KINDS[typeMeta.kind];
  if (!schema) {
    throw new ApiError(
      415,
      'UnsupportedMediaType',
      `the sandbox cannot decode protobuf ${typeMeta.kind || 'bodies of this kind'}; send JSON`,
    );
  }
  return { apiVersion: typeMeta.apiVersion, kind: typeMeta.kind, ...decode(parseMessage(raw), schema) };
}
