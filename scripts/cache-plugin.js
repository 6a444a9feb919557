#!/usr/bin/env node
'use strict';
// Part of `npm run build`, after bundle-plugin.js: lints the demo app with the plugin's bundle once,
// then writes V8's code cache of every function that lint compiled → dist/eslint-plugin.cache, which
// dist/eslint-plugin.js hands to V8 when ESLint loads the plugin (src/eslint/load-bundle.ts). Made
// by the Node that builds: another Node version rejects it, and the plugin then compiles as usual.
const { readdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { createCacheFile, loadBundle } = require('../dist/eslint/load-bundle');

const root = join(__dirname, '..');
const bundle = join(root, 'dist', 'eslint-plugin.bundle.js');
const cacheFile = join(root, 'dist', 'eslint-plugin.cache');
rmSync(cacheFile, { force: true });

const { exports: minimise, script } = loadBundle(bundle, undefined);
const { Linter } = require('eslint');
const tsParser = require('@typescript-eslint/parser');

const demo = join(root, 'fixtures', 'demo-kyc-app');
const files = [];
(function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (/\.(ts|tsx|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(path);
  }
})(join(demo, 'src'));

const linter = new Linter({ configType: 'flat', cwd: demo });
const config = [{ files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tsParser } }, minimise.configs.recommended];
let messages = 0;
for (const file of files.sort()) messages += linter.verify(readFileSync(file, 'utf8'), config, file).length;
if (messages === 0) throw new Error(`cache-plugin: the plugin reported nothing on ${demo}: the cache would hold none of the analysis`);
writeFileSync(cacheFile, createCacheFile(script, readFileSync(bundle)));
