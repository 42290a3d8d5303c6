import { jsonPatch, JsonPatchError } from '../../../src/sandbox/patch/json-patch';
import { mergePatch } from '../../../src/sandbox/patch/merge';

describe('JSON patch (RFC 6902)', () => {
  const doc = { a: { b: [1, 2, 3] }, 'x/y': 1, 't~': 2 };

  test('add, remove, replace, move, copy, test', () => {
    const out = jsonPatch(doc, [
      { op: 'add', path: '/a/b/-', value: 4 },
      { op: 'add', path: '/a/b/0', value: 0 },
      { op: 'remove', path: '/a/b/1' },
      { op: 'replace', path: '/x~1y', value: 9 },
      { op: 'move', from: '/t~0', path: '/moved' },
      { op: 'copy', from: '/moved', path: '/copied' },
      { op: 'test', path: '/copied', value: 2 },
    ]);
    expect(out).toEqual({ a: { b: [0, 2, 3, 4] }, 'x/y': 9, moved: 2, copied: 2 });
    expect(doc.a.b).toEqual([1, 2, 3]);
  });

  test('failures', () => {
    expect(() => jsonPatch(doc, [{ op: 'test', path: '/x~1y', value: 2 }])).toThrow(JsonPatchError);
    expect(() => jsonPatch(doc, [{ op: 'remove', path: '/nope' }])).toThrow(JsonPatchError);
    expect(() => jsonPatch(doc, [{ op: 'replace', path: '/nope/deeper', value: 1 }])).toThrow(JsonPatchError);
    expect(() => jsonPatch(doc, { op: 'add' })).toThrow(JsonPatchError);
  });
});

describe('JSON merge patch (RFC 7386)', () => {
  test('null deletes, objects merge, lists replace', () => {
    expect(
      mergePatch({ a: 1, b: { c: 2, d: 3 }, l: [1, 2] }, { a: null, b: { c: null, e: 4 }, l: [3] }),
    ).toEqual({
      b: { d: 3, e: 4 },
      l: [3],
    });
  });
});
