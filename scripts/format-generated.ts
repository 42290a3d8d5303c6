/**
 * Formats a generated file the way `prettier --check` expects it, so generated files pass the
 * format check and the staleness tests compare like with like.
 */
import { format, resolveConfig } from 'prettier';

/** `text` formatted for the file at the absolute path `filepath`. */
export async function formatGenerated(filepath: string, text: string): Promise<string> {
  return format(text, { ...((await resolveConfig(filepath)) ?? {}), filepath });
}
