/** Stable hashing of pod templates, for pod-template-hash and controller-revision-hash labels. */
import { createHash } from 'node:crypto';
import { isObj } from '../json';

function stable(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stable);
  if (!isObj(v)) return v;
  return Object.fromEntries(
    Object.keys(v)
      .sort()
      .map((k) => [k, stable(v[k])]),
  );
}

/** A short, label-safe hash of `value` (same alphabet the apiserver's SafeEncodeString uses). */
export function templateHash(value: unknown, length = 10): string {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  const digest = createHash('sha256')
    .update(JSON.stringify(stable(value)))
    .digest();
  return [...digest.subarray(0, length)].map((b) => alphabet[b % alphabet.length]).join('');
}
