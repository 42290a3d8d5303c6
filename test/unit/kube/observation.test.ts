/** The observation's list(): name order, and every write of the kind seen by the next list(). */
import { Observation } from '../../../src/kube/observation';

const cm = (name: string, v = '1') => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: 'default' },
  data: { v },
});
const q = { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'default' };
const names = (o: Observation) => o.list(q.apiVersion, q.kind, q.namespace).map((x) => x.metadata.name);

describe('Observation.list', () => {
  test('in name order, as String#localeCompare orders them', () => {
    const input = ['service-ui', 'redis', 'service-ai', 'clamd', 'service-api', 'redis-persistent'];
    const o = new Observation().add(
      q,
      input.map((n) => cm(n)),
    );
    expect(names(o)).toEqual([...input].sort((a, b) => a.localeCompare(b)));
  });

  test('a put, a replacement or a remove is in the next list(); a caller changing the array changes nothing', () => {
    const o = new Observation().add(q, [cm('b'), cm('a')]);
    expect(names(o)).toEqual(['a', 'b']);
    const first = o.list(q.apiVersion, q.kind, q.namespace);
    first.pop();
    expect(names(o)).toEqual(['a', 'b']);
    o.put(cm('c'));
    expect(names(o)).toEqual(['a', 'b', 'c']);
    o.put(cm('a', '2'));
    expect(o.list(q.apiVersion, q.kind, q.namespace)[0].data).toEqual({ v: '2' });
    o.remove(q.apiVersion, q.kind, 'b', q.namespace);
    expect(names(o)).toEqual(['a', 'c']);
    o.add(q, [cm('0')]);
    expect(names(o)).toEqual(['0', 'a', 'c']);
  });

  test('a kind nobody observed is an error, not an empty list', () => {
    expect(() => new Observation().list('v1', 'Secret', 'default')).toThrow(/not observed: Secret/);
  });
});
