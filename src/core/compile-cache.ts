/**
 * V8's code cache on disk (Node ≥ 22.1: `module.enableCompileCache`), kept with k2h's other
 * downloads in `$XDG_CACHE_HOME/k2h` or `~/.cache/k2h` (NODE_COMPILE_CACHE names another
 * directory; NODE_DISABLE_COMPILE_CACHE turns it off). A pipeline
 * runs one k2h process per phase: with the cache, the second process on the machine skips
 * compiling the Kubernetes client and the MongoDB driver the first one compiled. Called first
 * thing by the entries; the modules they load from then on (every phase, the clients) are
 * cached. A no-op on Node 20, and never an error: a cache that cannot be written is skipped.
 */
import module from 'node:module';
import { join } from 'node:path';
import { userCacheDir } from '../tools/cache-dir';

export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): void {
  try {
    (module as unknown as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache?.(
      env.NODE_COMPILE_CACHE || join(userCacheDir(env), 'node-compile-cache'),
    );
  } catch {
    /* no cache: the processes compile as they would without one */
  }
}
