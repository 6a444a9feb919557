import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The installed package's root (package.json, rules/, dist/), found upwards from this module: the
 * same answer from src/ (tests), from dist/ and from the bundled ESLint plugin (dist/eslint-plugin.js),
 * whose modules all share one directory.
 */
export const PACKAGE_ROOT = findPackageRoot(__dirname);

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'rules', 'vocabulary.yaml'))) return dir;
    if (dirname(dir) === dir) throw new Error(`minimise-scan: no package root (package.json with rules/) above ${start}`);
  }
}
