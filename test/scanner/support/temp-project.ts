import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const created: string[] = [];

// Every test file that makes projects removes them when it ends.
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * Writes a small project into a fresh temporary directory and returns its real path. Outside the
 * repository on purpose: no tsconfig.json or minimise.yaml of this repo is found above it.
 */
export function makeProject(files: Readonly<Record<string, string>>): string {
  // realpath: on macOS the temporary directory is a symbolic link, and paths are compared as text.
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'minimise-scan-')));
  created.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Code without personal data: the engine finds nothing in it, so whole reports can be compared. */
export const PLAIN_JS = 'function add(a, b) {\n  return a + b;\n}\nmodule.exports = { add };\n';
export const PLAIN_TS = 'export function add(a: number, b: number): number {\n  return a + b;\n}\n';

export const JS_ONLY_PROJECT: Readonly<Record<string, string>> = {
  'src/math.js': PLAIN_JS,
  'src/web/page.jsx': 'export const Page = () => <p>{1 + 1}</p>;\n',
  'lib/esm.mjs': 'export const two = 2;\n',
  'lib/cjs.cjs': 'module.exports = 3;\n',
  // Never analysed: dependencies, build output, declarations, tool state, other languages.
  'node_modules/dep/index.js': PLAIN_JS,
  'dist/math.js': PLAIN_JS,
  'build/math.js': PLAIN_JS,
  'coverage/lcov.js': PLAIN_JS,
  '.git/hooks/hook.js': PLAIN_JS,
  '.yarn/releases/yarn-1.22.22.cjs': PLAIN_JS,
  '.pnp.cjs': PLAIN_JS,
  'public/vendor/chart.js': PLAIN_JS,
  'server/.pnp.loader.mjs': PLAIN_JS,
  '.svelte-kit/output/server/index.js': PLAIN_JS,
  'types/globals.d.ts': 'declare const VERSION: string;\n',
  'README.md': '# demo\n',
};

export const TS_PROJECT: Readonly<Record<string, string>> = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', module: 'commonjs' }, include: ['src'] }),
  'src/index.ts': "import { add } from './math';\nexport const three = add(1, 2);\n",
  'src/math.ts': PLAIN_TS,
  // Outside the tsconfig's include: scanned when a PATH holds it (walked beside the tsconfig), or named.
  'scripts/seed.ts': PLAIN_TS,
};
