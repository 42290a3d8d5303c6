/** Durations as people write them in inputs: `90s`, `15m`, `1h`, `1h30m`, or plain seconds. */
import { ConfigurationError } from './errors';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Milliseconds of a duration text; a ConfigurationError naming the input otherwise. */
export function parseDuration(text: string | number | undefined, input: string): number {
  if (typeof text === 'number') return text * 1000;
  const t = String(text ?? '').trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t) * 1000;
  const parts = [...t.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)];
  if (!t || !parts.length || parts.map((p) => p[0]).join('') !== t)
    throw new ConfigurationError(
      `--${input} must be a duration such as 90s, 15m, 1h or 1h30m (or seconds), got '${t}'`,
    );
  return parts.reduce((ms, p) => ms + Number(p[1]) * UNIT_MS[p[2]], 0);
}

/** `1 h 5 min`, `42 s`, `850 ms`: for progress lines and summaries. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.round((ms % 60_000) / 1000);
  return h ? `${h} h ${m} min` : `${m} min ${s} s`;
}
