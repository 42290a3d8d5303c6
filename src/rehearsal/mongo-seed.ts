/**
 * The MongoDB content of a seeded Cognigy.AI installation, for the rehearsal's in-memory MongoDB:
 * the two analytics databases the migration renames (`service-analytics-collector-provider`,
 * `service-analytics-conversation-collector-provider`) with several collections, thousands of
 * documents of mixed BSON types and secondary, compound, unique, partial and TTL indexes; the
 * users of every `cognigy-<service>` connection string; the root user of the MongoDB Helm release.
 * Credentials are read from the seed's Kubernetes objects, never restated here. Deterministic: the
 * same objects and options give the same data, so two servers seeded alike hash alike (dbHash).
 */
import { createHash } from 'node:crypto';
import { Double, Int32, Long, ObjectId, type Document } from 'bson';
import type { SeedData, SeedDatabase, SeedUser } from '../sandbox/mongo';
import type { KubeObject } from './seeds';

/** The analytics database of the kustomize installation (renamed `service-analytics-collector`). */
export const COLLECTOR_DB = 'service-analytics-collector-provider';
/** The conversation database of the kustomize installation (renamed `service-analytics-conversation`). */
export const CONVERSATION_DB = 'service-analytics-conversation-collector-provider';

/** How much to seed. */
export interface MongoSeedOptions {
  /** Multiplies the document counts (default 1: about 8,000 documents); tests use a fraction. */
  scale?: number;
}

/** What the in-memory MongoDB starts with (the options `MongoSandbox.start` takes). */
export interface CognigyMongoSeed {
  rootUser: string;
  rootPassword: string;
  databases: SeedData;
}

