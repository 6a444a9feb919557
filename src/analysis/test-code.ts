import { isAbsolute, relative, sep } from 'node:path';

// `x.test.ts`, `x.spec.tsx`, `x.e2e.ts`, `x.cy.js`; and whatever sits in a tests folder.
const TEST_FILE_NAME = /\.(?:test|spec|e2e|cy)\.[cm]?[jt]sx?$/;
const TEST_FOLDER = /(?:^|\/)(?:__tests__|__mocks__|tests?|specs?|e2e|cypress|playwright)\//;

/**
 * Whether a file is test code, by the names test runners look for: it handles test data, and its
 * errors reach the runner, never a client. Folders count only below `root` (the manifest's
 * directory), so a checkout that itself sits in a `test` folder is not all tests.
 */
export function isTestFile(root: string, fileName: string): boolean {
  if (TEST_FILE_NAME.test(fileName)) return true;
  const path = relative(root, fileName);
  if (path.startsWith('..') || isAbsolute(path)) return false;
  return TEST_FOLDER.test(path.split(sep).join('/'));
}
