// Jest runs in CommonJS mode; the ESM-only packages (@actions/*, @kubernetes/client-node and the
// ESM dependencies they pull in) are transformed to CommonJS by ts-jest.
const esmPackages = [
  '@actions',
  '@kubernetes/client-node',
  'openid-client',
  'oauth4webapi',
  'jose',
  'node-fetch',
  'data-uri-to-buffer',
  'fetch-blob',
  'formdata-polyfill',
  'hpagent',
  'isomorphic-ws',
  'jsonpath-plus',
  'stream-buffers',
  'tar-fs',
  'undici',
  // kubernetes-models (manifest validation in tests) and its ESM dependencies.
  'kubernetes-models',
  '@kubernetes-models',
  'is-cidr',
  'cidr-regex',
];
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.[cm]?[tj]s$': [
      'ts-jest',
      { tsconfig: 'tsconfig.test.json', diagnostics: { ignoreCodes: [151002] } },
    ],
  },
  transformIgnorePatterns: [`node_modules/(?!(${esmPackages.join('|')})/)`],
  // @actions/* export an "import" condition only; point jest's CommonJS resolver at the files.
  moduleNameMapper: {
    '^@actions/core$': '<rootDir>/node_modules/@actions/core/lib/core.js',
    '^@actions/exec$': '<rootDir>/node_modules/@actions/exec/lib/exec.js',
    '^@actions/io$': '<rootDir>/node_modules/@actions/io/lib/io.js',
    '^@actions/io/lib/io-util$': '<rootDir>/node_modules/@actions/io/lib/io-util.js',
    '^@actions/http-client$': '<rootDir>/node_modules/@actions/http-client/lib/index.js',
    '^@actions/http-client/lib/auth$': '<rootDir>/node_modules/@actions/http-client/lib/auth.js',
    '^@actions/http-client/lib/interfaces$': '<rootDir>/node_modules/@actions/http-client/lib/interfaces.js',
    // GitHub's own action/workflow parser (tests only) and its expression library.
    '^@actions/(workflow-parser|expressions)$': '<rootDir>/node_modules/@actions/$1/dist/index.js',
    '^@actions/(workflow-parser|expressions)/(.*)$': '<rootDir>/node_modules/@actions/$1/dist/$2.js',
    // kubernetes-models (tests only): "import"-only exports; subpaths are plain files.
    '^kubernetes-models/(.*)$': '<rootDir>/node_modules/kubernetes-models/$1.js',
    '^@kubernetes-models/(base|validate)$': '<rootDir>/node_modules/@kubernetes-models/$1/dist/index.js',
    '^@kubernetes-models/validate/runtime/(.*)$':
      '<rootDir>/node_modules/@kubernetes-models/validate/dist/runtime/$1.js',
    '^@kubernetes-models/apimachinery/(.*)$': '<rootDir>/node_modules/@kubernetes-models/apimachinery/$1.js',
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  testTimeout: 60000,
  maxWorkers: 2,
  // client-node keeps agents alive after a test's sandbox stops; do not let them hold the run open.
  forceExit: true,
};
