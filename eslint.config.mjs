import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', 'coverage/**', 'build/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.mjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  // Which way the imports run (ARCHITECTURE.md): front doors -> phases -> mechanisms -> core.
  ...layer(
    ['src/core/**'],
    ['phases', 'steps', 'record', 'kube', 'mongo', 'helm', 'cognigy', 'front-doors', 'rehearsal', 'sandbox'],
    'core is the foundation: it imports nothing of the product',
  ),
  ...layer(
    ['src/tools/**'],
    ['phases', 'steps', 'record', 'kube', 'mongo', 'helm', 'cognigy', 'front-doors', 'rehearsal', 'sandbox'],
    'tools/ (fetching pinned binaries) is a mechanism of its own: it imports nothing of the product',
  ),
  ...layer(
    ['src/kube/**', 'src/mongo/**', 'src/helm/**'],
    ['phases', 'cognigy', 'record', 'steps', 'front-doors', 'rehearsal', 'sandbox'],
    'kube/, mongo/ and helm/ are generic mechanisms: they know neither the phases nor Cognigy',
  ),
  ...layer(
    ['src/steps/**', 'src/record/**', 'src/cognigy/**'],
    ['phases', 'front-doors', 'rehearsal', 'sandbox'],
    'mechanisms never import a phase, a front door or the sandbox',
  ),
  ...layer(
    ['src/phases/**'],
    ['front-doors', 'rehearsal', 'sandbox'],
    'phases never import a front door, the rehearsal or the sandbox',
  ),
  ...layer(
    ['src/front-doors/**'],
    ['sandbox'],
    'only the rehearsal and the sandbox command may start the sandbox',
    ['src/front-doors/sandbox-command.ts'],
  ),
  ...layer(
    ['src/sandbox/**'],
    ['phases', 'steps', 'front-doors', 'rehearsal', 'kube', 'mongo', 'record', 'cognigy', 'helm', 'core'],
    'the sandbox is a Kubernetes, not a k2h: it imports nothing of the product',
  ),
);

/** A rule that files in `files` import none of the rooms in `forbidden` (and never @actions/core unless a front door). */
function layer(files, forbidden, message, ignores = []) {
  const patterns = [{ group: forbidden.flatMap((r) => [`**/${r}`, `**/${r}/**`]), message }];
  if (!files.some((f) => f.startsWith('src/front-doors')))
    patterns.push({
      group: ['@actions/core'],
      message: 'core code gets a Logger, never @actions/core',
    });
  return [{ files, ignores, rules: { 'no-restricted-imports': ['error', { patterns }] } }];
}
