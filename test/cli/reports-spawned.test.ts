import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { getSarifSchemaErrors } from '../reporters/support/sarif-schema';
import { makeProject } from '../scanner/support/temp-project';
import { BAD_MANIFEST, SIGNUP_JS } from './support/projects';
import { REPO } from './support/run-main';

// The built CLI (npm test builds first), as CI runs it: one process per call, so only a handful here;
// test/cli/report-formats, init and inventory test the same code in process.
const BIN = join(REPO, 'dist', 'cli', 'bin.js');
const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;

jest.setTimeout(60_000);

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('built CLI: formats, baseline, init, inventory and their exit codes', () => {
  it('prints its version and a help with the formats, the baseline, the commands and examples', () => {
    const dir = makeProject({});
    expect(run(['--version'], dir)).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    const help = run(['--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('-f, --format FORMAT    text, sarif, json or markdown');
    expect(help.stdout).toContain('--baseline FILE');
    expect(help.stdout).toMatch(/\n {2}init \[PATH\] +write a draft minimise\.yaml/);
    expect(help.stdout).toMatch(/\n {2}inventory \[PATH\] +the data map/);
    expect(help.stdout).toContain('minimise-scan -o minimise.sarif ');
  });

  it('writes SARIF for -o *.sarif (exit 1 on errors), and a later scan against it as baseline exits 0', () => {
    const dir = makeProject({ 'src/signup.js': SIGNUP_JS });
    expect(run(['--no-types', '-o', 'minimise.sarif'], dir)).toEqual({ code: 1, stdout: '', stderr: '' });
    const log = JSON.parse(readFileSync(join(dir, 'minimise.sarif'), 'utf8')) as Log;
    expect(getSarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0].results).toHaveLength(5);

    const again = run(['--no-types', '--baseline', 'minimise.sarif', '-f', 'markdown'], dir);
    expect(again).toEqual({
      code: 0,
      stdout: expect.stringMatching(/^### minimise-scan: no new problems\n\n1 file analysed with no purpose manifest.*; 5 known results suppressed by the baseline\.\n$/),
      stderr: 'minimise-scan: 5 known results suppressed by the baseline minimise.sarif\n',
    });
  });

  it('runs init, then inventory as JSON', () => {
    const dir = makeProject({ 'src/signup.js': SIGNUP_JS });
    const init = run(['init', '--no-types'], dir);
    expect(init.code).toBe(0);
    expect(init.stdout).toMatch(/^Wrote minimise\.yaml: 1 purpose declaring 2 categories/);
    expect(run(['init'], dir)).toEqual({ code: 2, stdout: '', stderr: 'minimise-scan: init: minimise.yaml already exists; use --force to overwrite it\n' });

    const inventory = run(['inventory', '--no-types', '-f', 'json'], dir);
    expect(inventory.code).toBe(0);
    expect(JSON.parse(inventory.stdout)).toEqual({
      categories: [
        { category: 'user.contact.email', actions: { collect: [{ file: 'src/signup.js', line: 2, sink: null }], store: [], log: [{ file: 'src/signup.js', line: 3, sink: 'console' }], transmit: [], expose: [] } },
        {
          category: 'user.government_id.aadhaar',
          actions: { collect: [{ file: 'src/signup.js', line: 2, sink: null }], store: [], log: [{ file: 'src/signup.js', line: 3, sink: 'console' }], transmit: [], expose: [] },
        },
      ],
    });
  });

  it.each([
    ['a bad manifest', { 'minimise.yaml': BAD_MANIFEST }, ['-f', 'sarif', '-o', 'out.sarif'], 'minimise-scan: minimise.yaml:4:12: unknown category "user.goverment_id.pan"; did you mean "user.government_id.pan"?\n'],
    ['a bad flag', {}, ['-o', 'out.sarif', '--sarif'], "minimise-scan: Unknown option '--sarif' (see minimise-scan --help)\n"],
    ['a missing path', {}, ['missing/', '-o', 'out.sarif'], 'minimise-scan: no such file or directory: missing/\n'],
    ['a missing output directory', {}, ['--no-types', '-o', 'reports/out.sarif'], 'minimise-scan: cannot write reports/out.sarif: no such directory\n'],
    ['an output path below a file', {}, ['--no-types', '-o', 'src/signup.js/out.sarif'], 'minimise-scan: cannot write src/signup.js/out.sarif: a parent of it is not a directory\n'],
    ['a bad inventory format', {}, ['inventory', '-f', 'sarif'], 'minimise-scan: inventory: unknown --format "sarif"; expected text, json or markdown\n'],
  ])('exits 2 with one line and writes nothing for %s', (_, files: Record<string, string>, args, message) => {
    const dir = makeProject({ 'src/signup.js': SIGNUP_JS, ...files });
    expect(run(args, dir)).toEqual({ code: 2, stdout: '', stderr: message });
    expect(readdirSync(dir).sort()).toEqual(['src', ...Object.keys(files)].sort());
  });

  // Root may write anywhere, so this one cannot fail there; the cases above cover unwritable paths for root too.
  const isRoot = process.getuid?.() === 0;
  (isRoot ? it.skip : it)('exits 2 with one line for an output directory it may not write', () => {
    const dir = makeProject({ 'src/signup.js': SIGNUP_JS });
    mkdirSync(join(dir, 'locked'));
    chmodSync(join(dir, 'locked'), 0o500);
    try {
      expect(run(['--no-types', '-o', 'locked/out.sarif'], dir)).toEqual({ code: 2, stdout: '', stderr: 'minimise-scan: cannot write locked/out.sarif: permission denied\n' });
      expect(existsSync(join(dir, 'locked', 'out.sarif'))).toBe(false);
    } finally {
      chmodSync(join(dir, 'locked'), 0o700);
    }
  });
});
