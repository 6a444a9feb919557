import { cpSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type MainIo } from '../../../src/cli/main';

export const REPO = join(__dirname, '..', '..', '..');
export const DEMO = join(REPO, 'fixtures', 'demo-kyc-app');
export const NOT_A_TTY: NonNullable<MainIo['terminal']> = { isStdoutTty: false, isStderrTty: false, env: {} };

/** The CLI in process: the same code as the binary, without paying for a Node start and ts-morph per call. */
export function runMain(argv: string[], cwd: string, terminal: MainIo['terminal'] = NOT_A_TTY) {
  let stdout = '';
  let stderr = '';
  const code = main(argv, { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), terminal });
  return { code, stdout, stderr };
}

const copies: string[] = [];

afterAll(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A private copy of the demo app outside the repository (no manifest or tsconfig of the repo above it). */
export function copyDemo(options: { withManifest: boolean } = { withManifest: true }): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'minimise-demo-')));
  copies.push(dir);
  cpSync(DEMO, dir, { recursive: true, filter: (source) => options.withManifest || !source.endsWith('minimise.yaml') });
  return dir;
}
