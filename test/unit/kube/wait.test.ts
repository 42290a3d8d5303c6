/** waitUntil's handling of a watch that drops and an API server that stops answering. */
import type { Kube, KubeObject, ListResult } from '../../../src/kube/client';
import { WaitApiError, waitUntil, type WaitDeps } from '../../../src/kube/wait';

const pod = (name: string): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'ns', resourceVersion: '5' },
});

/** A Kube that answers LISTs from `lists` (an Error entry fails that LIST). */
function fakeKube(lists: Array<ListResult | Error>): { kube: Kube; listCalls: () => number } {
  let calls = 0;
  const kube = {
    config: {},
    listWithVersion: async () => {
      const next = lists[Math.min(calls, lists.length - 1)];
      calls++;
      if (next instanceof Error) throw next;
      return next;
    },
    collectionPath: async () => '/api/v1/namespaces/ns/pods',
  } as unknown as Kube;
  return { kube, listCalls: () => calls };
}

const spec = {
  apiVersion: 'v1',
  kind: 'Pod',
  namespace: 'ns',
  description: 'the pods to be gone',
  until: (objs: KubeObject[]) => objs.length === 0,
  progress: (objs: KubeObject[]) => `${objs.length} left`,
};

describe('waitUntil', () => {
  test('an API server that stops answering: gives up after a few failed re-lists, long before the deadline', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    const { kube, listCalls } = fakeKube([{ items: [pod('a')], resourceVersion: '5' }, refused]);
    let watches = 0;
    const deps: WaitDeps = {
      retryDelayMs: 1,
      watch: async (_p, _q, _ev, done) => {
        watches++;
        setImmediate(() => done(refused));
        return { abort: () => undefined };
      },
    };
    const started = Date.now();
    const err = await waitUntil(kube, { ...spec, timeoutMs: 60_000 }, deps).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WaitApiError);
    expect((err as Error).message).toBe(
      'gave up waiting for the pods to be gone: the API server did not answer 3 re-lists in a row after the watch dropped (last error: connect ECONNREFUSED 127.0.0.1:1)',
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    // The first LIST, then three failed re-lists; one watch (it dropped once).
    expect(listCalls()).toBe(4);
    expect(watches).toBe(1);
  });

  test('a watch that drops with an error while the server still answers: re-lists and goes on', async () => {
    const { kube, listCalls } = fakeKube([
      { items: [pod('a'), pod('b')], resourceVersion: '5' },
      { items: [pod('b')], resourceVersion: '7' },
    ]);
    const seen: string[] = [];
    let watches = 0;
    const deps: WaitDeps = {
      retryDelayMs: 1,
      watch: async (_p, q, ev, done) => {
        watches++;
        seen.push(String(q.resourceVersion));
        if (watches === 1) setImmediate(() => done(new Error('socket hang up')));
        else
          setImmediate(() => ev('DELETED', { ...pod('b'), metadata: { name: 'b', resourceVersion: '8' } }));
        return { abort: () => undefined };
      },
    };
    const progress: string[] = [];
    const objs = await waitUntil(
      kube,
      { ...spec, onProgress: (t) => progress.push(t), timeoutMs: 10_000 },
      deps,
    );
    expect(objs).toEqual([]);
    expect(listCalls()).toBe(2);
    // The second watch continues from the re-list's version.
    expect(seen).toEqual(['5', '7']);
    expect(progress).toEqual(['2 left', '1 left', '0 left']);
  });

  test('events that arrive together are applied together: until is asked once for the batch', async () => {
    const { kube } = fakeKube([{ items: [pod('a'), pod('b'), pod('c')], resourceVersion: '5' }]);
    let asked = 0;
    const deps: WaitDeps = {
      watch: async (_p, _q, ev) => {
        setImmediate(() => {
          for (const n of ['a', 'b', 'c']) ev('DELETED', { metadata: { name: n, resourceVersion: '9' } });
        });
        return { abort: () => undefined };
      },
    };
    const objs = await waitUntil(
      kube,
      {
        ...spec,
        until: (o) => {
          asked++;
          return o.length === 0;
        },
        timeoutMs: 10_000,
      },
      deps,
    );
    expect(objs).toEqual([]);
    // Once after the LIST, once for the three events.
    expect(asked).toBe(2);
  });

  test('a watch the server refuses (403) fails at once with the reason', async () => {
    const { kube } = fakeKube([{ items: [pod('a')], resourceVersion: '5' }]);
    const deps: WaitDeps = {
      watch: async (_p, _q, _ev, done) => {
        setImmediate(() => done(Object.assign(new Error('Forbidden'), { statusCode: 403 })));
        return { abort: () => undefined };
      },
    };
    await expect(waitUntil(kube, { ...spec, timeoutMs: 60_000 }, deps)).rejects.toThrow(
      'watch of Pod refused (HTTP 403): Forbidden',
    );
  });
});