/** A generator of stable pseudo-random numbers from a label (mulberry32 seeded by sha256). */
function random(label: string): () => number {
  let seed = createHash('sha256').update(`k2h-mongo-seed:${label}`).digest().readUInt32BE(0);
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An ObjectId stable for `label`, with a timestamp at `at` as a real one would have. */
function oid(label: string, at: Date): ObjectId {
  const tail = createHash('sha256').update(`k2h-mongo-seed:oid:${label}`).digest('hex').slice(0, 16);
  const ts = Math.floor(at.getTime() / 1000)
    .toString(16)
    .padStart(8, '0');
  return new ObjectId(ts + tail);
}

function decode(secret: KubeObject | undefined, key: string): string | undefined {
  const data = (secret as { data?: Record<string, string> } | undefined)?.data?.[key];
  return data === undefined ? undefined : Buffer.from(data, 'base64').toString('utf8');
}

function find(objects: KubeObject[], kind: string, namespace: string, name: string): KubeObject | undefined {
  return objects.find(
    (o) => o.kind === kind && o.metadata?.name === name && (o.metadata?.namespace ?? 'default') === namespace,
  );
}

/** Root credentials: the MongoDB Helm release's Secret, or the legacy `mongo-server` Deployment's. */
function rootCredentials(
  objects: KubeObject[],
  rootUser: string | undefined,
): { user: string; password: string } {
  const password = decode(find(objects, 'Secret', 'mongodb', 'mongodb'), 'mongodb-root-password');
  if (password !== undefined) return { user: rootUser ?? 'root', password };
  const legacy = find(objects, 'Deployment', 'default', 'mongo-server') as Document | undefined;
  const env: Document[] = legacy?.spec?.template?.spec?.containers?.[0]?.env ?? [];
  const ref = env.find((e) => e.name === 'MONGO_INITDB_ROOT_PASSWORD')?.valueFrom?.secretKeyRef;
  const legacyPassword = ref ? decode(find(objects, 'Secret', 'default', ref.name), ref.key) : undefined;
  if (legacyPassword !== undefined) {
    const user = env.find((e) => e.name === 'MONGO_INITDB_ROOT_USERNAME')?.value ?? 'admin';
    return { user: rootUser ?? user, password: legacyPassword };
  }
  throw new Error(
    'the seed has no MongoDB root password: neither Secret mongodb/mongodb (key mongodb-root-password) nor a mongo-server Deployment with its Secret',
  );
}

/** `mongodb://user:password@hosts/db` of every `cognigy-*` connection-string Secret in `default`. */
function serviceUsers(objects: KubeObject[]): Map<string, SeedUser> {
  const users = new Map<string, SeedUser>();
  for (const o of objects) {
    if (o.kind !== 'Secret' || (o.metadata?.namespace ?? 'default') !== 'default') continue;
    if (!o.metadata?.name?.startsWith('cognigy-')) continue;
    const uri = decode(o, 'connection-string');
    const m = uri ? /^mongodb:\/\/([^:@/]+):([^@/]+)@[^/]+\/([^?]+)/.exec(uri) : null;
    if (!m) continue;
    const [user, password, db] = [
      decodeURIComponent(m[1]),
      decodeURIComponent(m[2]),
      decodeURIComponent(m[3]),
    ];
    if (db === 'admin') continue; // the exporter's monitoring user is not a database user
    users.set(db, { user, password, roles: [{ role: 'readWrite', db }] });
  }
  return users;
}

const BASE = Date.UTC(2024, 0, 1);
const DAY = 86_400_000;
const CHANNELS = ['webchat2', 'voiceGateway2', 'whatsapp', 'rest', 'socket', 'teams'];
const INTENTS = ['greeting', 'order-status', 'cancel-order', 'opening-hours', 'agent', 'goodbye', null];
const STATES = ['default', 'order', 'handover'];

interface Tenants {
  organisations: ObjectId[];
  projects: ObjectId[];
}

function tenants(): Tenants {
  const at = new Date(BASE - 400 * DAY);
  return {
    organisations: [0, 1].map((i) => oid(`organisation/${i}`, at)),
    projects: [0, 1, 2, 3, 4].map((i) => oid(`project/${i}`, at)),
  };
}

function collector(n: (count: number) => number, t: Tenants): SeedDatabase {
  const rnd = random(COLLECTOR_DB);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const analytics: Document[] = [];
  for (let i = 0; i < n(2600); i++) {
    const at = new Date(BASE + Math.floor(rnd() * 180 * DAY));
    const project = t.projects[i % t.projects.length];
    const intent = pick(INTENTS);
    const score = intent ? Math.round(rnd() * 100) / 100 : 0;
    analytics.push({
      _id: oid(`analytics/${i}`, at),
      organisation: t.organisations[i % 2],
      projectId: project,
      flowReferenceId: `flow-${(i % 9).toString().padStart(2, '0')}`,
      sessionId: `session-${Math.floor(i / 6)}`,
      userId: `user-${Math.floor(i / 17)}`,
      contactId: `contact-${Math.floor(i / 17)}`,
      channel: pick(CHANNELS),
      inputText: intent ? `message ${i} about ${intent}` : `unrecognised input ${i} — ümlaut`,
      intent,
      // Scores of 0 and 1 stay doubles: a copy that turns them into ints changes dbHash.
      intentScore: new Double(score),
      understood: intent !== null,
      state: pick(STATES),
      executionTime: new Int32(5 + Math.floor(rnd() * 400)),
      executionTimeNs: Long.fromNumber(5_000_000 + Math.floor(rnd() * 400_000_000)),
      timestamp: at,
      localeReferenceId: i % 5 === 0 ? 'de-DE' : 'en-US',
      inputData: { type: i % 3 === 0 ? 'postback' : 'text', tags: i % 4 === 0 ? ['vip'] : [] },
      ...(i % 11 === 0 ? { rating: new Int32(1 + (i % 5)), ratingComment: null } : {}),
    });
  }
  const steps: Document[] = [];
  for (let i = 0; i < n(1800); i++) {
    const at = new Date(BASE + Math.floor(rnd() * 180 * DAY));
    steps.push({
      _id: oid(`step/${i}`, at),
      organisation: t.organisations[i % 2],
      projectId: t.projects[i % t.projects.length],
      sessionId: `session-${Math.floor(i / 4)}`,
      stepId: `step-${i % 40}`,
      stepLabel: `Step ${i % 40}`,
      nodeType: pick(['say', 'question', 'code', 'httpRequest', 'handover']),
      timestamp: at,
    });
  }
  const goals: Document[] = [];
  for (let i = 0; i < n(400); i++) {
    const at = new Date(BASE + Math.floor(rnd() * 180 * DAY));
    goals.push({
      _id: oid(`goal/${i}`, at),
      organisation: t.organisations[i % 2],
      projectId: t.projects[i % t.projects.length],
      goal: pick(['order-placed', 'question-answered', 'handover-avoided']),
      sessionId: `session-${i * 3}`,
      value: new Double(Math.round(rnd() * 10_000) / 100),
      timestamp: at,
    });
  }
  const retention = t.organisations.map((org, i) => ({
    _id: oid(`retention/${i}`, new Date(BASE - 300 * DAY)),
    organisation: org,
    analyticsTTLDays: new Int32(i === 0 ? 90 : 365),
    conversationsTTLDays: new Int32(i === 0 ? 30 : 365),
    updatedAt: new Date(BASE - 30 * DAY),
  }));
  return {
    collections: {
      analytics: {
        documents: analytics,
        indexes: [
          {
            key: { organisation: 1, projectId: 1, timestamp: -1 },
            name: 'organisation_1_projectId_1_timestamp_-1',
          },
          { key: { sessionId: 1 }, name: 'sessionId_1' },
          { key: { timestamp: 1 }, name: 'timestamp_ttl', expireAfterSeconds: 365 * 86400 },
          { key: { rating: 1 }, name: 'rating_1', partialFilterExpression: { rating: { $exists: true } } },
        ],
      },
      steps: {
        documents: steps,
        indexes: [
          { key: { projectId: 1, stepId: 1, timestamp: -1 }, name: 'projectId_1_stepId_1_timestamp_-1' },
          { key: { timestamp: 1 }, name: 'timestamp_ttl', expireAfterSeconds: 365 * 86400 },
        ],
      },
      goals: {
        documents: goals,
        indexes: [{ key: { projectId: 1, goal: 1 }, name: 'projectId_1_goal_1' }],
      },
      retentionsettings: {
        documents: retention,
        indexes: [{ key: { organisation: 1 }, name: 'organisation_1', unique: true }],
      },
    },
  };
}

function conversation(n: (count: number) => number, t: Tenants): SeedDatabase {
  const rnd = random(CONVERSATION_DB);
  const messages: Document[] = [];
  const sessions: Document[] = [];
  const sessionCount = n(500);
  for (let s = 0; s < sessionCount; s++) {
    const start = BASE + Math.floor(rnd() * 180 * DAY);
    const project = t.projects[s % t.projects.length];
    const turns = 2 + Math.floor(rnd() * 8);
    for (let k = 0; k < turns; k++) {
      const at = new Date(start + k * 15_000);
      const source = k % 2 === 0 ? 'user' : k === turns - 1 && s % 13 === 0 ? 'agent' : 'bot';
      messages.push({
        _id: oid(`message/${s}/${k}`, at),
        organisation: t.organisations[s % 2],
        projectId: project,
        sessionId: `session-${s}`,
        inputId: `input-${s}-${Math.floor(k / 2)}`,
        source,
        type: source === 'user' ? 'input' : 'output',
        text: source === 'user' ? `hello ${s}/${k}` : `answer ${s}/${k}`,
        data: k % 4 === 1 ? { _cognigy: { _default: { _quickReplies: { text: 'pick one' } } } } : {},
        channel: CHANNELS[s % CHANNELS.length],
        timestamp: at,
      });
    }
    sessions.push({
      _id: oid(`session/${s}`, new Date(start)),
      organisation: t.organisations[s % 2],
      projectId: project,
      sessionId: `session-${s}`,
      userId: `user-${Math.floor(s / 3)}`,
      turns: new Int32(turns),
      handover: s % 13 === 0,
      startedAt: new Date(start),
      endedAt: new Date(start + turns * 15_000),
    });
  }
  const counters: Document[] = [];
  for (let d = 0; d < n(90); d++) {
    for (const p of t.projects.slice(0, 2)) {
      const day = new Date(BASE + d * DAY);
      counters.push({
        _id: oid(`counter/${p.toHexString()}/${d}`, day),
        projectId: p,
        day,
        conversations: new Int32(Math.floor(rnd() * 200)),
        messages: Long.fromNumber(Math.floor(rnd() * 5_000)),
      });
    }
  }
  return {
    collections: {
      conversations: {
        documents: messages,
        indexes: [
          { key: { sessionId: 1, timestamp: 1 }, name: 'sessionId_1_timestamp_1' },
          {
            key: { organisation: 1, projectId: 1, timestamp: -1 },
            name: 'organisation_1_projectId_1_timestamp_-1',
          },
          { key: { timestamp: 1 }, name: 'timestamp_ttl', expireAfterSeconds: 90 * 86400 },
        ],
      },
      sessions: {
        documents: sessions,
        indexes: [
          { key: { sessionId: 1 }, name: 'sessionId_1', unique: true },
          { key: { projectId: 1, startedAt: -1 }, name: 'projectId_1_startedAt_-1' },
        ],
      },
      conversationcounters: {
        documents: counters,
        indexes: [{ key: { projectId: 1, day: 1 }, name: 'projectId_1_day_1', unique: true }],
      },
    },
  };
}

/**
 * The MongoDB of the installation described by `objects` (a seed or a capture): root credentials
 * from its Secrets, a readWrite user per connection-string Secret, and the analytics data.
 */
export function cognigyMongoSeed(
  objects: KubeObject[],
  opts: MongoSeedOptions & { rootUser?: string } = {},
): CognigyMongoSeed {
  const scale = opts.scale ?? 1;
  const n = (count: number): number => Math.max(1, Math.round(count * scale));
  const root = rootCredentials(objects, opts.rootUser);
  const t = tenants();
  const databases: SeedData = { [COLLECTOR_DB]: collector(n, t), [CONVERSATION_DB]: conversation(n, t) };
  for (const [db, user] of serviceUsers(objects)) {
    databases[db] = { ...(databases[db] ?? {}), users: [user] };
  }
  return { rootUser: root.user, rootPassword: root.password, databases };
}
