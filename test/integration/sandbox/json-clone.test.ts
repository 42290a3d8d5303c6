/** The sandbox's clone gives exactly what a JSON round trip gives, and shares nothing; toJson gives what JSON.stringify gives. */
import { cacheJson, clone, deepFreeze, toJson } from '../../../src/sandbox/json';

const viaJson = (v: unknown) => JSON.parse(JSON.stringify(v));

describe('clone', () => {
  test.each([
    [
      'a Deployment-like object',
      { metadata: { name: 'a', labels: { x: 'y' } }, spec: { replicas: 0, ports: [1, 2] } },
    ],
    ['undefined and functions in objects are dropped', { a: undefined, b: () => 1, c: 1 }],
    ['undefined and functions in arrays become null', [undefined, () => 1, 3, null]],
    ['NaN and Infinity become null', { a: NaN, b: [Infinity, -Infinity], c: -0 }],
    ['a Date becomes its string', { at: new Date(0) }],
    ['toJSON is honoured', { x: { toJSON: () => 'custom' } }],
    ['a __proto__ key stays an own key', JSON.parse('{"__proto__": {"polluted": true}, "a": 1}')],
    [
      'a class instance becomes its own fields',
      {
        m: new Map([[1, 2]]),
        e: new (class {
          f = 1;
        })(),
      },
    ],
    ['sparse arrays fill with null', [1, , 3]], // eslint-disable-line no-sparse-arrays
    ['strings, booleans, null', ['s', true, false, null]],
  ])('%s', (_, v) => {
    const c = clone(v);
    expect(JSON.stringify(c)).toBe(JSON.stringify(viaJson(v)));
    expect(c).toEqual(viaJson(v));
    expect(Object.getPrototypeOf({}).polluted).toBeUndefined();
  });

  test('the copy shares no structure with the original', () => {
    const v = { a: { b: [{ c: 1 }] } };
    const c = clone(v);
    c.a.b[0].c = 2;
    expect(v.a.b[0].c).toBe(1);
  });
});

describe('toJson', () => {
  const stored = (v: object): object => {
    const c = deepFreeze(clone(v));
    cacheJson(c as Record<string, unknown>);
    return c;
  };

  test('gives what JSON.stringify gives, for answers holding stored objects', () => {
    const a = stored({ metadata: { name: 'a', labels: { x: 'y' } }, spec: { replicas: 0 } });
    const b = stored({ metadata: { name: 'b' }, data: { k: 'v' } });
    for (const v of [
      a,
      { apiVersion: 'v1', kind: 'List', metadata: { resourceVersion: '7' }, items: [a, b] },
      { type: 'ADDED', object: b },
      {
        rows: [
          { cells: ['a', 1], object: a },
          { cells: ['b'], skipped: undefined, f: () => 1 },
        ],
      },
      [a, undefined, null, 'x', -0, NaN],
      { at: new Date(0), m: new Map([[1, 2]]), nested: { deep: [a] } },
    ]) {
      expect(toJson(v)).toBe(JSON.stringify(v));
    }
  });

  test('a new version of an object is serialised anew', () => {
    const v1 = stored({ metadata: { name: 'a', resourceVersion: '1' } });
    expect(toJson(v1)).toBe(JSON.stringify(v1));
    const v2 = stored({ metadata: { name: 'a', resourceVersion: '2' } });
    expect(toJson({ items: [v1, v2] })).toBe(JSON.stringify({ items: [v1, v2] }));
  });

  test('stored (frozen) objects refuse to be changed in place', () => {
    const v = stored({ metadata: { name: 'a', labels: { x: 'y' } } }) as any;
    expect(() => {
      v.metadata.labels.x = 'z';
    }).toThrow(TypeError);
    expect(toJson(v)).toBe('{"metadata":{"name":"a","labels":{"x":"y"}}}');
  });
});
