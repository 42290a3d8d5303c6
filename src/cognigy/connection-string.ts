/**
 * Checks a MongoDB connection string without ever putting any part of it into a message: the
 * problems name what is wrong and what was expected (profile facts), never what was found.
 */

/** The parts of a `mongodb://` / `mongodb+srv://` URL that k2h checks. */
export interface MongoUrlParts {
  scheme: 'mongodb' | 'mongodb+srv';
  user: string;
  password: string;
  hosts: string[];
  database: string;
  /** The query string without `?` (may be empty). */
  options: string;
}

/**
 * Parses a MongoDB URL by hand: `new URL()` rejects the comma-separated host lists that replica
 * sets use. The credentials end at the *last* `@`, so an unescaped `@` in a password still parses
 * (drivers tolerate that too).
 *
 * @returns the parts, or a problem text that contains nothing from the input.
 */
export function parseMongoUrl(url: string): { parts?: MongoUrlParts; problem?: string } {
  const m = /^(mongodb(?:\+srv)?):\/\//.exec(url);
  if (!m) return { problem: 'is not a mongodb:// or mongodb+srv:// URL' };
  const scheme = m[1] as MongoUrlParts['scheme'];
  const rest = url.slice(m[0].length);
  const at = rest.lastIndexOf('@');
  if (at < 0) return { problem: 'has no credentials (user:password@)' };
  const userInfo = rest.slice(0, at);
  const afterAt = rest.slice(at + 1);
  const colon = userInfo.indexOf(':');
  if (colon < 0) return { problem: 'has no password (user:password@)' };
  let user: string;
  let password: string;
  try {
    user = decodeURIComponent(userInfo.slice(0, colon));
    password = decodeURIComponent(userInfo.slice(colon + 1));
  } catch {
    return { problem: 'has credentials that are not valid percent-encoding' };
  }
  const slash = afterAt.search(/[/?]/);
  const hostPart = slash < 0 ? afterAt : afterAt.slice(0, slash);
  let tail = slash < 0 ? '' : afterAt.slice(slash);
  let database = '';
  if (tail.startsWith('/')) {
    const q = tail.indexOf('?');
    const path = q < 0 ? tail.slice(1) : tail.slice(1, q);
    tail = q < 0 ? '' : tail.slice(q);
    try {
      database = decodeURIComponent(path);
    } catch {
      return { problem: 'has a database name that is not valid percent-encoding' };
    }
  }
  const options = tail.startsWith('?') ? tail.slice(1) : '';
  const hosts = hostPart.split(',');
  if (hostPart === '' || hosts.some((h) => !isHost(h)))
    return { problem: 'has an empty or malformed host list' };
  if (scheme === 'mongodb+srv' && (hosts.length !== 1 || hosts[0].includes(':'))) {
    return { problem: 'is a mongodb+srv:// URL with more than one host or a port' };
  }
  return { parts: { scheme, user, password, hosts, database, options } };
}

function isHost(h: string): boolean {
  const m = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+)(?::(\d{1,5}))?$/.exec(h);
  if (!m) return false;
  return m[2] === undefined || (Number(m[2]) >= 1 && Number(m[2]) <= 65535);
}

/**
 * The problems of a Cognigy service connection string: it must name the expected user and
 * database (both are the secret name without `cognigy-`) and carry a password.
 *
 * @returns problem texts (empty when fine); none contains anything from `url`.
 */
export function checkServiceConnectionString(
  url: string,
  expected: { user: string; database: string },
): string[] {
  if (url.trim() === '') return ['is empty'];
  const problems: string[] = [];
  if (/[\r\n]$/.test(url)) {
    // The classic `echo ... | base64` without -n: the driver would see a database name ending in \n.
    problems.push('ends with a newline (was it encoded with `echo` instead of `echo -n`?)');
    url = url.replace(/[\r\n]+$/, '');
  }
  if (/\s/.test(url)) problems.push('contains whitespace');
  const { parts, problem } = parseMongoUrl(url);
  if (!parts) return [...problems, problem as string];
  if (parts.user !== expected.user) problems.push(`does not use the MongoDB user "${expected.user}"`);
  if (parts.password === '') problems.push('has an empty password');
  if (parts.database !== expected.database)
    problems.push(`does not name the database "${expected.database}"`);
  return problems;
}
