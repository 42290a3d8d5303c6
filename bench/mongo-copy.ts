/**
 * Benchmark (not a test): k2h's database copy (server-side `$out`, and streamed batches) against a
 * naive one-document-at-a-time copy (find, then insertOne per document) through the same driver
 * and server, plus the whole rename as the downtime runs it (plan, copy, verify, both databases).
 *
 *   npx tsx bench/mongo-copy.ts [documents] [naive-documents] [--json FILE]
 *
 * Default: the sandbox MongoDB, 200 000 documents over 10 collections (the in-memory server holds
 * every copy in memory: 1 M documents times three copies do not fit a shared CI machine), and the
 * naive copy over 20 000 of them (at its rate 1 M would take a quarter of an hour). With
 * K2H_BENCH_MONGODB_URI (root credentials) it runs against that server instead; pass 1000000 there.
 */
import { writeFileSync } from 'node:fs';
import { hostname, cpus } from 'node:os';
import { BSON, MongoClient, ObjectId } from 'mongodb';
import { connectMongo } from '../src/mongo/connect';
import { copyDatabase } from '../src/mongo/copy-database';
import { planDatabaseCopy } from '../src/mongo/plan';
import { splitUri } from '../src/mongo/uri';
import { ensureUser, planUser } from '../src/mongo/users';
import { verifyCollections } from '../src/mongo/verify';
import { MongoSandbox } from '../src/sandbox/mongo';
import { MemoryLogger } from '../test/support/memory-logger';

const positional = process.argv
  .slice(2)
  .filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--json');
const DOCS = Number(positional[0] ?? 200_000);
const NAIVE_DOCS = Number(positional[1] ?? 20_000);
const JSON_FILE = process.argv.includes('--json')
  ? process.argv[process.argv.indexOf('--json') + 1]
  : undefined;
const COLLECTIONS = 10;

interface Figure {
  what: string;
  documents: number;
  bytes: number;
  seconds: number;
}

async function seed(client: MongoClient, db: string, docs: number): Promise<number> {
  let bytes = 0;
  const per = Math.ceil(docs / COLLECTIONS);
  for (let c = 0; c < COLLECTIONS; c++) {
    const coll = client.db(db).collection(`events${c}`);
    for (let i = 0; i < per; i += 5000) {
      const batch = Array.from({ length: Math.min(5000, per - i) }, (_, k) => ({
        _id: new ObjectId(),
        organisationId: `org-${(i + k) % 13}`,
        projectId: new ObjectId(),
        channel: ['webchat', 'voice', 'teams'][(i + k) % 3],
        sessionId: `s-${c}-${i + k}`,
        score: (i + k) / 7,
        timestamp: new Date(1_700_000_000_000 + (i + k) * 1000),
        payload: {
          text: 'Hello, I would like to change my booking please',
          intent: 'change-booking',
          confidence: 0.93,
        },
      }));
      bytes += batch.reduce((n, d) => n + BSON.calculateObjectSize(d), 0);
      await coll.insertMany(batch, { ordered: false });
    }
    await coll.createIndexes([
      { key: { organisationId: 1, timestamp: -1 }, name: 'org_ts' },
      { key: { sessionId: 1 }, name: 'session', unique: true },
    ]);
  }
  return bytes;
}

async function naiveCopy(client: MongoClient, from: string, to: string, limit: number): Promise<Figure> {
  const started = Date.now();
  let documents = 0;
  let bytes = 0;
  const per = Math.ceil(limit / COLLECTIONS);
  for (let c = 0; c < COLLECTIONS; c++) {
    const src = client.db(from).collection(`events${c}`);
    const dst = client.db(to).collection(`events${c}`);
    for await (const doc of src.find({}).limit(per)) {
      await dst.insertOne(doc);
      documents++;
      bytes += BSON.calculateObjectSize(doc);
    }
  }
  return {
    what: 'naive: find + insertOne per document',
    documents,
    bytes,
    seconds: (Date.now() - started) / 1000,
  };
}

