import { Masker } from '../../../src/core/logger';

describe('Masker', () => {
  test('masks a value, its base64 form and each line; a value containing another goes whole', () => {
    const m = new Masker();
    m.add('abc');
    m.add('xxabcxx');
    m.add('line-one\nline-two');
    const b64 = Buffer.from('xxabcxx').toString('base64');
    expect(m.apply(`a=xxabcxx b=abc c=${b64} d=line-two`)).toBe('a=*** b=*** c=*** d=***');
  });

  test('a value added after text was masked is masked from then on', () => {
    const m = new Masker();
    m.add('first-secret');
    expect(m.apply('first-secret second-secret')).toBe('*** second-secret');
    m.add('second-secret');
    expect(m.apply('first-secret second-secret')).toBe('*** ***');
  });

  test('text without any value comes back unchanged; values under 3 characters are left alone', () => {
    const m = new Masker();
    m.add('ab');
    m.add('s3cr3t');
    expect(m.apply('nothing to hide, ab')).toBe('nothing to hide, ab');
  });
});
