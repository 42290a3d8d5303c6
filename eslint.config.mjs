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
  {
    files: [
      'src/phases/**',
      'src/steps/**',
      'src/kube/**',
      'src/helm/**',
      'src/mongo/**',
      'src/record/**',
      'src/cognigy/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/core'], message: 'core code gets a Logger, never @actions/core' },
            {
              group: ['**/sandbox/**', '**/runtime/github*'],
              message: 'the product never imports the sandbox or a front door',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/sandbox/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '../phases/**',
                '../steps/**',
                '../runtime/**',
                '../kube/**',
                '../record/**',
                '../cognigy/**',
                '../helm/**',
              ],
              message: 'the sandbox is a Kubernetes, not a k2h',
            },
          ],
        },
      ],
    },
  },
);
