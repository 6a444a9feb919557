import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let cached: { name: string; version: string } | undefined;

/** Name and version from package.json; the same depth from src/ (tests) and dist/ (the build). */
export function getToolInfo(): { name: string; version: string } {
  if (cached === undefined) {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { name: string; version: string };
    cached = { name: pkg.name, version: pkg.version };
  }
  return { ...cached };
}
