import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { dirname } from 'node:path';
import { runInThisContext, Script } from 'node:vm';

/**
 * Whether the bundle ran from V8's code cache: `accepted`; `rejected` by V8 (another Node version, or
 * V8 flags such as `--max-old-space-size`); `stale` (the cache was made for another bundle); `none` (no cache file); `unused`
 * (loaded inside a vm context, such as a test runner's sandbox, where it is required as usual).
 */
export type CodeCacheState = 'accepted' | 'rejected' | 'stale' | 'none' | 'unused';

export interface LoadedBundle {
  exports: unknown;
  cache: CodeCacheState;
  /** The compiled bundle, from which `npm run build` makes the cache after a lint (scripts/cache-plugin.js). */
  script?: Script;
}

/**
 * The cache file starts with the MD5 of the bundle it was made from, in hex: V8 itself checks only
 * the source's length. MD5 tells a changed bundle from the built one (nothing here is a secret),
 * at under half the cost of SHA-256 on a file read on every ESLint start.
 */
export const HASH_LENGTH = 32;

/**
 * Loads the plugin's bundle as a CommonJS module, with V8's bytecode for its functions from the
 * code cache that `npm run build` made after linting the demo app. ESLint loads the plugin in a
 * fresh process on every run, and compiling the functions a lint calls was a tenth of what the
 * plugin added to a lint of the benchmark's corpus.
 */
export function loadBundle(bundle: string, cacheFile: string | undefined): LoadedBundle {
  // In another realm (a vm sandbox), the bundle's objects would come from this process's main context.
  if (runInThisContext('Array') !== Array) return { exports: require(bundle), cache: 'unused' };
  const bytes = readFileSync(bundle);
  // The build writes the bundle in ASCII (scripts/bundle-plugin.js), so V8 keeps it as one byte per character.
  const source = bytes.toString('utf8');
  const { cachedData, cache } = readCache(cacheFile, bytes);
  const script = new Script(wrap(source), { filename: bundle, cachedData });
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return { exports: module.exports, cache: cachedData !== undefined && script.cachedDataRejected === true ? 'rejected' : cache, script };
}

/** The cache, with the hash of the bundle it belongs to in front (see loadBundle). */
export function createCacheFile(script: Script, bundleBytes: Buffer): Buffer {
  const hash = getBundleHash(bundleBytes);
  if (hash === undefined) throw new Error('minimise-scan: this Node cannot hash with MD5, so it cannot make the code cache');
  return Buffer.concat([Buffer.from(hash, 'latin1'), script.createCachedData()]);
}

function readCache(cacheFile: string | undefined, bundleBytes: Buffer): { cachedData?: Buffer; cache: CodeCacheState } {
  if (cacheFile === undefined || !existsSync(cacheFile)) return { cache: 'none' };
  const hash = getBundleHash(bundleBytes);
  if (hash === undefined) return { cache: 'none' };
  const file = readFileSync(cacheFile);
  if (file.subarray(0, HASH_LENGTH).toString('latin1') !== hash) return { cache: 'stale' };
  return { cachedData: file.subarray(HASH_LENGTH), cache: 'accepted' };
}

/** Undefined where the Node forbids MD5 (FIPS mode): the bundle then compiles as usual. */
function getBundleHash(bundleBytes: Buffer): string | undefined {
  try {
    return createHash('md5').update(bundleBytes).digest('hex');
  } catch {
    return undefined;
  }
}
