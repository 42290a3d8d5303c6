/**
 * Pure parts of the MongoDB mechanisms: credentials split off an address without leaking them,
 * canonical comparisons (key order, numeric types), the create command from listCollections,
 * the plan in words, progress lines.
 */
import { Double, Int32 } from 'mongodb';
import { canonical, canonicalOptions, isInternalCollection } from '../../../src/mongo/catalog';
import { createCommand } from '../../../src/mongo/copy-collection';
import { describeDatabasePlan, type DatabasePlan } from '../../../src/mongo/plan';
import { CopyProgress } from '../../../src/mongo/progress';
import { hostsOf, splitUri } from '../../../src/mongo/uri';
import { indexProblems } from '../../../src/mongo/verify';
import { MemoryLogger } from '../../support/memory-logger';

describe('splitUri', () => {
  test('takes user and password off, percent-decoded, up to the last @', () => {
    expect(splitUri('mongodb://ro%3Aot:p%40ss@w@a:1,b:2/db?replicaSet=rs0')).toEqual({
      address: 'mongodb://a:1,b:2/db?replicaSet=rs0',
      username: 'ro:ot',
      password: 'p@ss@w',
    });
    expect(splitUri('mongodb+srv://u@cluster.example.net/')).toEqual({
      address: 'mongodb+srv://cluster.example.net/',
      username: 'u',
      password: undefined,
    });
    expect(splitUri('mongodb://h:27017')).toEqual({ address: 'mongodb://h:27017' });
    expect(hostsOf('mongodb://a:1,b:2/db?x=1')).toBe('a:1,b:2');
  });

  test('errors carry nothing of the input', () => {
    for (const bad of ['http://u:Secret-Pw@h', 'mongodb://u:%E0%A4%A@h/'])
      expect(() => splitUri(bad)).toThrow(
        expect.objectContaining({ message: expect.not.stringContaining('Secret-Pw') }),
      );
    expect(() => splitUri('mongodb://u:%E0%A4%A@h/')).toThrow('not valid percent-encoding');
  });
});

describe('canonical comparisons', () => {
  test('object keys are sorted except in index keys and pipelines; int32 and double 1 are equal', () => {
    expect(canonical({ name: 'a', key: { b: 1, a: -1 }, unique: true })).toBe(
      canonical({ unique: true, key: { b: new Double(1), a: new Int32(-1) }, name: 'a' }),
    );
    expect(canonical({ key: { a: 1, b: 1 } })).not.toBe(canonical({ key: { b: 1, a: 1 } }));
    expect(canonicalOptions({ uuid: 'x', validator: { a: 1 } })).toBe(
      canonicalOptions({ validator: { a: 1 } }),
    );
    expect(canonicalOptions({ pipeline: [{ $sort: { a: 1, b: 1 } }] })).not.toBe(
      canonicalOptions({ pipeline: [{ $sort: { b: 1, a: 1 } }] }),
    );
  });

  test('index differences by name', () => {
    const a = [
      { name: '_id_', key: { _id: 1 } },
      { name: 'x', key: { x: 1 }, unique: true },
    ];
    expect(indexProblems(a, a)).toEqual([]);
    expect(indexProblems(a, [a[0], { name: 'x', key: { x: 1 } }, { name: 'y', key: { y: 1 } }])).toEqual([
      'index x differs',
      'index y exists only in the target',
    ]);
    expect(indexProblems(a, [a[0]])).toEqual(['index x missing in the target']);
  });

  test('server-owned namespaces are not the application’s', () => {
    expect(
      ['system.views', 'system.buckets.x', 'tmp.agg_out.1234', 'events'].map(isInternalCollection),
    ).toEqual([true, true, true, false]);
  });
});

test('the create command keeps what create accepts and drops the server’s own fields', () => {
  expect(
    createCommand({
      name: 'c',
      type: 'collection',
      options: {
        capped: true,
        size: 4096,
        max: 10,
        uuid: 'u',
        validator: { a: { $exists: true } },
        flags: 1,
      },
    }),
  ).toEqual({ create: 'c', capped: true, size: 4096, max: 10, validator: { a: { $exists: true } } });
  expect(
    createCommand({ name: 'v', type: 'view', options: { viewOn: 'c', pipeline: [{ $match: {} }] } }),
  ).toEqual({
    create: 'v',
    viewOn: 'c',
    pipeline: [{ $match: {} }],
  });
});

describe('describeDatabasePlan', () => {
  const coll = (name: string, state: DatabasePlan['collections'][number]['state']) => ({
    info: { name, type: 'collection' as const, options: {} },
    state,
    documents: 10,
    bytes: 2 * 1024 * 1024,
  });
  const plan = (over: Partial<DatabasePlan>): DatabasePlan => ({
    source: 'a',
    target: 'b',
    sourceExists: true,
    collections: [coll('x', 'missing'), coll('y', 'partial'), coll('z', 'verified')],
    extra: [],
    staleExtra: [],
    verification: [],
    conflicts: [],
    dropTarget: false,
    toCopy: { collections: 2, documents: 20, bytes: 4 * 1024 * 1024 },
    ...over,
  });
  test('with and without the figures that move', () => {
    expect(describeDatabasePlan(plan({}))).toEqual([
      'copy database a -> b: 2 of 3 collection(s) with their indexes (20 documents, 4.0 MB); 1 verified already',
      'recopy incomplete collection(s) of b: y',
      'verify a -> b: counts, indexes and content hash per collection; a is kept',
    ]);
    expect(describeDatabasePlan(plan({}), { sizes: false })[0]).toBe(
      'copy database a -> b: 2 of 3 collection(s) with their indexes; 1 verified already',
    );
    expect(
      describeDatabasePlan(
        plan({ dropTarget: true, conflicts: ['b.q exists and a has no collection of that name'] }),
      )[0],
    ).toBe('drop database b first (--force-db-overwrite): b.q exists and a has no collection of that name');
    expect(describeDatabasePlan(plan({ sourceExists: false, collections: [] }))).toEqual([
      'database a does not exist: nothing to copy',
    ]);
  });
});

test('progress: collection n of m, documents, MB, MB/s, throttled', () => {
  let now = 0;
  const log = new MemoryLogger();
  const p = new CopyProgress(log, 'a -> b', 2, 5000, () => now);
  p.add(1000, 1024 * 1024, 'x');
  expect(log.lines).toEqual([]);
  now = 6000;
  p.add(1000, 1024 * 1024, 'x');
  p.collectionDone('x', '2,000 documents');
  now = 8000;
  p.collectionDone('y', 'view created');
  expect(log.lines).toEqual([
    'info a -> b: copying x — 2,000 documents, 2.0 MB, 0.3 MB/s',
    'info a -> b: collection 1 of 2 x: 2,000 documents — 2,000 documents, 2.0 MB, 0.3 MB/s',
    'info a -> b: collection 2 of 2 y: view created — 2,000 documents, 2.0 MB, 0.3 MB/s',
  ]);
});
