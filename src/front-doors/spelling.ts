/**
 * The one place that turns an input's name into the caller's spelling. Messages everywhere name
 * an input as `--name` (the CLI's spelling); each front door passes what it prints through
 * respell(): GitHub users read "input `name`", Tekton users "param `name`".
 */
import type { Logger } from '../core/logger';

/** Who is calling. */
export type FrontDoor = 'cli' | 'github' | 'tekton';

/** How `door` spells the input `name`. */
export function spellInput(door: FrontDoor, name: string): string {
  if (door === 'github') return `input \`${name}\``;
  if (door === 'tekton') return `param \`${name}\``;
  return `--${name}`;
}

/**
 * `text` with every `--name` of a known input in `door`'s spelling. Only declared input names
 * are rewritten, so flags of other tools (`helm --atomic`) stay as they are.
 */
export function respell(text: string, door: FrontDoor, inputNames: Iterable<string>): string {
  if (door === 'cli') return text;
  const names = new Set(inputNames);
  return text.replace(/(^|[^\w-])--([a-z][a-z0-9-]*[a-z0-9])/g, (all, pre: string, name: string) =>
    names.has(name) ? `${pre}${spellInput(door, name)}` : all,
  );
}

/** A Logger that respells every line it passes on (masking stays with the inner logger). */
export function respellingLogger(inner: Logger, door: FrontDoor, inputNames: Iterable<string>): Logger {
  if (door === 'cli') return inner;
  const names = [...inputNames];
  const r = (t: string) => respell(t, door, names);
  return {
    info: (m) => inner.info(r(m)),
    warn: (m) => inner.warn(r(m)),
    error: (m) => inner.error(r(m)),
    debug: (m) => inner.debug(r(m)),
    group: (name, fn) => inner.group(r(name), fn),
    mask: (v) => inner.mask(v),
    redact: (t) => inner.redact(t),
    ...(inner.step
      ? {
          step: (line) =>
            inner.step!({ ...line, changes: line.changes.map(r), error: line.error && r(line.error) }),
        }
      : {}),
  };
}
