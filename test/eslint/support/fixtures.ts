import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const REPO = join(__dirname, '..', '..', '..');
export const FIXTURES = join(REPO, 'fixtures');
const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

/** Fixture projects: the directories holding a minimise.yaml (as test/fixtures/fixtures.test.ts finds them). */
export function findFixtures(dir: string = FIXTURES): string[] {
  const entries = readdirSync(dir).sort();
  if (entries.includes('minimise.yaml')) return [dir];
  return entries.filter((e) => e !== 'node_modules' && statSync(join(dir, e)).isDirectory()).flatMap((e) => findFixtures(join(dir, e)));
}

export function isPending(dir: string): boolean {
  return existsSync(join(dir, 'PENDING.md'));
}

/** A fixture's source files, declaration files left out (neither the scanner nor the plugin analyses them). */
export function listSourceFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'node_modules' ? [] : listSourceFiles(path);
    return SOURCE.test(entry) && !/\.d\.[cm]?ts$/.test(entry) ? [path] : [];
  });
}

/** Every message names its category in parentheses after the label (`Aadhaar number (user.government_id.aadhaar) …`). */
export function getMessageCategory(message: string): string | undefined {
  return /\(([a-z][\w-]*(?:\.[\w-]+)+)\)/.exec(message)?.[1];
}
