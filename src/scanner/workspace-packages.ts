import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { WorkspacePackage } from '../analysis/scope';

/**
 * The packages that hold the scanned files, by name: a monorepo's `apps/web` imports
 * `@acme/db` or `@acme/lib/mail` from its `packages/` folder, and the analysis follows those
 * imports into the files as it follows relative ones. Read from the nearest package.json above
 * each file's folder; the scanned code is never run or resolved through node_modules.
 */
export function findWorkspacePackages(fileNames: readonly string[]): Map<string, WorkspacePackage> {
  const packages = new Map<string, WorkspacePackage>();
  const seenDirs = new Set<string>();
  for (const fileName of fileNames) {
    for (let dir = dirname(fileName); !seenDirs.has(dir); dir = dirname(dir)) {
      seenDirs.add(dir);
      const found = readPackage(dir);
      if (found !== undefined) {
        if (!packages.has(found.name)) packages.set(found.name, found.workspace);
        break;
      }
      if (dirname(dir) === dir) break;
    }
  }
  return packages;
}

function readPackage(dir: string): { name: string; workspace: WorkspacePackage } | undefined {
  let manifest: { name?: unknown; main?: unknown; types?: unknown; module?: unknown; exports?: unknown };
  try {
    manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as typeof manifest;
  } catch {
    return undefined;
  }
  if (typeof manifest.name !== 'string' || manifest.name === '') return undefined;
  const entries = [getRootExport(manifest.exports), manifest.types, manifest.module, manifest.main].filter((entry): entry is string => typeof entry === 'string');
  return { name: manifest.name, workspace: { dir, entries: entries.map((entry) => join(dir, entry)) } };
}

/** `"exports": "./index.ts"`, or its `"."` entry's first string condition. */
function getRootExport(exports: unknown): string | undefined {
  if (typeof exports === 'string') return exports;
  if (exports === null || typeof exports !== 'object') return undefined;
  const root = (exports as Record<string, unknown>)['.'];
  if (typeof root === 'string') return root;
  if (root === null || typeof root !== 'object') return undefined;
  const conditions = root as Record<string, unknown>;
  return [conditions.types, conditions.import, conditions.require, conditions.default].find((value): value is string => typeof value === 'string');
}
