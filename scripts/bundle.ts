/**
 * Bundles the two entries into dist/: src/main.ts → dist/main (the action) and src/cli.ts →
 * dist/cli (the `k2h` bin). esbuild, not ncc: it tree-shakes ES modules (the action loads only the
 * parts of @kubernetes/client-node it uses: ~1 MB instead of ncc's 15.9 MB chunk) and minifies
 * every chunk, dynamic-import chunks included, which is most of a phase's start-up time.
 *
 * Output: ES modules with code splitting (the sandbox, the MongoDB driver and the rehearsal load
 * only when a command needs them), minified, no source maps, and licenses.txt naming every bundled
 * package with its licence text. Deterministic: the same sources give the same bytes.
 *
 * Run: npm run build (which runs this after the generators and the type check). A scratch build
 * for benchmarks goes elsewhere with `tsx scripts/bundle.ts --out DIR` (DIR/main, DIR/cli); `--meta`
 * also writes esbuild's metafile (meta.json: which module went into which chunk) beside each.
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile, type Plugin } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * CommonJS dependencies inside an ES module bundle call `require`, `__filename` and `__dirname`;
 * each chunk gets its own, from its own URL. `define` points the free references at these names so
 * a bundled module's own top-level `require`/`__dirname` never collides with them.
 */
const BANNER = [
  "import { createRequire as __k2hCreateRequire } from 'node:module';",
  "import { fileURLToPath as __k2hFileURLToPath } from 'node:url';",
  "import { dirname as __k2hDirname } from 'node:path';",
  'const require = __k2hCreateRequire(import.meta.url);',
  'const __k2h_filename = __k2hFileURLToPath(import.meta.url);',
  'const __k2h_dirname = __k2hDirname(__k2h_filename);',
].join('\n');

/**
 * @actions/core imports @actions/http-client (its only use: OIDC tokens, `getIDToken`), which loads
 * undici, tunnel and node's http/https/tls stack at start: 0.4 MB and ~20 ms of every action
 * start, for a request k2h never makes. The bundle gets stand-ins that fail loudly if used.
 */
const UNUSED = /^(undici|@actions\/http-client|@actions\/http-client\/lib\/auth)$/;
const STUB = (what: string) =>
  `(() => { throw new Error('k2h bundles no ${what}: @actions/core OIDC tokens (getIDToken) are not used by k2h'); })()`;

/**
 * The MongoDB driver's optional AWS authentication (`MONGODB-AWS`) requires
 * @aws-sdk/credential-providers when it is installed; here it is only because mongosh (a test
 * tool) brought it into node_modules. k2h talks to the chart's MongoDB with SCRAM: the bundle
 * leaves it out (~0.3 MB of AWS SDK), and the driver reports it missing as it does anywhere the
 * optional module is not installed.
 */
const OPTIONAL_ABSENT = /^@aws-sdk\/credential-providers$/;

/**
 * whatwg-url is a pure-JS implementation of the WHATWG URL standard (with tr46's Unicode tables:
 * ~0.5 MB of object literals evaluated at load) for platforms without one. node-fetch 2 loads it
 * only as a fallback for a missing `url.URL`, and mongodb-connection-string-url subclasses its
 * URL; Node's own `URL`/`URLSearchParams` implement the same standard, so the bundle uses them.
 * Saves ~100 ms of compile and evaluation in every phase that talks to Kubernetes or MongoDB.
 */
const PLATFORM_URL = /^whatwg-url$/;

/**
 * client-node loads socks-proxy-agent (with socks and ip-address, ~70 KB evaluated) at start, for
 * kubeconfigs whose cluster has a `socks5://` proxy-url. The bundle gives client-node a stand-in
 * that loads the real agent when one is made, so the other clusters never pay for it.
 */
const LAZY_AGENT = /^socks-proxy-agent$/;

/**
 * client-node's generic object API (object.js) serializes every request body through the generated
 * models of all built-in kinds (~0.33 MB compiled and evaluated by every process before its first
 * request, and a model round trip that drops fields the models do not know). k2h sends and reads
 * plain JSON: object.js gets src/kube/plain-serializer.ts instead (see there).
 */
const OBJECT_API = /[\\/]@kubernetes[\\/]client-node[\\/]dist[\\/]object\.js$/;
const PLAIN_SERIALIZER = 'src/kube/plain-serializer.ts';
/**
 * The same models are re-exported by client-node's gen/index.js, which config.js imports for its
 * request configuration. They are plain classes, but their static fields look like side effects
 * to esbuild, so it kept all of them; marked free of side effects, the unused ones are left out.
 */
const CLIENT_GEN = /[\\/]@kubernetes[\\/]client-node[\\/]dist[\\/]gen[\\/]/;
const CLIENT_MODELS = /[\\/]@kubernetes[\\/]client-node[\\/]dist[\\/]gen[\\/]models[\\/][^\\/]+\.js$/;

