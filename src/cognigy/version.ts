/**
 * A tiny version parser and comparison for Cognigy.AI product and chart versions.
 *
 * Why not the `semver` package: it is only a transitive dependency here, and the versions we meet
 * are simple: `4.42.1`, `v4.81.0`, calendar versions like `2025.10.0` (which follow 4.100.x and so
 * compare correctly as plain numbers), and chart re-builds like `2026.12.0-1`. The version ranges
 * k2h cares about are decided by major.minor.patch alone, so a suffix is accepted and kept but
 * never changes the order (unlike semver, where `-1` would sort *before* the release).
 */

/** A parsed product version. */
export interface ProductVersion {
  major: number;
  minor: number;
  patch: number;
  /** Anything after `-` or `+` (`1`, `rc.0`), kept for display only. */
  suffix?: string;
  /** The input, trimmed. */
  raw: string;
}

const VERSION_RE = /^v?(\d{1,5})\.(\d{1,5})(?:\.(\d{1,5}))?(?:[-+]([0-9A-Za-z.-]+))?$/;

/**
 * Parses `4.42`, `4.42.1`, `v4.42.1`, `2025.10.0`, `2026.12.0-1`. Returns `undefined` for anything
 * else, so callers choose the error (a ConfigurationError naming their input).
 */
export function parseVersion(input: string): ProductVersion | undefined {
  const raw = String(input ?? '').trim();
  const m = VERSION_RE.exec(raw);
  if (!m) return undefined;
  const v: ProductVersion = { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0), raw };
  if (m[4] !== undefined) v.suffix = m[4];
  return v;
}

/** -1, 0 or 1 comparing major.minor.patch; suffixes are ignored (see the file comment). */
export function compareVersions(a: ProductVersion | string, b: ProductVersion | string): number {
  const pa = typeof a === 'string' ? mustParse(a) : a;
  const pb = typeof b === 'string' ? mustParse(b) : b;
  for (const k of ['major', 'minor', 'patch'] as const) {
    if (pa[k] !== pb[k]) return pa[k] < pb[k] ? -1 : 1;
  }
  return 0;
}

/** True when `min <= v` and (`max` absent or `v < max`): ranges are half-open like the data. */
export function inRange(v: ProductVersion | string, min?: string, maxExclusive?: string): boolean {
  if (min !== undefined && compareVersions(v, min) < 0) return false;
  if (maxExclusive !== undefined && compareVersions(v, maxExclusive) >= 0) return false;
  return true;
}

function mustParse(s: string): ProductVersion {
  const v = parseVersion(s);
  // Only reached with our own constants or with a string the caller did not validate: a bug.
  if (!v) throw new TypeError(`not a version: ${JSON.stringify(s)}`);
  return v;
}
