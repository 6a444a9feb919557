import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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
    for (const name of MANIFEST_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
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