/**
 * @actions/core imports node's crypto (file-command.js: one randomUUID per output it writes) and
 * @actions/exec (platform.js: `sw_vers`/`lsb_release` for its platform details, which k2h never
 * asks for) at start: node:crypto with its ciphers and child_process loaded by every action start,
 * the one that refuses a bad input included. The bundle gives file-command the Web Crypto
 * global's randomUUID (the same RFC 4122 v4 UUIDs) and platform a @actions/exec loaded on use.
 */
const CORE_FILE_COMMAND = /[\\/]@actions[\\/]core[\\/]lib[\\/]file-command\.js$/;
const CORE_PLATFORM = /[\\/]@actions[\\/]core[\\/]lib[\\/]platform\.js$/;

const withoutUnused: Plugin = {
  name: 'k2h-without-unused',
  setup(b) {
    b.onResolve({ filter: UNUSED }, (a) => ({ path: a.path, namespace: 'k2h-stub' }));
    b.onLoad({ filter: /.*/, namespace: 'k2h-stub' }, (a) => ({
      contents: ['ProxyAgent', 'HttpClient', 'BearerCredentialHandler']
        .map((n) => `export class ${n} { constructor() { ${STUB(a.path)}; } }`)
        .join('\n'),
      loader: 'js',
    }));
    b.onResolve({ filter: OPTIONAL_ABSENT }, (a) => ({ path: a.path, namespace: 'k2h-absent' }));
    b.onLoad({ filter: /.*/, namespace: 'k2h-absent' }, (a) => ({
      contents: `throw Object.assign(new Error(${JSON.stringify(`Cannot find module '${a.path}' (not bundled with k2h)`)}), { code: 'MODULE_NOT_FOUND' });`,
      loader: 'js',
    }));
    b.onResolve({ filter: LAZY_AGENT }, async (a) => {
      if (a.pluginData === 'k2h-real') return undefined;
      const real = await b.resolve(a.path, {
        resolveDir: a.resolveDir,
        kind: a.kind,
        pluginData: 'k2h-real',
      });
      // The path is kept relative to the repository: esbuild hashes a plugin module's path into
      // the chunk names, and an absolute one would make dist/ differ from one checkout to another.
      return real.errors.length
        ? undefined
        : { path: relative(root, real.path), namespace: 'k2h-lazy-agent' };
    });
    b.onLoad({ filter: /.*/, namespace: 'k2h-lazy-agent' }, (a) => {
      const real = resolve(root, a.path);
      return {
        contents: [
          'export class SocksProxyAgent {',
          '  constructor(...args) {',
          `    const { SocksProxyAgent: Agent } = require(${JSON.stringify(real)});`,
          '    return new Agent(...args);',
          '  }',
          '}',
        ].join('\n'),
        loader: 'js',
        resolveDir: dirname(real),
      };
    });
    b.onResolve({ filter: /^\.\/serializer\.js$/ }, (a) =>
      OBJECT_API.test(a.importer) ? { path: resolve(root, PLAIN_SERIALIZER) } : undefined,
    );
    b.onResolve({ filter: /^\.\.?\/.*\.js$/ }, async (a) => {
      if (!CLIENT_GEN.test(a.importer) || a.pluginData === 'k2h-real') return undefined;
      const real = await b.resolve(a.path, {
        importer: a.importer,
        resolveDir: a.resolveDir,
        kind: a.kind,
        pluginData: 'k2h-real',
      });
      return !real.errors.length && CLIENT_MODELS.test(real.path)
        ? { path: real.path, sideEffects: false }
        : undefined;
    });
    b.onResolve({ filter: /^crypto$/ }, (a) =>
      CORE_FILE_COMMAND.test(a.importer) ? { path: 'crypto', namespace: 'k2h-web-crypto' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'k2h-web-crypto' }, () => ({
      contents: 'export const randomUUID = () => globalThis.crypto.randomUUID();\n',
      loader: 'js',
    }));
    b.onResolve({ filter: /^@actions\/exec$/ }, (a) =>
      CORE_PLATFORM.test(a.importer) && a.pluginData !== 'k2h-real'
        ? { path: '@actions/exec', namespace: 'k2h-lazy-exec', pluginData: a.resolveDir }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'k2h-lazy-exec' }, () => ({
      contents: [
        'export const getExecOutput = async (...args) =>',
        "  (await import('@actions/exec')).getExecOutput(...args);",
        "export const exec = async (...args) => (await import('@actions/exec')).exec(...args);",
      ].join('\n'),
      loader: 'js',
      resolveDir: join(root, 'node_modules', '@actions', 'core', 'lib'),
      pluginData: 'k2h-real',
    }));
    b.onResolve({ filter: PLATFORM_URL }, (a) => ({ path: a.path, namespace: 'k2h-platform-url' }));
    b.onLoad({ filter: /.*/, namespace: 'k2h-platform-url' }, () => ({
      contents:
        'export const URL = globalThis.URL;\nexport const URLSearchParams = globalThis.URLSearchParams;\n',
      loader: 'js',
    }));
  },
};

const MONGO_WORKER = 'src/phases/downtime/mongo-worker.ts';