async function k2hCopy(
  uri: string,
  from: string,
  to: string,
  method: 'server' | 'stream',
): Promise<Figure[]> {
  const split = splitUri(uri);
  const conn = await connectMongo({
    address: split.address,
    credentials: [{ username: split.username!, password: split.password! }],
    credentialsFrom: 'bench',
    logger: new MemoryLogger(),
  });
  try {
    const started = Date.now();
    const plan = await planDatabaseCopy(conn.client, from, to);
    const planned = Date.now();
    const res = await copyDatabase(conn.client, plan, {
      method,
      serverCanOut: conn.canOutToOtherDatabase,
      logger: new MemoryLogger(),
    });
    const copied = Date.now();
    if (!res.verified) throw new Error('copy did not verify');
    // The verification alone (copyDatabase ends with the same one), to tell copying from proving.
    await verifyCollections(
      conn.client.db(from),
      conn.client.db(to),
      plan.collections.map((c) => c.info),
    );
    const verifySeconds = (Date.now() - copied) / 1000;
    await ensureUser(
      conn,
      { username: `${to}-user`, database: to, password: 'bench-user-pw', role: 'readWrite' },
      await planUser(conn, {
        username: `${to}-user`,
        database: to,
        password: 'bench-user-pw',
        role: 'readWrite',
      }),
    );
    const name =
      method === 'server'
        ? 'server-side ($out)'
        : 'streamed (find batch 1000 + insertMany unordered, 4 collections at once)';
    const copySeconds = (copied - planned) / 1000 - verifySeconds;
    return [
      { what: `k2h ${name}: copy only`, documents: res.documents, bytes: res.bytes, seconds: copySeconds },
      {
        what: `k2h ${name}: whole rename (plan ${((planned - started) / 1000).toFixed(1)} s, copy, verify ${verifySeconds.toFixed(1)} s, user)`,
        documents: res.documents,
        bytes: res.bytes,
        seconds: (Date.now() - started) / 1000 - verifySeconds,
      },
    ];
  } finally {
    await conn.close();
  }
}

async function main() {
  const external = process.env.K2H_BENCH_MONGODB_URI;
  const sandbox = external
    ? undefined
    : await MongoSandbox.start({ rootUser: 'root', rootPassword: 'bench-root-pw' });
  const uri = external ?? sandbox!.uri;
  const client = new MongoClient(uri);
  await client.connect();
  const p = `k2hbench${Date.now() % 100000}`;
  try {
    const t = Date.now();
    const seededBytes = await seed(client, `${p}-src`, DOCS);
    console.log(
      `seeded ${DOCS} documents (${(seededBytes / 1048576).toFixed(1)} MB) in ${((Date.now() - t) / 1000).toFixed(1)} s`,
    );
    const figures: Figure[] = [];
    figures.push(...(await k2hCopy(uri, `${p}-src`, `${p}-out`, 'server')));
    await client.db(`${p}-out`).dropDatabase();
    figures.push(...(await k2hCopy(uri, `${p}-src`, `${p}-stream`, 'stream')));
    await client.db(`${p}-stream`).dropDatabase();
    figures.push(await naiveCopy(client, `${p}-src`, `${p}-naive`, NAIVE_DOCS));
    await client.db(`${p}-naive`).dropDatabase();
    const rows = figures.map(
      (f) =>
        `| ${f.what} | ${f.documents.toLocaleString('en-US')} | ${f.seconds.toFixed(1)} | ${Math.round(f.documents / f.seconds).toLocaleString('en-US')} | ${(f.bytes / 1048576 / f.seconds).toFixed(1)} |`,
    );
    const server = external
      ? 'MongoDB at K2H_BENCH_MONGODB_URI'
      : 'sandbox MongoDB (in-memory, same process as the client)';
    console.log(
      [
        `${new Date().toISOString().slice(0, 10)}, ${hostname()}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}, ${server}`,
        `${DOCS.toLocaleString('en-US')} documents over ${COLLECTIONS} collections, 2 secondary indexes each`,
        '',
        '| copy | documents | s | docs/s | MB/s |',
        '| --- | ---: | ---: | ---: | ---: |',
        ...rows,
      ].join('\n'),
    );
    if (JSON_FILE) {
      const rate = (f: Figure) => f.documents / f.seconds;
      const server = figures.find((f) => f.what.includes('copy only') && f.what.includes('$out'));
      const naive = figures.find((f) => f.what.startsWith('naive'));
      writeFileSync(
        JSON_FILE,
        JSON.stringify(
          {
            server: external ? 'external' : 'sandbox',
            documents: DOCS,
            naiveDocuments: NAIVE_DOCS,
            figures: figures.map((f) => ({ ...f, docsPerSecond: Math.round(rate(f)) })),
            // Documents per second, k2h's server-side copy against the naive one.
            ratio: server && naive ? Number((rate(server) / rate(naive)).toFixed(2)) : undefined,
          },
          null,
          2,
        ) + '\n',
      );
    }
  } finally {
    const { databases } = await client.db('admin').admin().listDatabases({ nameOnly: true });
    for (const d of databases) if (d.name.startsWith(p)) await client.db(d.name).dropDatabase();
    for (const db of [`${p}-out`, `${p}-stream`])
      await client
        .db(db)
        .command({ dropUser: `${db}-user` })
        .catch(() => undefined);
    await client.close();
    await sandbox?.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
