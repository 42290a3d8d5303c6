import { parseInputs, type InputSpec } from '../../../src/core/inputs';

const specs: InputSpec[] = [
  { name: 'name', description: 'd', default: 'x' },
  { name: 'flag', description: 'd', type: 'boolean', default: 'false' },
  { name: 'count', description: 'd', type: 'number' },
  { name: 'token', description: 'd', secret: true },
  { name: 'mode', description: 'd', choices: ['a', 'b'], default: 'a' },
  { name: 'must', description: 'needed', required: true },
];

describe('inputs', () => {
  test('defaults, booleans, numbers; secrets are masked as soon as read', () => {
    const masked: string[] = [];
    const raw: Record<string, string> = { flag: 'true', count: '3', token: 's3cr3t-value', must: 'yes' };
    const v = parseInputs(
      specs,
      (n) => raw[n],
      (s) => masked.push(s),
    );
    expect(v).toEqual({ name: 'x', flag: true, count: 3, token: 's3cr3t-value', mode: 'a', must: 'yes' });
    expect(masked).toEqual(['s3cr3t-value']);
  });

  test('every bad input is reported at once', () => {
    const raw: Record<string, string> = { flag: 'maybe', count: 'many', mode: 'c' };
    expect(() =>
      parseInputs(
        specs,
        (n) => raw[n],
        () => undefined,
      ),
    ).toThrow(
      /--flag must be true or false[\s\S]*--count must be a number[\s\S]*--mode must be one of a, b[\s\S]*--must is required/,
    );
  });
});
