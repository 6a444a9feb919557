import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import type { Catalogue } from '../catalogue/types';
import { ManifestError } from './manifest-error';
import { parseManifest } from './parse-manifest';
import { TRANSFORM_KINDS, type Manifest, type TransformKind } from './types';

export const MANIFEST_NAMES = ['minimise.yaml', 'minimise.yml', 'minimise.json'] as const;

/** The nearest manifest at or above `start` (a file or directory), as ESLint finds its config. */
export function findManifest(start: string): string | undefined {
  let dir = resolve(start);
  if (existsSync(dir) && !statSync(dir).isDirectory()) dir = dirname(dir);
  for (;;) {
    const here = findManifestIn(dir);
    if (here !== undefined) return here;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The manifest in the directory `dir` itself, not above it. `dir` must be normalised (from `resolve`
 * or `dirname`), so the path is built by hand: the ESLint plugin asks this for every directory of a
 * lint, and that many path.join calls made V8 compile path.join for the plugin alone.
 */
export function findManifestIn(dir: string): string | undefined {
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  for (let i = 0; i < MANIFEST_NAMES.length; i++) {
    const candidate = prefix + MANIFEST_NAMES[i];
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

export function loadManifest(file: string, builtin: Catalogue): Manifest {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code ?? 'unreadable';
    throw new ManifestError([{ file, message: `cannot read the manifest: ${why}` }]);
  }
  // Problems name the file as the user gave it; the manifest records its absolute path (types.ts).
  return { ...parseManifest(text, file, dirname(path), builtin), file: path };
}

/** The policy used when no manifest exists: no purpose, so every flow is undeclared. */
export function getEmptyManifest(dir: string, builtin: Catalogue): Manifest {
  return {
    dir: resolve(dir),
    purposes: [],
    vaultPaths: [],
    transforms: Object.fromEntries(TRANSFORM_KINDS.map((kind) => [kind, []])) as unknown as Record<TransformKind, string[]>,
    categories: {},
    ignore: [],
    catalogue: builtin,
  };
}

/** `--manifest` when given, else discovery from `start`, else the empty manifest. */
export function resolveManifest(start: string, builtin: Catalogue, explicit?: string): Manifest {
  if (explicit !== undefined) return loadManifest(explicit, builtin);
  const found = findManifest(start);
  if (found === undefined) {
    const dir = existsSync(start) && !statSync(start).isDirectory() ? dirname(start) : start;
    return getEmptyManifest(dir, builtin);
  }
  return loadManifest(found, builtin);
}
