/**
 * src/kube/plain-serializer.ts stands in for client-node's serializer inside the bundle
 * (scripts/bundle.ts): bodies go out as k2h wrote them, answers come back as the server sent them,
 * with client-node's media type handling.
 */
import { ObjectSerializer as ClientSerializer } from '@kubernetes/client-node/dist/serializer.js';
import { ObjectSerializer } from '../../../src/kube/plain-serializer';

const deployment = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'service-api', namespace: 'cognigy', labels: { app: 'service-api' } },
  spec: {
    replicas: 0,
    selector: { matchLabels: { app: 'service-api' } },
    template: {
      metadata: { labels: { app: 'service-api' } },
      spec: { containers: [{ name: 'api', image: 'cognigy/service-api:4.41.2' }] },
    },
  },
};

test('a body is sent as written, as client-node sends a plain object of a known kind', () => {
  const mine = ObjectSerializer.stringify(
    ObjectSerializer.serialize(deployment, 'V1Deployment'),
    ObjectSerializer.getPreferredMediaType([]),
  );
  expect(JSON.parse(mine)).toEqual(deployment);
  const theirs = ClientSerializer.stringify(
    ClientSerializer.serialize(deployment, 'V1Deployment'),
    ClientSerializer.getPreferredMediaType([]),
  );
  expect(JSON.parse(mine)).toEqual(JSON.parse(theirs));
});

test('a field the client models do not know is kept (client-node drops it)', () => {
  const claim = {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: 'functions', namespace: 'cognigy-ai' },
    spec: { volumeName: 'pv-1', accessModes: ['ReadWriteOnce'], newerField: { x: 1 } },
  };
  const sent = JSON.parse(
    ObjectSerializer.stringify(
      ObjectSerializer.serialize(claim, 'V1PersistentVolumeClaim'),
      'application/json',
    ),
  );
  expect(sent.spec.newerField).toEqual({ x: 1 });
  const theirs = ClientSerializer.serialize(claim, 'V1PersistentVolumeClaim') as typeof claim;
  expect(theirs.spec.newerField).toBeUndefined();
});

test('answers are parsed by media type, parameters and case ignored', () => {
  const type = ObjectSerializer.normalizeMediaType('Application/JSON; charset=utf-8');
  expect(type).toBe('application/json');
  expect(ObjectSerializer.parse('{"kind":"Status","code":404}', type)).toEqual({ kind: 'Status', code: 404 });
  expect(ObjectSerializer.parse('{"a":1}', 'application/merge-patch+json')).toEqual({ a: 1 });
  expect(ObjectSerializer.parse('plain words', 'text/plain')).toBe('plain words');
  const answer = { items: [{ metadata: { name: 'x', creationTimestamp: '2026-12-02T10:00:00Z' } }] };
  // As the server sent it: timestamps stay strings, nothing becomes a model instance.
  expect(ObjectSerializer.deserialize(answer, 'V1PodList')).toBe(answer);
});

test('media types it cannot handle fail as client-node fails, naming them', () => {
  expect(() => ObjectSerializer.parse('{}', undefined)).toThrow('No Content-Type defined');
  expect(() => ObjectSerializer.parse('x', 'application/octet-stream')).toThrow(
    'application/octet-stream is not supported',
  );
  expect(() => ObjectSerializer.stringify({}, 'image/png')).toThrow('image/png is not supported');
  expect(() => ObjectSerializer.getPreferredMediaType(['image/png'])).toThrow('image/png');
  expect(ObjectSerializer.getPreferredMediaType(['text/plain', 'application/json'])).toBe('application/json');
  expect(ObjectSerializer.normalizeMediaType(undefined)).toBeUndefined();
});
