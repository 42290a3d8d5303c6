/**
 * Work started early whose outcome is looked at later: settle() keeps a rejection from being
 * reported as unhandled meanwhile, unsettle() gives back the value or throws the error then.
 */
export type Settled<T> = Promise<{ ok: true; value: T } | { ok: false; error: unknown }>;

export const settle = <T>(p: Promise<T>): Settled<T> =>
  p.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );

export async function unsettle<T>(s: Settled<T>): Promise<T> {
  const r = await s;
  if (r.ok) return r.value;
  throw r.error;
}
