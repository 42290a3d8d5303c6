/**
 * SCRAM-SHA-256 and SCRAM-SHA-1 (RFC 5802/7677) as the server side of saslStart/saslContinue.
 * Credentials are stored as the server stores them: salt, iteration count, StoredKey, ServerKey.
 */
import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';

/** The mechanisms the server offers. */
export type Mechanism = 'SCRAM-SHA-1' | 'SCRAM-SHA-256';

/** One mechanism's stored credential. */
export interface ScramCredential {
  salt: string;
  iterationCount: number;
  storedKey: string;
  serverKey: string;
}

const ALGO = { 'SCRAM-SHA-1': 'sha1', 'SCRAM-SHA-256': 'sha256' } as const;
const ITERATIONS = { 'SCRAM-SHA-1': 10000, 'SCRAM-SHA-256': 15000 } as const;
const KEY_LEN = { 'SCRAM-SHA-1': 20, 'SCRAM-SHA-256': 32 } as const;

const hmac = (algo: string, key: Buffer, text: string): Buffer => createHmac(algo, key).update(text).digest();
const hash = (algo: string, data: Buffer): Buffer => createHash(algo).update(data).digest();

/**
 * The password SCRAM hashes: SHA-1 uses the legacy `md5(user:mongo:pwd)` digest; SHA-256 uses the
 * password itself (SASLprep is the identity for the ASCII passwords the sandbox deals with; NFKC
 * covers the common non-ASCII cases).
 */
function scramPassword(mechanism: Mechanism, user: string, password: string): string {
  if (mechanism === 'SCRAM-SHA-1') return createHash('md5').update(`${user}:mongo:${password}`).digest('hex');
  return password.normalize('NFKC');
}

/** Derives the stored credential for a new password. */
export function makeCredential(mechanism: Mechanism, user: string, password: string): ScramCredential {
  const algo = ALGO[mechanism];
  const salt = randomBytes(mechanism === 'SCRAM-SHA-1' ? 16 : 28);
  const iterationCount = ITERATIONS[mechanism];
  const salted = pbkdf2Sync(
    scramPassword(mechanism, user, password),
    salt,
    iterationCount,
    KEY_LEN[mechanism],
    algo,
  );
  const clientKey = hmac(algo, salted, 'Client Key');
  return {
    salt: salt.toString('base64'),
    iterationCount,
    storedKey: hash(algo, clientKey).toString('base64'),
    serverKey: hmac(algo, salted, 'Server Key').toString('base64'),
  };
}

function attrs(message: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of message.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq)] = part.slice(eq + 1);
  }
  return out;
}

/** The user name of a client-first message (`n,,n=user,r=nonce`), or undefined if malformed. */
export function clientFirstUser(clientFirst: string): string | undefined {
  const bare = clientFirst.replace(/^[nyp][^,]*,[^,]*,/, '');
  const n = attrs(bare).n;
  return n === undefined ? undefined : n.replace(/=2C/g, ',').replace(/=3D/g, '=');
}

/** One SCRAM conversation (first and final steps). */
export class ScramConversation {
  private bare = '';
  private serverFirst = '';
  private nonce = '';

  constructor(
    readonly mechanism: Mechanism,
    private readonly credential: ScramCredential,
    /** The server's part of the nonce (fixed only by tests replaying the RFC examples). */
    private readonly serverNonce: () => string = () => randomBytes(24).toString('base64'),
  ) {}

  /** Answers the client-first message with the server-first message. */
  first(clientFirst: string): string {
    this.bare = clientFirst.replace(/^[nyp][^,]*,[^,]*,/, '');
    const r = attrs(this.bare).r;
    if (!r) throw new Error('missing client nonce');
    this.nonce = r + this.serverNonce();
    this.serverFirst = `r=${this.nonce},s=${this.credential.salt},i=${this.credential.iterationCount}`;
    return this.serverFirst;
  }

  /** Checks the client-final proof; returns the server-final message or undefined when it is wrong. */
  final(clientFinal: string): string | undefined {
    const a = attrs(clientFinal);
    if (a.r !== this.nonce || !a.p) return undefined;
    const withoutProof = clientFinal.slice(0, clientFinal.lastIndexOf(',p='));
    const authMessage = `${this.bare},${this.serverFirst},${withoutProof}`;
    const algo = ALGO[this.mechanism];
    const storedKey = Buffer.from(this.credential.storedKey, 'base64');
    const signature = hmac(algo, storedKey, authMessage);
    const proof = Buffer.from(a.p, 'base64');
    if (proof.length !== signature.length) return undefined;
    const clientKey = Buffer.alloc(proof.length);
    for (let i = 0; i < proof.length; i++) clientKey[i] = proof[i] ^ signature[i];
    if (!timingSafeEqual(hash(algo, clientKey), storedKey)) return undefined;
    const serverSignature = hmac(algo, Buffer.from(this.credential.serverKey, 'base64'), authMessage);
    return `v=${serverSignature.toString('base64')}`;
  }
}
