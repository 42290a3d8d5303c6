/** Where k2h keeps what it may reuse between runs (its own module: the entries import it at start). */
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The user cache for k2h's downloads: `$XDG_CACHE_HOME/k2h`, else `~/.cache/k2h`. */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'k2h');
  return join(env.HOME || homedir(), '.cache', 'k2h');
}
