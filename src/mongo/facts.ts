/**
 * What the migration record keeps about a database copy and its users: enough for clean-up to
 * refuse dropping a source whose copy is not verified, and for a human to audit the copy. Names,
 * counts and hashes only: no document content, no password.
 */
import type { DatabaseCopyResult } from './copy-database';

/** One verified (or failed) database copy. */
export interface MongoCopyFact {
  source: string;
  target: string;
  verified: boolean;
  verifiedAt: string;
  /** server ($out), stream (find + insertMany), or none (everything was already there). */
  method: string;
  documents: number;
  bytes: number;
  durationMs: number;
  collections: Array<{
    name: string;
    type: string;
    verified: boolean;
    documents?: number;
    indexes?: number;
    content: string;
    /** The copy's dbHash md5 when verified by dbHash: recognises k2h's own, untouched copy later. */
    hash?: string;
    problems?: string[];
  }>;
}

/** A database user k2h set up and proved. */
export interface MongoUserFact {
  username: string;
  database: string;
  role: string;
  /** Authenticated as the user after setting it up. */
  provenAt: string;
}

/** The record's `mongo` section. */
export interface MongoFacts {
  databases: MongoCopyFact[];
  users: MongoUserFact[];
}

/** The record's view of a copy result. */
export function copyFact(r: DatabaseCopyResult): MongoCopyFact {
  return {
    source: r.source,
    target: r.target,
    verified: r.verified,
    verifiedAt: r.verifiedAt,
    method: r.method,
    documents: r.documents,
    bytes: r.bytes,
    durationMs: r.durationMs,
    collections: r.collections.map((c) => ({
      name: c.name,
      type: c.type,
      verified: c.verified,
      documents: c.documents?.target,
      indexes: c.indexes,
      content: c.content,
      ...(c.hash ? { hash: c.hash } : {}),
      ...(c.problems.length ? { problems: c.problems } : {}),
    })),
  };
}

/** Whether the record shows a verified copy of `source` (clean-up's condition to drop it). */
export function copyVerified(facts: MongoFacts | undefined, source: string): boolean {
  return !!facts?.databases.some((d) => d.source === source && d.verified);
}

/** Collection -> dbHash of the recorded copy of `source` into `target` (for planDatabaseCopy's ownCopies). */
export function recordedHashes(
  facts: MongoFacts | undefined,
  source: string,
  target: string,
): Record<string, string> {
  const copy = facts?.databases.find((d) => d.source === source && d.target === target);
  return Object.fromEntries((copy?.collections ?? []).filter((c) => c.hash).map((c) => [c.name, c.hash!]));
}
