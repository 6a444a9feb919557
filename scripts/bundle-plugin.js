#!/usr/bin/env node
'use strict';
// Part of `npm run build`: dist/eslint/index.js and what it requires → dist/eslint-plugin.bundle.js,
// one file. ESLint loads the plugin on every run, in every editor; as 230 modules (yaml alone is 72)
// loading took 80 ms of CPU, as one file 30 ms. TypeScript, typescript-eslint and Ajv stay outside:
// the plugin must use the copies the user's parser uses, and Ajv is only for a schema that changed
// after the build. The `minimise-scan/eslint-plugin` export, dist/eslint-plugin.js, loads that file
// with V8's code cache (src/eslint/load-bundle.ts), which scripts/cache-plugin.js then makes.
const { buildSync } = require('esbuild');
const { execFileSync } = require('node:child_process');
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const EXTERNAL = ['typescript', '@typescript-eslint/*', 'ajv', 'ajv/*', 'ts-morph'];

const options = {
  entryPoints: [join(root, 'dist', 'eslint', 'index.js')],
  outfile: join(root, 'dist', 'eslint-plugin.bundle.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: EXTERNAL,
  sourcemap: 'linked',
  legalComments: 'eof',
  logLevel: 'warning',
};

// Name every package bundled into the file, with its version and licence (their texts ship with the
// packages, which are this package's dependencies): a first pass finds them, the second writes.
const { metafile } = buildSync({ ...options, write: false, metafile: true });
const bundled = new Set();
for (const input of Object.keys(metafile.inputs)) {
  // The innermost node_modules: micromatch has its own copy of picomatch.
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (match === null) continue;
  const pkg = JSON.parse(readFileSync(join(root, match[1], 'package.json'), 'utf8'));
  bundled.add(`${pkg.name}@${pkg.version} (${pkg.license})`);
}
buildSync({ ...options, banner: { js: `/*! minimise-scan/eslint-plugin. Bundled packages: ${[...bundled].sort().join(', ')}. */` } });

// A source with any character beyond ASCII is decoded from UTF-8 the slow way on every load, and
// V8 keeps it at two bytes per character once one is beyond Latin-1. esbuild escapes such
// characters in strings but not in comments or regular expressions, so the few left are escaped
// here (`\u2026` means the same there).
const bundleFile = options.outfile;
const bundleText = readFileSync(bundleFile, 'utf8');
writeFileSync(bundleFile, bundleText.replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`));

buildSync({
  stdin: {
    contents: "module.exports = require('./eslint/load-bundle.js').loadBundle(require('node:path').join(__dirname, 'eslint-plugin.bundle.js'), require('node:path').join(__dirname, 'eslint-plugin.cache')).exports;\n",
    resolveDir: join(root, 'dist'),
    sourcefile: 'eslint-plugin-entry.js',
  },
  outfile: join(root, 'dist', 'eslint-plugin.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
});

// In a process of its own: the cache must come from the plain `node` that ESLint runs in.
execFileSync(process.execPath, [join(__dirname, 'cache-plugin.js')], { stdio: 'inherit' });
