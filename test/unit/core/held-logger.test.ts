import { ConsoleLogger, HeldLogger } from '../../../src/core/logger';
import { MemoryLogger } from '../../support/memory-logger';

describe('HeldLogger', () => {
  it('holds lines (groups included) until replay, then hands them on in order', async () => {
    const parent = new MemoryLogger();
    const a = new HeldLogger(parent);
    const b = new HeldLogger(parent);
    // Two pieces of work interleaved in time...
    const one = a.group('first', async () => {
      a.info('a1');
      await new Promise((r) => setTimeout(r, 5));
      a.warn('a2');
    });
    const two = b.group('second', async () => {
      b.info('b1');
      b.error('b2');
    });
    await Promise.all([one, two]);
    expect(parent.lines).toEqual([]);
    // ...come out one after another, each in its own group.
    await a.replay();
    await b.replay();
    const text = parent.lines.join('\n');
    expect(text.indexOf('a1')).toBeLessThan(text.indexOf('a2'));
    expect(text.indexOf('a2')).toBeLessThan(text.indexOf('second'));
    expect(text.indexOf('second')).toBeLessThan(text.indexOf('b1'));
    expect(parent.lines.filter((l) => l.startsWith('group'))).toHaveLength(2);
    // Replayed once: a second replay adds nothing.
    const n = parent.lines.length;
    await a.replay();
    expect(parent.lines).toHaveLength(n);
  });

  it('masks through the parent at once: a value declared while held is masked before any replay', async () => {
    const parent = new MemoryLogger();
    const held = new HeldLogger(parent);
    held.mask('s3cr3t-value');
    expect(parent.masked).toContain('s3cr3t-value');
    expect(held.redact('x s3cr3t-value y')).not.toContain('s3cr3t-value');
    // A masking console parent prints the replayed line masked.
    const out: string[] = [];
    const stream = { write: (t: string) => out.push(t) } as unknown as NodeJS.WritableStream;
    const consoleParent = new ConsoleLogger(stream, stream, undefined, false, {});
    const held2 = new HeldLogger(consoleParent);
    held2.info('password is s3cr3t-value');
    held2.mask('s3cr3t-value');
    await held2.replay();
    expect(out.join('')).toContain('password is');
    expect(out.join('')).not.toContain('s3cr3t-value');
  });
});
