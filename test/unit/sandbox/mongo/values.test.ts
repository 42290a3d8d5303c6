import { Double, Int32, Long, ObjectId } from 'bson';
import { stored } from '../../../../src/sandbox/mongo/collection';
import { CommandError } from '../../../../src/sandbox/mongo/errors';
import { applyUpdate, checkUpdate, upsertBase } from '../../../../src/sandbox/mongo/update-doc';
import {
  canonicalKey,
  compareValues,
  formatValue,
  normalize,
  retype,
  sameView,
  toView,
} from '../../../../src/sandbox/mongo/values';

const kind = (v: any): string => v?._bsontype ?? typeof v;

describe('typed documents and their views', () => {
  test('views use numbers; retyping keeps unchanged values and the numeric type of changed ones', () => {
    const typed = normalize({ _id: 1, d: new Double(1), l: Long.fromNumber(5), n: { i: new Int32(2) } });
    const view = toView(typed);
    expect(view).toEqual({ _id: 1, d: 1, l: 5, n: { i: 2 } });
    const next = retype({ _id: 1, d: 1, l: 6, n: { i: 2 }, x: 3 }, view, typed);
    expect([kind(next.d), kind(next.l), kind(next.n.i), kind(next.x)]).toEqual([
      'Double',
      'Long',
      'Int32',
      'number',
    ]);
    expect(Number(next.l)).toBe(6);
  });

  test('index keys equate numbers across types; embedded field order matters', () => {
    expect(canonicalKey(new Double(3))).toBe(canonicalKey(Long.fromNumber(3)));
    expect(canonicalKey({ a: 1, b: 2 })).not.toBe(canonicalKey({ b: 2, a: 1 }));
    expect(canonicalKey('Ab', true)).toBe(canonicalKey('aB', true));
    expect(sameView({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
  });

  test('BSON order: null < numbers < strings < objects < arrays < ObjectId < booleans < dates', () => {
    const values = [new Date(0), true, new ObjectId('000000000000000000000001'), [1], { a: 1 }, 'a', 2, null];
    const sorted = [...values].sort(compareValues);
    expect(sorted.map(kind)).toEqual([
      'object',
      'number',
      'string',
      'object',
      'object',
      'ObjectId',
      'boolean',
      'object',
    ]);
    expect(sorted[0]).toBeNull();
    expect(sorted[7]).toBeInstanceOf(Date);
    expect(compareValues(new Int32(2), new Double(10))).toBeLessThan(0);
  });

  test('values print as the server prints them in errors', () => {
    expect(
      formatValue({ email: 'a@b', _id: new ObjectId('65a000000000000000000001'), n: new Int32(3) }),
    ).toBe(`{ email: "a@b", _id: ObjectId('65a000000000000000000001'), n: 3 }`);
  });
});

describe('applying one update', () => {
  const doc = stored({ _id: 1, n: Long.fromNumber(1), s: 'x', tags: ['a'] });

  test('operators keep types, $set literals keep theirs, the stored document is untouched', () => {
    const next = applyUpdate(
      doc,
      { $inc: { n: 2 }, $push: { tags: 'b' }, $set: { d: new Double(1) } },
      undefined,
      false,
    );
    expect([kind(next.n), Number(next.n), kind(next.d)]).toEqual(['Long', 3, 'Double']);
    expect(toView(next.tags)).toEqual(['a', 'b']);
    expect(toView(doc.typed)).toEqual({ _id: 1, n: 1, s: 'x', tags: ['a'] });
  });

  test('$setOnInsert applies only to the document an upsert inserts', () => {
    expect(applyUpdate(doc, { $setOnInsert: { c: 1 } }, undefined, false).c).toBeUndefined();
    const base = stored(upsertBase({ name: 'x', n: { $gt: 1 }, $and: [{ k: { $eq: 2 } }] }));
    expect(toView(applyUpdate(base, { $setOnInsert: { c: 1 } }, undefined, true))).toEqual({
      name: 'x',
      k: 2,
      c: 1,
    });
  });

  test('replacements keep _id; _id changes and malformed updates are the server errors', () => {
    expect(toView(applyUpdate(doc, { other: true }, undefined, false))).toEqual({ _id: 1, other: true });
    const code = (f: () => unknown): number | undefined => {
      try {
        f();
      } catch (e) {
        return (e as CommandError).code;
      }
      return undefined;
    };
    expect(code(() => applyUpdate(doc, { $set: { _id: 2 } }, undefined, false))).toBe(66);
    expect(code(() => checkUpdate({ $frob: { a: 1 } }, false))).toBe(9);
    expect(code(() => checkUpdate({ a: 1, $set: { b: 1 } }, false))).toBe(52);
    expect(code(() => checkUpdate({ a: 1 }, true))).toBe(9);
    expect(code(() => checkUpdate([{ $set: { a: 1 } }], true))).toBeUndefined();
  });
});
