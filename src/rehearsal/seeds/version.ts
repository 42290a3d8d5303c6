/** `major.minor.patch` comparison for the product versions the seeds gate on. */
export function parseVersion(version: string): [number, number, number] {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(version.trim());
  if (!m) throw new Error(`not a Cognigy.AI version: "${version}" (expected e.g. 4.41.2)`);
  return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
}

/** True when `version` is at least `minimum`. */
export function atLeast(version: string, minimum: string): boolean {
  const a = parseVersion(version);
  const b = parseVersion(minimum);
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return true;
}
