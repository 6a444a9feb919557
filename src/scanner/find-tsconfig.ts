import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The nearest tsconfig.json at or above `start` (a file or directory), as tsc and editors find it. */
export function findNearestTsconfig(start: string): string | undefined {
  let dir = resolve(start);
  if (existsSync(dir) && !statSync(dir).isDirectory()) dir = dirname(dir);
  for (;;) {
    const candidate = join(dir, 'tsconfig.json');
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
