/** The record's list of adoptions (undo facts), one per object. */
import type { AdoptionFact } from '../kube/adopt';
import type { MigrationRecord } from './schema';

/** Records an adoption once (by kind, name, namespace); true when it was new. */
export function recordAdoption(record: MigrationRecord, fact: AdoptionFact): boolean {
  const known = record.adoptions.some(
    (a) => a.kind === fact.kind && a.name === fact.name && (a.namespace ?? '') === (fact.namespace ?? ''),
  );
  if (!known) record.adoptions.push(fact);
  return !known;
}
