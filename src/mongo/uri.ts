/**
 * MongoDB connection strings without their credentials: k2h keeps user and password apart from
 * the address so an address can be logged, put in an error, or reused with other credentials.
 */

/** A connection string split into its address (no credentials) and its credentials. */
export interface SplitUri {
  /** `mongodb://hosts/db?options` with the user info removed. */
  address: string;
  username?: string;
  password?: string;
}

/**
 * Splits `mongodb[+srv]://user:password@hosts/...`. The credentials end at the last `@` before
 * the path, as drivers read them. Throws a message that contains nothing of the input.
 */
export function splitUri(uri: string): SplitUri {
  const m = /^(mongodb(?:\+srv)?:\/\/)([^/?]*)(.*)$/s.exec(uri.trim());
  if (!m) throw new Error('the MongoDB URI is not a mongodb:// or mongodb+srv:// URL');
  const [, scheme, authority, rest] = m;
  const at = authority.lastIndexOf('@');
  if (at < 0) return { address: uri.trim() };
  const info = authority.slice(0, at);
  const colon = info.indexOf(':');
  let username: string;
  let password: string | undefined;
  try {
    username = decodeURIComponent(colon < 0 ? info : info.slice(0, colon));
    password = colon < 0 ? undefined : decodeURIComponent(info.slice(colon + 1));
  } catch {
    throw new Error('the MongoDB URI has credentials that are not valid percent-encoding');
  }
  return { address: `${scheme}${authority.slice(at + 1)}${rest}`, username, password };
}

/** The host list of an address (`a:1,b:2`), for messages. */
export function hostsOf(address: string): string {
  const m = /^mongodb(?:\+srv)?:\/\/([^/?]*)/.exec(address);
  return m ? m[1] : '(unknown host)';
}
