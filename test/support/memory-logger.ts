import { Masker, type Logger } from '../../src/core/logger';

/**
 * Collects everything logged, unmasked, so a leak test sees what a phase tried to print
 * (masking is a second line of defence, not the reason a value stays out of the logs).
 */
export class MemoryLogger implements Logger {
  readonly lines: string[] = [];
  readonly masked: string[] = [];
  private readonly masker = new Masker();
  private push(level: string, m: string) {
    this.lines.push(`${level} ${m}`);
  }
  info(m: string) {
    this.push('info', m);
  }
  warn(m: string) {
    this.push('warn', m);
  }
  error(m: string) {
    this.push('error', m);
  }
  debug(m: string) {
    this.push('debug', m);
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.push('group', name);
    return fn();
  }
  mask(value: string) {
    this.masked.push(value);
    this.masker.add(value);
  }
  redact(text: string) {
    return this.masker.apply(text);
  }
  /** Raw text of every line, for leak assertions. */
  text(): string {
    return this.lines.join('\n');
  }
}
