/**
 * Kubernetes and Helm name rules, checked when inputs are parsed so a bad name fails before
 * anything connects.
 */

/** What a name input must be. */
export type NameFormat = 'namespace' | 'release';

const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
// Helm: a DNS-1123 subdomain of at most 53 characters (its secrets add a suffix).
const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Why `value` is not a valid name of that format, or undefined when it is. */
export function nameProblem(format: NameFormat, value: string): string | undefined {
  if (format === 'namespace') {
    if (value.length > 63 || !LABEL.test(value))
      return 'must be a Kubernetes namespace name (DNS-1123 label: at most 63 lower-case letters, digits and "-", starting and ending with a letter or digit)';
    return undefined;
  }
  if (value.length > 53 || !SUBDOMAIN.test(value))
    return 'must be a Helm release name (at most 53 lower-case letters, digits, "-" and ".", starting and ending with a letter or digit)';
  return undefined;
}
