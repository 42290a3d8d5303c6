/** The rehearsal's values that match the migrated secrets, for tests that install the chart. */
export { matchingSecretsValues } from '../../src/rehearsal/chart-values';
