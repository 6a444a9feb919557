// eslint.config.js: minimise-scan in the editor and in `npx eslint` (ESLint 9 or 10, flat config).
// ES module syntax: in a package without "type": "module", name this file eslint.config.mjs.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import minimise from 'minimise-scan/eslint-plugin';

export default [
  {
    // TypeScript through typescript-eslint's parser; .js, .mjs and .cjs keep ESLint's own parser.
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
    languageOptions: {
      parser: tsParser,
      parserOptions: { projectService: true, tsconfigRootDir: dirname(fileURLToPath(import.meta.url)) },
    },
  },

  // Every rule a single file can decide, at its SPEC default level; with the project service the
  // rules also see personal data inside typed objects (`logger.info(customer)`).
  // Without type information use minimise.configs.recommended; to fail on warnings too, .strict.
  minimise.configs['recommended-type-checked'],

  {
    settings: {
      // Optional. Without it, each file uses the nearest minimise.yaml above it, as the CLI does.
      minimise: { manifest: 'minimise.yaml' },
    },
  },
];
