/**
 * The logging interface every core module receives. Core code never imports `@actions/core`;
 * each front door supplies its own implementation (GitHub groups and masks, plain console).
 */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  debug(message: string): void;
  /** Runs `fn` inside a collapsible group (GitHub) or under a heading (console). */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /**
   * Declares a value secret: it is masked in this logger's output from now on, and the front
   * door registers it with its platform (GitHub `core.setSecret`).
   */
  mask(value: string): void;
  /** `text` with every value declared by mask() replaced: for what is persisted (record, reports). */
  redact(text: string): string;
}

/** Replaces every registered secret value (and its base64 form) in text with `***`. */
export class Masker {
  private readonly values = new Set<string>();

  /**
   * The forms of a secret value that may show up in text: itself, its base64 form and each of
   * its lines (multi-line keys and certificates are printed line by line). Values shorter than 3
   * characters are not masked: they would blank out ordinary words.
   */
  static forms(value: string): string[] {
    if (!value || value.length < 3) return [];
    const out = new Set([value, Buffer.from(value, 'utf8').toString('base64')]);
    for (const line of value.split(/\r?\n/)) if (line.trim().length >= 3) out.add(line.trim());
    return [...out];
  }

  add(value: string): void {
    for (const f of Masker.forms(value)) this.values.add(f);
  }

  apply(text: string): string {
    let out = text;
    // Longest first so a value containing another is replaced whole.
    for (const v of [...this.values].sort((a, b) => b.length - a.length)) out = out.split(v).join('***');
    return out;
  }
}

/** Plain logger for the CLI and the Tekton adapter; writes to the given streams, masked. */
export class ConsoleLogger implements Logger {
  private depth = 0;
  constructor(
    private readonly out: NodeJS.WritableStream = process.stdout,
    private readonly err: NodeJS.WritableStream = process.stderr,
    readonly masker: Masker = new Masker(),
    private readonly verbose = false,
  ) {}

  private write(stream: NodeJS.WritableStream, prefix: string, message: string): void {
    const pad = '  '.repeat(this.depth);
    for (const line of this.masker.apply(message).split('\n')) stream.write(`${pad}${prefix}${line}\n`);
  }
  info(message: string): void {
    this.write(this.out, '', message);
  }
  warn(message: string): void {
    this.write(this.err, 'warning: ', message);
  }
  error(message: string): void {
    this.write(this.err, 'error: ', message);
  }
  debug(message: string): void {
    if (this.verbose) this.write(this.out, 'debug: ', message);
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.write(this.out, '▸ ', name);
    this.depth++;
    try {
      return await fn();
    } finally {
      this.depth--;
    }
  }
  mask(value: string): void {
    this.masker.add(value);
  }
  redact(text: string): string {
    return this.masker.apply(text);
  }
}
