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
  /**
   * One line for a step that settled (the engine calls it once per step, in the stage's group).
   * Optional: loggers without it get `formatStepLine()` through info()/error().
   */
  step?(line: StepLine): void;
}

/** What a step line shows; structurally a `StepReport` of the engine. */
export interface StepLine {
  title: string;
  status: 'done' | 'applied' | 'planned' | 'failed' | 'not-run';
  durationMs: number;
  changes: string[];
  error?: string;
}

const MARKS: Record<StepLine['status'], string> = {
  applied: '✓',
  done: '=',
  planned: '○',
  failed: '✗',
  'not-run': '-',
};

/** `✓ secret cognigy-ai/x: created secret ... (12 ms)`; dry-run lines say "would ...". */
export function formatStepLine(l: StepLine): string {
  const ms =
    l.durationMs >= 1000 ? `${(l.durationMs / 1000).toFixed(1)} s` : `${Math.round(l.durationMs)} ms`;
  const detail =
    l.status === 'failed'
      ? (l.error ?? 'failed')
      : l.status === 'planned'
        ? l.changes.map((c) => `would ${c}`).join('; ')
        : l.status === 'done'
          ? 'already done'
          : l.status === 'not-run'
            ? 'not run'
            : l.changes.join('; ');
  const time = l.status === 'applied' || l.status === 'failed' ? ` (${ms})` : '';
  return `${MARKS[l.status]} ${l.title}${detail ? `: ${detail}` : ''}${time}`;
}

/** Colour on a TTY only, and never when NO_COLOR is set (https://no-color.org). */
export function useColour(stream: NodeJS.WritableStream, env: NodeJS.ProcessEnv = process.env): boolean {
  return !!(stream as { isTTY?: boolean }).isTTY && !('NO_COLOR' in env && env.NO_COLOR !== '');
}

const COLOURS: Record<StepLine['status'], string> = {
  applied: '32',
  done: '2',
  planned: '36',
  failed: '31',
  'not-run': '2',
};

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

  /** The values longest first (so a value containing another is replaced whole), kept until the next add. */
  private ordered: string[] | undefined;

  add(value: string): void {
    for (const f of Masker.forms(value))
      if (!this.values.has(f)) {
        this.values.add(f);
        this.ordered = undefined;
      }
  }

  apply(text: string): string {
    this.ordered ??= [...this.values].sort((a, b) => b.length - a.length);
    let out = text;
    for (const v of this.ordered) if (out.includes(v)) out = out.split(v).join('***');
    return out;
  }
}

/** Plain logger for the CLI and the Tekton adapter; writes to the given streams, masked. */
export class ConsoleLogger implements Logger {
  private depth = 0;
  private readonly colour: boolean;
  constructor(
    private readonly out: NodeJS.WritableStream = process.stdout,
    private readonly err: NodeJS.WritableStream = process.stderr,
    readonly masker: Masker = new Masker(),
    private readonly verbose = false,
    env: NodeJS.ProcessEnv = process.env,
  ) {
    this.colour = useColour(out, env);
  }

  /** Group headings not printed yet: a group shows its heading only once a line is written in it. */
  private readonly pending: string[] = [];

  private write(stream: NodeJS.WritableStream, prefix: string, message: string): void {
    const base = this.depth - this.pending.length;
    this.pending
      .splice(0)
      .forEach((name, n) => this.out.write(`${'  '.repeat(base + n)}▸ ${this.masker.apply(name)}\n`));
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
    this.pending.push(name);
    this.depth++;
    try {
      return await fn();
    } finally {
      this.depth--;
      // An empty group leaves no heading behind.
      const n = this.pending.lastIndexOf(name);
      if (n >= 0 && n === this.pending.length - 1) this.pending.pop();
    }
  }
  mask(value: string): void {
    this.masker.add(value);
  }
  redact(text: string): string {
    return this.masker.apply(text);
  }
  step(line: StepLine): void {
    const text = this.masker.apply(formatStepLine(line));
    const stream = line.status === 'failed' ? this.err : this.out;
    // Masked before colouring, so an escape code never splits a secret out of the mask's reach.
    this.write(stream, '', this.colour ? `\x1b[${COLOURS[line.status]}m${text}\x1b[0m` : text);
  }
}

type Held =
  | { kind: 'info' | 'warn' | 'error' | 'debug'; message: string }
  | { kind: 'step'; line: StepLine }
  | { kind: 'group'; name: string; lines: Held[] };

/**
 * A logger for work that runs alongside other work: its lines are held, and replay() hands them
 * to the parent in one piece (groups included), so concurrent checks print one after another,
 * never interleaved. Masking is the parent's, at once: a value declared here is masked everywhere.
 */
export class HeldLogger implements Logger {
  private readonly root: Held[] = [];
  private current: Held[] = this.root;

  constructor(private readonly parent: Logger) {}

  info(message: string): void {
    this.current.push({ kind: 'info', message });
  }
  warn(message: string): void {
    this.current.push({ kind: 'warn', message });
  }
  error(message: string): void {
    this.current.push({ kind: 'error', message });
  }
  debug(message: string): void {
    this.current.push({ kind: 'debug', message });
  }
  step(line: StepLine): void {
    this.current.push({ kind: 'step', line });
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const outer = this.current;
    const group: Held = { kind: 'group', name, lines: [] };
    outer.push(group);
    this.current = group.lines;
    try {
      return await fn();
    } finally {
      this.current = outer;
    }
  }
  mask(value: string): void {
    this.parent.mask(value);
  }
  redact(text: string): string {
    return this.parent.redact(text);
  }

  /** Hands every held line to the parent, in order, and forgets them. */
  async replay(): Promise<void> {
    const play = async (lines: Held[]): Promise<void> => {
      for (const l of lines) {
        if (l.kind === 'group') await this.parent.group(l.name, () => play(l.lines));
        else if (l.kind === 'step') {
          if (this.parent.step) this.parent.step(l.line);
          else
            (l.line.status === 'failed' ? this.parent.error : this.parent.info).call(
              this.parent,
              formatStepLine(l.line),
            );
        } else this.parent[l.kind](l.message);
      }
    };
    await play(this.root.splice(0));
  }
}