/** What both builds of a bundle share. */
const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'node',
  // GitHub runs actions on node24; the CLI runs on Node >= 20.19 (package.json engines).
  target: 'node20',
  minify: !process.argv.includes('--no-minify'),
  sourcemap: false,
  legalComments: 'none',
  banner: { js: BANNER },
  define: { __filename: '__k2h_filename', __dirname: '__k2h_dirname' },
  metafile: true,
  plugins: [withoutUnused],
  logLevel: 'warning',
} as const;

async function bundle(entry: string, outdir: string): Promise<Metafile> {
  rmSync(resolve(root, outdir), { recursive: true, force: true });
  const result = await build({
    ...common,
    entryPoints: { index: entry },
    outdir,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  });
  // The downtime's MongoDB part runs in a worker thread of its own (src/phases/downtime/mongo-remote.ts
  // finds this file beside the bundle): one file with all it needs. Sharing chunks with the entry
  // split the entry's code into more files (each ES module file costs every process's start) and
  // had the worker resolve and load ~18 files before its first line.
  const worker = await build({
    ...common,
    entryPoints: { 'mongo-worker': MONGO_WORKER },
    outdir,
    splitting: false,
  });
  const outputs = { ...result.metafile.outputs, ...worker.metafile.outputs };
  for (const file of Object.keys(outputs))
    if (file.endsWith('.js'))
      writeFileSync(resolve(root, file), trimBanner(readFileSync(resolve(root, file), 'utf8')));
  const meta: Metafile = { inputs: { ...result.metafile.inputs, ...worker.metafile.inputs }, outputs };
  writeFileSync(resolve(root, outdir, 'package.json'), '{\n  "type": "module"\n}\n');
  writeFileSync(resolve(root, outdir, 'licenses.txt'), licenses(meta));
  if (process.argv.includes('--meta'))
    writeFileSync(resolve(root, outdir, 'meta.json'), JSON.stringify(meta));
  return meta;
}

/**
 * The banner's lines a chunk does not use, left out: most chunks are k2h's own ES modules and
 * need none of them, and each `createRequire`/`fileURLToPath` is start-up time of every process.
 */
function trimBanner(code: string): string {
  const shebang = /^#![^\n]*\n/.exec(code)?.[0] ?? '';
  if (!code.startsWith(BANNER, shebang.length))
    throw new Error('bundle: a chunk does not start with the banner');
  const body = code.slice(shebang.length + BANNER.length);
  const usesRequire = /\brequire\b/.test(body);
  const usesDirname = body.includes('__k2h_dirname');
  const usesFilename = usesDirname || body.includes('__k2h_filename');
  const keep = BANNER.split('\n').filter((line) => {
    if (line.includes('__k2hCreateRequire')) return usesRequire;
    if (line.includes('__k2hFileURLToPath')) return usesFilename;
    if (line.includes('__k2hDirname')) return usesDirname;
    return true;
  });
  return shebang + (keep.length ? `${keep.join('\n')}${body}` : body.replace(/^\n/, ''));
}

/** Every bundled package (name from its package.json), its licence and the text of its LICENSE file. */
function licenses(meta: Metafile): string {
  const dirs = new Set<string>();
  for (const out of Object.values(meta.outputs))
    for (const input of Object.keys(out.inputs)) {
      // The plugins' own modules (namespace:path) are k2h's, not a package's.
      if (/^[a-z0-9-]+:/.test(input)) continue;
      const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (m) dirs.add(m[1]);
    }
  const entries = new Map<string, string>();
  for (const dir of dirs) {
    const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as {
      name: string;
      version: string;
      license?: string | { type: string };
    };
    const id = `${pkg.name}@${pkg.version}`;
    if (entries.has(id)) continue;
    const file = readdirSync(join(root, dir)).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = file
      ? readFileSync(join(root, dir, file), 'utf8').trim()
      : '(no licence file in the package)';
    const license = typeof pkg.license === 'object' ? pkg.license.type : (pkg.license ?? 'UNKNOWN');
    entries.set(id, `${pkg.name}\n${license}\n${text}\n`);
  }
  return [...entries.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, t]) => t)
    .join('\n');
}

const outFlag = process.argv.indexOf('--out');
const outRoot = outFlag > 0 ? process.argv[outFlag + 1] : 'dist';
const sizes: string[] = [];
for (const [entry, outdir] of [
  ['src/main.ts', join(outRoot, 'main')],
  ['src/cli.ts', join(outRoot, 'cli')],
] as const) {
  const meta = await bundle(entry, outdir);
  const bytes = Object.values(meta.outputs).reduce((n, o) => n + o.bytes, 0);
  sizes.push(`${outdir} ${(bytes / 1e6).toFixed(2)} MB in ${Object.keys(meta.outputs).length} files`);
}
if (!existsSync(resolve(root, outRoot, 'cli', 'index.js')))
  throw new Error(`bundle: ${outRoot}/cli/index.js missing`);
console.log(`bundled: ${sizes.join('; ')}`);
