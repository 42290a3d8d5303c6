/**
 * Who a client is: bearer tokens mapped to users and groups, as a token authenticator does. Each
 * identity is authorised either as the sandbox's superuser-like default (everything except the
 * denied permissions) or by RBAC over the Roles, ClusterRoles and bindings stored in the sandbox
 * (see rbac.ts), so a test can prove what a shipped Role really allows.
 */
import { randomBytes } from 'node:crypto';

/** One authenticated identity. */
export interface SandboxIdentity {
  /** Bearer token the client sends (`Authorization: Bearer <token>`). */
  token: string;
  username: string;
  groups?: string[];
  /**
   * `all` (default): allowed everything except the sandbox's denied permissions.
   * `rbac`: allowed what the RBAC objects in the sandbox grant this user or its groups (and never
   * what is denied).
   */
  authorization?: 'all' | 'rbac';
}

/** The user the sandbox authenticates its default clients as. */
export const SANDBOX_USER = 'system:serviceaccount:sandbox:k2h';

/** Token of the default identity, written into `kubeconfig()`. */
// Distinctive: clients mask it as a credential wherever it shows up in their output.
export const DEFAULT_TOKEN = 'k2h-sandbox-token';

/** The default identity: the pipeline's service account, allowed everything not denied. */
export const DEFAULT_IDENTITY: SandboxIdentity = {
  token: DEFAULT_TOKEN,
  username: SANDBOX_USER,
  groups: ['system:serviceaccounts', 'system:serviceaccounts:sandbox', 'system:authenticated'],
  authorization: 'all',
};

/** A fresh random token (for identities added without one). */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** The groups every authenticated user has, as the apiserver adds them. */
export function groupsOf(identity: SandboxIdentity): string[] {
  const groups = [...(identity.groups ?? [])];
  if (!groups.includes('system:authenticated')) groups.push('system:authenticated');
  return groups;
}

/** Token → identity. */
export class Identities {
  private readonly byToken = new Map<string, SandboxIdentity>();

  constructor(initial: SandboxIdentity[] = []) {
    this.add(DEFAULT_IDENTITY);
    for (const i of initial) this.add(i);
  }

  add(identity: SandboxIdentity): SandboxIdentity {
    this.byToken.set(identity.token, identity);
    return identity;
  }

  /**
   * The identity of a request's Authorization header. No header (kubectl sends none over plain
   * http): the identity of the listener the request came to, else the default identity. An
   * unknown token: undefined (401).
   */
  authenticate(authorization: string | undefined, listener?: SandboxIdentity): SandboxIdentity | undefined {
    if (!authorization) return listener ?? DEFAULT_IDENTITY;
    const m = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!m) return undefined;
    return this.byToken.get(m[1]);
  }
}
