import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HASH_LENGTH, loadBundle } from '../../src/eslint/load-bundle';
import { REPO } from './support/fixtures';

// How the plugin's bundle is loaded with V8's code cache (src/eslint/load-bundle.ts). The cache only
// works in a plain Node process, which is where ESLint runs: each case runs in one of its own, with
// the built loader.
const LOADER = join(REPO, 'dist', 'eslint', 'load-bundle.js');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'minimise-bundle-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A module whose export says which source it was compiled from. */
const writeModule = (name: string, word: string) => {
  const file = join(dir, name);
  writeFileSync(file, `module.exports = { word: ${JSON.stringify(word)}, twice: (x) => x * 2 };\n`);
  return file;
};

/** Loads `bundle` (with `cache`) in a fresh Node; the cache state and what the module exports. */
const loadInNode = (bundle: string, cache: string | undefined): { cache: string; word: string; twice: number } =>
  JSON.parse(
    execFileSync(process.execPath, ['-e', `const { loadBundle } = require(${JSON.stringify(LOADER)}); const loaded = loadBundle(${JSON.stringify(bundle)}, ${JSON.stringify(cache)}); console.log(JSON.stringify({ cache: loaded.cache, word: loaded.exports.word, twice: loaded.exports.twice(21) }));`], { encoding: 'utf8' }),
  );

/** Loads `bundle` once, runs its function, and writes the cache file for it, as scripts/cache-plugin.js does. */
const makeCache = (bundle: string, cache: string) => {
  execFileSync(process.execPath, ['-e', `const fs = require('fs'); const { loadBundle, createCacheFile } = require(${JSON.stringify(LOADER)}); const loaded = loadBundle(${JSON.stringify(bundle)}, undefined); loaded.exports.twice(1); fs.writeFileSync(${JSON.stringify(cache)}, createCacheFile(loaded.script, fs.readFileSync(${JSON.stringify(bundle)})));`]);
};

it('runs a bundle from the code cache made for it', () => {
  const bundle = writeModule('bundle.js', 'AAAA');
  const cache = join(dir, 'bundle.cache');
  expect(loadInNode(bundle, cache)).toEqual({ cache: 'none', word: 'AAAA', twice: 42 });
  makeCache(bundle, cache);
  expect(loadInNode(bundle, cache)).toEqual({ cache: 'accepted', word: 'AAAA', twice: 42 });
});

it('ignores a cache made for another bundle, even of the same length (V8 checks only the length)', () => {
  const old = writeModule('old.js', 'AAAA');
  const cache = join(dir, 'bundle.cache');
  makeCache(old, cache);
  const bundle = writeModule('bundle.js', 'BBBB');
  expect(loadInNode(bundle, cache)).toEqual({ cache: 'stale', word: 'BBBB', twice: 42 });
});

it('compiles as usual when V8 rejects the cache', () => {
  const bundle = writeModule('bundle.js', 'AAAA');
  const cache = join(dir, 'bundle.cache');
  makeCache(bundle, cache);
  // The right bundle's hash in front of data that is not a code cache.
  writeFileSync(cache, Buffer.concat([readFileSync(cache).subarray(0, HASH_LENGTH), Buffer.alloc(4096, 7)]));
  expect(loadInNode(bundle, cache)).toEqual({ cache: 'rejected', word: 'AAAA', twice: 42 });
});

it('requires the bundle as usual inside a vm sandbox (a test runner), where the cache would load it into another realm', () => {
  const bundle = writeModule('bundle.js', 'AAAA');
  const loaded = loadBundle(bundle, join(dir, 'none.cache'));
  expect(loaded.cache).toBe('unused');
  expect((loaded.exports as { twice: (x: number) => number }).twice(21)).toBe(42);
});

it('loads the built plugin from the cache `npm run build` made', () => {
  const dist = join(REPO, 'dist');
  const state = execFileSync(process.execPath, ['-e', `const { loadBundle } = require(${JSON.stringify(LOADER)}); const loaded = loadBundle(${JSON.stringify(join(dist, 'eslint-plugin.bundle.js'))}, ${JSON.stringify(join(dist, 'eslint-plugin.cache'))}); console.log(loaded.cache, Object.keys(loaded.exports.rules).length)`], { encoding: 'utf8' });
  expect(state.trim()).toBe('accepted 7');
});

it('builds the bundle in ASCII, which loads without slow UTF-8 decoding (scripts/bundle-plugin.js escapes the rest)', () => {
  const text = readFileSync(join(REPO, 'dist', 'eslint-plugin.bundle.js'), 'latin1');
  expect(text.match(/[^\x00-\x7f]/g) ?? []).toEqual([]);
});
