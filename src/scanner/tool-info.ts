import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../core/package-root';

let cached: { name: string; version: string } | undefined;

/** Name and version from the package's package.json. */
export function getToolInfo(): { name: string; version: string } {
  if (cached === undefined) {
    const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
    cached = { name: pkg.name, version: pkg.version };
  }
  return { ...cached };
}
