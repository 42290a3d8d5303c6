import { Sandbox } from '../../../src/sandbox/index';
import { call, watchEvents } from './http';

describe('watch', () => {
  let s: Sandbox;
  beforeAll(async () => {
    s = await Sandbox.start();
    s.load([
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'w1', namespace: 'default', labels: { w: 'yes' } },
      },
    ]);
  });
  afterAll(async () => {
    await s.stop();
  });

  test('WatchList (helm 4): initial ADDED events, then the initial-events-end BOOKMARK', async () => {
    const events = await watchEvents(
      `${s.url}/api/v1/namespaces/default/configmaps?watch=true&sendInitialEvents=true&resourceVersionMatch=NotOlderThan&allowWatchBookmarks=true&labelSelector=w`,
      2,
    );
    expect(events.map((e) => e.type)).toEqual(['ADDED', 'BOOKMARK']);
    expect(events[0].object.metadata.name).toBe('w1');
    expect(events[1].object.metadata.annotations).toEqual({ 'k8s.io/initial-events-end': 'true' });
    expect(events[1].object.kind).toBe('ConfigMap');
  });

  test('a watch from a resourceVersion streams later changes only, selector transitions included', async () => {
    const list = (await call(s.url, 'GET', '/api/v1/namespaces/default/configmaps')).body;
    const rv = list.metadata.resourceVersion;
    const events = await watchEvents(
      `${s.url}/api/v1/namespaces/default/configmaps?watch=1&resourceVersion=${rv}&labelSelector=w`,
      4,
      3000,
      async () => {
        await call(s.url, 'POST', '/api/v1/namespaces/default/configmaps', {
          metadata: { name: 'w2', labels: { w: 'yes' } },
        });
        await call(
          s.url,
          'PATCH',
          '/api/v1/namespaces/default/configmaps/w2',
          { data: { a: '1' } },
          'application/merge-patch+json',
        );
        await call(
          s.url,
          'PATCH',
          '/api/v1/namespaces/default/configmaps/w1',
          { metadata: { labels: { w: null } } },
          'application/merge-patch+json',
        );
        await call(s.url, 'DELETE', '/api/v1/namespaces/default/configmaps/w2');
      },
    );
    expect(events.map((e) => `${e.type} ${e.object.metadata.name}`)).toEqual([
      'ADDED w2',
      'MODIFIED w2',
      'DELETED w1',
      'DELETED w2',
    ]);
  });

  test('changes that already happened after the resourceVersion are replayed', async () => {
    const rv = (await call(s.url, 'GET', '/api/v1/namespaces/default/configmaps')).body.metadata
      .resourceVersion;
    await call(s.url, 'POST', '/api/v1/namespaces/default/configmaps', { metadata: { name: 'w3' } });
    const events = await watchEvents(
      `${s.url}/api/v1/namespaces/default/configmaps?watch=true&resourceVersion=${rv}`,
      1,
    );
    expect(events.map((e) => `${e.type} ${e.object.metadata.name}`)).toEqual(['ADDED w3']);
  });

  test('a single-object watch by fieldSelector sees its deletion (kubectl delete --wait)', async () => {
    const obj = (
      await call(s.url, 'POST', '/api/v1/namespaces/default/configmaps', { metadata: { name: 'w4' } })
    ).body;
    const events = await watchEvents(
      `${s.url}/api/v1/namespaces/default/configmaps?watch=true&fieldSelector=metadata.name%3Dw4&resourceVersion=${obj.metadata.resourceVersion}`,
      1,
      3000,
      async () => {
        await call(s.url, 'DELETE', '/api/v1/namespaces/default/configmaps/w4');
      },
    );
    expect(events.map((e) => e.type)).toEqual(['DELETED']);
  });

  test('a resourceVersion older than the history answers 410 Expired in an ERROR event', async () => {
    const events = await watchEvents(
      `${s.url}/api/v1/namespaces/default/configmaps?watch=true&resourceVersion=1`,
      1,
    );
    expect(events[0]).toMatchObject({ type: 'ERROR', object: { code: 410, reason: 'Expired' } });
  });
});
