/**
 * Stable stand-ins for the random values a real cluster holds (passwords, uids, volume ids,
 * commit hashes). Everything is derived from a hash of a label, so a seed is identical on every
 * call and tests can assert exact values, yet nothing looks like a placeholder such as "password".
 */
import { createHash } from 'node:crypto';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function digest(label: string, algorithm = 'sha256'): Buffer {
  return createHash(algorithm).update(`k2h-sandbox-seed:${label}`).digest();
}

/** Lower-case hex of the given length (up to 64) derived from `label`. */
export function hexOf(label: string, length: number): string {
  return digest(label).toString('hex').slice(0, length);
}

/** A 40-character git-commit-like hash derived from `label`. */
export function commitOf(label: string): string {
  return digest(label, 'sha1').toString('hex');
}

/** An alphanumeric secret of `length` characters derived from `label`. */
export function secretOf(label: string, length = 24): string {
  const bytes = Buffer.concat([digest(label), digest(`${label}#2`)]);
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHANUMERIC[bytes[i] % ALPHANUMERIC.length];
  return out;
}

/** A version-4-shaped UUID derived from `label` (as metadata.uid and dynamic PV names use). */
export function uuidOf(label: string): string {
  const h = hexOf(label, 32).split('');
  h[12] = '4';
  h[16] = '89ab'[parseInt(h[16], 16) % 4];
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** An integer in [min, max] derived from `label`. */
export function intOf(label: string, min: number, max: number): number {
  return min + (digest(label).readUInt32BE(0) % (max - min + 1));
}

/** Base64 of a UTF-8 string, as Secret `data` holds it. */
export function b64(value: string): string {
  return Buffer.from(value, 'utf8').toString('base64');
}
