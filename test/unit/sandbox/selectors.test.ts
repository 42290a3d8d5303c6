import {
  matchesFields,
  matchesLabels,
  parseFieldSelector,
  parseLabelSelector,
} from '../../../src/sandbox/selectors';

describe('label selectors', () => {
  const labels = { app: 'web', tier: 'front', env: 'prod' };
  test.each([
    ['app=web', true],
    ['app==web,tier=front', true],
    ['app!=web', false],
    ['app in (web, api)', true],
    ['app notin (web)', false],
    ['env,!canary', true],
    ['!app', false],
    ['missing', false],
    ['tier in (front),env notin (dev,test)', true],
    ['', true],
  ])('%s → %s', (sel, expected) => {
    expect(matchesLabels(parseLabelSelector(sel), labels)).toBe(expected);
  });

  test('rejects garbage', () => {
    expect(() => parseLabelSelector('a=b=c')).toThrow(/unable to parse requirement/);
  });
});

describe('field selectors', () => {
  test('metadata.name and metadata.namespace', () => {
    const obj = { metadata: { name: 'x', namespace: 'n' } };
    expect(matchesFields(parseFieldSelector('metadata.name=x'), obj)).toBe(true);
    expect(matchesFields(parseFieldSelector('metadata.name=x,metadata.namespace!=n'), obj)).toBe(false);
  });
});
