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

/**
 * How one field decodes. Go's generated code writes every non-pointer field, empty or not, and
 * pointer fields only when set: `int`/`bool` drop zero values (JSON omitempty), `int?`/`bool?`
 * (pointers: replicas, immutable, ...) keep them. `ignore` skips a field (status on create).
 */
type Kind =
  | 'string'
  | 'int'
  | 'int?'
  | 'bool'
  | 'bool?'
  | 'strings'
  | 'stringMap'
  | 'bytesMap'
  | 'time'
  | 'intOrString'
  | 'ignore'
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
  6: ['controller', 'bool?'],
  7: ['blockOwnerDeletion', 'bool?'],
};
const OBJECT_META: Schema = {
  1: ['name', 'string'],
  2: ['generateName', 'string'],
  3: ['namespace', 'string'],
  4: ['selfLink', 'string'],
  5: ['uid', 'string'],
  6: ['resourceVersion', 'string'],
  7: ['generation', 'int'],
  8: ['creationTimestamp', 'time'],
  9: ['deletionTimestamp', 'time'],
  10: ['deletionGracePeriodSeconds', 'int?'],
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
const LABEL_SELECTOR: Schema = {
  1: ['matchLabels', 'stringMap'],
  2: [
    'matchExpressions',
    { repeated: { 1: ['key', 'string'], 2: ['operator', 'string'], 3: ['values', 'strings'] } },
  ],
};
const POLICY_RULE: Schema = {
  1: ['verbs', 'strings'],
  2: ['apiGroups', 'strings'],
  3: ['resources', 'strings'],
  4: ['resourceNames', 'strings'],
  5: ['nonResourceURLs', 'strings'],
};
const BINDING: Schema = {
  1: ['metadata', OBJECT_META],
  2: [
    'subjects',
    {
      repeated: {
        1: ['kind', 'string'],
        2: ['apiGroup', 'string'],
        3: ['name', 'string'],
        4: ['namespace', 'string'],
      },
    },
  ],
  3: ['roleRef', { 1: ['apiGroup', 'string'], 2: ['kind', 'string'], 3: ['name', 'string'] }],
};
/** The container fields `kubectl create deployment|job` sends; anything else is refused. */
const CONTAINER: Schema = {
  1: ['name', 'string'],
  2: ['image', 'string'],
  3: ['command', 'strings'],
  4: ['args', 'strings'],
  5: ['workingDir', 'string'],
  6: [
    'ports',
    {
      repeated: {
        1: ['name', 'string'],
        2: ['hostPort', 'int'],
        3: ['containerPort', 'int'],
        4: ['protocol', 'string'],
        5: ['hostIP', 'string'],
      },
    },
  ],
  7: ['env', { repeated: { 1: ['name', 'string'], 2: ['value', 'string'] } }],
  8: ['resources', { 1: ['limits', 'ignore'], 2: ['requests', 'ignore'] }],
  13: ['terminationMessagePath', 'string'],
  14: ['imagePullPolicy', 'string'],
  16: ['stdin', 'bool'],
  17: ['stdinOnce', 'bool'],
  18: ['tty', 'bool'],
  20: ['terminationMessagePolicy', 'string'],
};
const POD_TEMPLATE: Schema = {
  1: ['metadata', OBJECT_META],
  2: [
    'spec',
    {
      2: ['containers', { repeated: CONTAINER }],
      3: ['restartPolicy', 'string'],
      4: ['terminationGracePeriodSeconds', 'int?'],
      6: ['dnsPolicy', 'string'],
      8: ['serviceAccountName', 'string'],
      9: ['serviceAccount', 'string'],
      10: ['nodeName', 'string'],
      11: ['hostNetwork', 'bool'],
      12: ['hostPID', 'bool'],
      13: ['hostIPC', 'bool'],
      14: ['securityContext', 'ignore'],
      16: ['hostname', 'string'],
      17: ['subdomain', 'string'],
      19: ['schedulerName', 'string'],
      24: ['priorityClassName', 'string'],
    },
  ],
};

/** Per-kind body schemas (field 1 is always ObjectMeta). */
const KINDS: Record<string, Schema> = {
  Secret: {
    1: ['metadata', OBJECT_META],
    2: ['data', 'bytesMap'],
    3: ['type', 'string'],
    4: ['stringData', 'stringMap'],
    5: ['immutable', 'bool?'],
  },
  ConfigMap: {
    1: ['metadata', OBJECT_META],
    2: ['data', 'stringMap'],
    3: ['binaryData', 'bytesMap'],
    4: ['immutable', 'bool?'],
  },
  Namespace: {
    1: ['metadata', OBJECT_META],
    2: ['spec', { 1: ['finalizers', 'strings'] }],
    3: ['status', 'ignore'],
  },
  ServiceAccount: {
    1: ['metadata', OBJECT_META],
    2: ['secrets', { repeated: OBJECT_REF }],
    3: ['imagePullSecrets', { repeated: { 1: ['name', 'string'] } }],
    4: ['automountServiceAccountToken', 'bool?'],
  },
  Service: {
    1: ['metadata', OBJECT_META],
    2: [
      'spec',
      {
        1: [
          'ports',
          {
            repeated: {
              1: ['name', 'string'],
              2: ['protocol', 'string'],
              3: ['port', 'int'],
              4: ['targetPort', 'intOrString'],
              5: ['nodePort', 'int'],
              6: ['appProtocol', 'string'],
            },
          },
        ],
        2: ['selector', 'stringMap'],
        3: ['clusterIP', 'string'],
        4: ['type', 'string'],
        5: ['externalIPs', 'strings'],
        7: ['sessionAffinity', 'string'],
        8: ['loadBalancerIP', 'string'],
        9: ['loadBalancerSourceRanges', 'strings'],
        10: ['externalName', 'string'],
        11: ['externalTrafficPolicy', 'string'],
        12: ['healthCheckNodePort', 'int'],
        13: ['publishNotReadyAddresses', 'bool'],
      },
    ],
    3: ['status', 'ignore'],
  },
  Role: { 1: ['metadata', OBJECT_META], 2: ['rules', { repeated: POLICY_RULE }] },
  ClusterRole: {
    1: ['metadata', OBJECT_META],
    2: ['rules', { repeated: POLICY_RULE }],
    3: ['aggregationRule', { 1: ['clusterRoleSelectors', { repeated: LABEL_SELECTOR }] }],
  },
  RoleBinding: BINDING,
  ClusterRoleBinding: BINDING,
  Deployment: {
    1: ['metadata', OBJECT_META],
    2: [
      'spec',
      {
        1: ['replicas', 'int?'],
        2: ['selector', LABEL_SELECTOR],
        3: ['template', POD_TEMPLATE],
        4: [
          'strategy',
          {
            1: ['type', 'string'],
            2: ['rollingUpdate', { 1: ['maxUnavailable', 'intOrString'], 2: ['maxSurge', 'intOrString'] }],
          },
        ],
        5: ['minReadySeconds', 'int'],
        6: ['revisionHistoryLimit', 'int?'],
        7: ['paused', 'bool'],
        9: ['progressDeadlineSeconds', 'int?'],
      },
    ],
    3: ['status', 'ignore'],
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
    3: ['status', 'ignore'],
  },
  SelfSubjectRulesReview: {
    1: ['metadata', OBJECT_META],
    2: ['spec', { 1: ['namespace', 'string'] }],
    3: ['status', 'ignore'],
  },
  SelfSubjectReview: { 1: ['metadata', OBJECT_META], 2: ['status', 'ignore'] },
  DeleteOptions: {
    1: ['gracePeriodSeconds', 'int?'],
    2: ['preconditions', { 1: ['uid', 'string'], 2: ['resourceVersion', 'string'] }],
    3: ['orphanDependents', 'bool?'],
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

/** True when a field carries something (Go writes empty non-pointer fields too). */
function nonEmpty(f: Field): boolean {
  return f.wire === 2 ? (f.value as Buffer).length > 0 : (f.value as bigint) !== 0n;
}

function decode(msg: Message, schema: Schema, where: string): Obj {
  const out: Obj = {};
  for (const [num, fields] of msg) {
    // Refuse what the schema does not know rather than drop it silently.
    if (!schema[num] && fields.some(nonEmpty)) {
      throw new ApiError(
        415,
        'UnsupportedMediaType',
        `the sandbox cannot decode protobuf field ${num} of ${where}; send JSON`,
      );
    }
  }
  for (const [num, [name, kind]] of Object.entries(schema)) {
    const fields = msg.get(Number(num));
    if (!fields?.length || kind === 'ignore') continue;
    const last = fields[fields.length - 1].value;
    // Go omits zero values in JSON (omitempty); empty proto fields mean "not set".
    if (kind === 'string') {
      const text = (last as Buffer).toString('utf8');
      if (text !== '') out[name] = text;
    } else if (kind === 'int' || kind === 'int?') {
      const n = Number(BigInt.asIntN(64, last as bigint));
      if (n !== 0 || kind === 'int?') out[name] = n;
    } else if (kind === 'bool' || kind === 'bool?') {
      const b = (last as bigint) !== 0n;
      if (b || kind === 'bool?') out[name] = b;
    } else if (kind === 'strings') out[name] = fields.map((f) => (f.value as Buffer).toString('utf8'));
    else if (kind === 'stringMap') out[name] = mapEntries(fields, false);
    else if (kind === 'bytesMap') out[name] = mapEntries(fields, true);
    else if (kind === 'time') {
      const t = decode(parseMessage(last as Buffer), TIME, `${where}.${name}`);
      if (t.seconds) out[name] = new Date(t.seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    } else if (kind === 'intOrString') {
      const v = decode(
        parseMessage(last as Buffer),
        { 1: ['type', 'int'], 2: ['intVal', 'int'], 3: ['strVal', 'string'] },
        name,
      );
      out[name] = v.type === 1 ? (v.strVal ?? '') : (v.intVal ?? 0);
    } else if ('repeated' in kind) {
      out[name] = fields.map((f, i) =>
        decode(parseMessage(f.value as Buffer), kind.repeated as Schema, `${where}.${name}[${i}]`),
      );
    } else out[name] = decode(parseMessage(last as Buffer), kind as Schema, `${where}.${name}`);
  }
  return out;
}

/** Decodes a `k8s\0`-framed protobuf body into the JSON object it stands for. */
export function decodeProtobuf(body: Buffer): Obj {
  if (body.length < 4 || body.subarray(0, 4).toString('latin1') !== 'k8s\0') {
    throw badRequest('protobuf: missing k8s magic prefix');
  }
  const unknown = parseMessage(body.subarray(4));
  const typeMeta = decode(
    parseMessage((unknown.get(1)?.[0]?.value as Buffer) ?? Buffer.alloc(0)),
    { 1: ['apiVersion', 'string'], 2: ['kind', 'string'] },
    'TypeMeta',
  );
  const raw = (unknown.get(2)?.[0]?.value as Buffer) ?? Buffer.alloc(0);
  const schema = KINDS[typeMeta.kind];
  if (!schema) {
    throw new ApiError(
      415,
      'UnsupportedMediaType',
      `the sandbox cannot decode protobuf ${typeMeta.kind || 'bodies of this kind'}; send JSON`,
    );
  }
  return {
    apiVersion: typeMeta.apiVersion,
    kind: typeMeta.kind,
    ...decode(parseMessage(raw), schema, typeMeta.kind),
  };
}
