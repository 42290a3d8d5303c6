/**
 * What the CLI prints around a phase on a terminal: a heading, warnings that stand out, and one
 * closing line. The steps' own lines come from the Logger as they settle; Markdown tables are
 * for the GitHub job summary and reports only, never the terminal.
 */
import type { StepReport } from '../steps/step';

/** Colour on a TTY only, and never when NO_COLOR is set to anything (https://no-color.org). */
export function colourWanted(stream: NodeJS.WritableStream, env: NodeJS.ProcessEnv): boolean {
  return (stream as { isTTY?: boolean }).isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb';
}

const SGR = { bold: '1', dim: '2', red: '31', green: '32', yellow: '33' } as const;

/** The lines of a Markdown report that are not tables (tables repeat the step lines). */
export function prose(report: string[]): string[] {
  const out: string[] = [];
  for (const l of report) {
    if (l.trimStart().startsWith('|')) continue;
    if (!l.trim() && (!out.length || !out[out.length - 1].trim())) continue;
    out.push(l);
  }
  while (out.length && !out[out.length - 1].trim()) out.pop();
  return out;
}

/**
 * True when the phase's error is already on screen: a failed step printed it as it settled
 * (preflight's blockers, a step's error), so the front door does not print it again.
 */
export function errorShownBySteps(result: {
  error?: string;
  steps: Array<{ status: string; error?: string }>;
}): boolean {
  const error = result.error;
  if (!error) return true;
  return result.steps.some((s) => s.status === 'failed' && !!s.error && error.includes(s.error));
}

/** `1.23s` */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)}s`;
}

/**
 * The closing line of a phase: its status, duration and what its steps did, counted.
 * A dry run says what it would do; nothing not run is counted as passed.
 */
export function closingLine(
  phase: string,
  status: string,
  durationMs: number,
  steps: Array<{ status: string; changes?: string[] }>,
  extra?: string,
): string {
  // A check that only warned (preflight marks it `warning: ...`) is counted as a warning, not a pass.
  const warned = (x: { status: string; changes?: string[] }) =>
    x.status === 'done' && !!x.changes?.some((c) => c.startsWith('warning:'));
  const n = (s: StepReport['status']) => steps.filter((x) => x.status === s && !warned(x)).length;
  const warnings = steps.filter(warned).length;
  const counts = [
    n('applied') && `${n('applied')} applied`,
    n('planned') && `${n('planned')} would change`,
    n('done') && `${n('done')} already done or passed`,
    warnings && `${warnings} warning${warnings > 1 ? 's' : ''}`,
    n('failed') && `${n('failed')} failed`,
    n('not-run') && `${n('not-run')} not run`,
  ].filter(Boolean);
  const what = status === 'planned' ? 'planned (dry-run, nothing changed)' : status;
  return `${phase}: ${what} in ${seconds(durationMs)}${counts.length ? ` (${counts.join(', ')})` : ''}${extra ? `; ${extra}` : ''}`;
}

/** Writes the front door's own lines; colour only where colourWanted(). */
export class Terminal {
  private readonly colour: boolean;
  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly err: NodeJS.WritableStream,
    env: NodeJS.ProcessEnv,
  ) {
    this.colour = colourWanted(out, env);
  }
  private paint(text: string, ...codes: Array<keyof typeof SGR>): string {
    return this.colour ? `\x1b[${codes.map((c) => SGR[c]).join(';')}m${text}\x1b[0m` : text;
  }
  line(text: string): void {
    this.out.write(text + '\n');
  }
  heading(text: string): void {
    this.out.write('\n' + this.paint(text, 'bold') + '\n');
  }
  warn(text: string): void {
    this.err.write(this.paint(`warning: ${text}`, 'yellow', 'bold') + '\n');
  }
  error(text: string): void {
    this.err.write(this.paint(`error: ${text}`, 'red', 'bold') + '\n');
  }
  closing(text: string, tone: 'ok' | 'failed' | 'auto' = 'auto'): void {
    const failed = tone === 'failed' || (tone === 'auto' && /: failed\b/.test(text));
    this.out.write(this.paint(text, failed ? 'red' : 'green', 'bold') + '\n');
  }
}
