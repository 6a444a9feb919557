import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NO_MANIFEST_HINT } from '../../src/reporters/text';
import { JS_ONLY_PROJECT, makeProject, PLAIN_JS, TS_PROJECT } from '../scanner/support/temp-project';

// Runs the built CLI (npm test builds first), as users and CI run it.
const BIN = join(__dirname, '..', '..', 'dist', 'cli', 'bin.js');
const VERSION = (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;

jest.setTimeout(60_000);

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function runJson(args: string[], cwd: string) {
  const { code, stdout, stderr } = run([...args, '--format', 'json'], cwd);
  expect(stderr).toBe('');
  return { code, json: JSON.parse(stdout) as { stats: { files: number }; [key: string]: unknown }, stdout };
}

// No purpose, so that nothing the plain sample code does not do is declared (which stale-declaration would report).
const MANIFEST = 'version: 1\npurposes: {}\n';

describe('minimise-scan [PATH...] (built CLI)', () => {
  it('scans the current directory of a JS-only project and prints a text report with the manifest hint', () => {
    const dir = makeProject({ ...JS_ONLY_PROJECT, 'src/broken.js': 'function f() {\n  const x = ;\n}\n' });
    const { code, stdout, stderr } = run([], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'warning: src/broken.js:2:13: not analysed: the file does not parse (Expression expected)',
        '',
        'No problems found; 4 files analysed.',
        '',
        NO_MANIFEST_HINT,
        '',
      ].join('\n'),
    );
  });

  it('scans a TypeScript project through its tsconfig, with a manifest and no hint', () => {
    const dir = makeProject({ ...TS_PROJECT, 'minimise.yaml': MANIFEST });
    const { code, stdout, stderr } = run(['.'], dir);
    // src's two files, and scripts/seed.ts, which the tsconfig leaves out but the PATH holds.
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: 'No problems found; 3 files analysed.\n', stderr: '' });
  });

  it('prints the ScanResult as JSON', () => {
    const dir = makeProject({ ...TS_PROJECT, 'minimise.yaml': MANIFEST, 'src/broken.ts': 'const x = ;\n' });
    const { code, json, stdout } = runJson(['src'], dir);
    expect(code).toBe(0);
    expect(stdout.endsWith('}\n')).toBe(true);
    expect(json).toEqual({
      version: 1,
      tool: { name: 'minimise-scan', version: VERSION },
      root: dir,
      manifest: { file: 'minimise.yaml', purposes: [] },
      findings: [],
      notifications: [
        {
          level: 'warning',
          message: expect.stringMatching(/^not analysed: the file does not parse \(/),
          location: { file: 'src/broken.ts', line: 1, column: 11, endLine: 1, endColumn: 12 },
        },
      ],
      stats: { files: 2 },
    });
  });

  it('gives byte-identical JSON for two scans of the same tree', () => {
    const dir = makeProject({ ...JS_ONLY_PROJECT, 'minimise.yaml': MANIFEST, 'src/support/mail.js': PLAIN_JS });
    const first = run(['-f', 'json'], dir);
    const second = run(['-f', 'json'], dir);
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(first.stdout).not.toContain('durationMs');
  });

  it('works in syntax-only mode with --no-types, on the same files', () => {
    const dir = makeProject(TS_PROJECT);
    const typed = runJson([], dir);
    const untyped = runJson(['--no-types'], dir);
    expect(untyped.code).toBe(0);
    expect(untyped.json.stats.files).toBe(3);
    expect(untyped.stdout).toBe(typed.stdout);
  });

  it('selects files with --include and --exclude (repeatable) and the manifest ignore', () => {
    const dir = makeProject(JS_ONLY_PROJECT);
    expect(runJson(['--no-types'], dir).json.stats.files).toBe(4);
    expect(runJson(['--no-types', '--include', 'src/**'], dir).json.stats.files).toBe(2);
    expect(runJson(['--no-types', '--include', 'src/**', '--include', 'lib/esm.mjs'], dir).json.stats.files).toBe(3);
    expect(runJson(['--no-types', '--exclude', 'lib/**', '--exclude', '**/*.jsx'], dir).json.stats.files).toBe(1);

    const ignoring = makeProject({ ...JS_ONLY_PROJECT, 'minimise.yaml': 'version: 1\npurposes: {}\nignore: ["lib/**"]\n' });
    expect(runJson(['--no-types'], ignoring).json.stats.files).toBe(2);
  });

  it('scans only the PATHs given', () => {
    const dir = makeProject(JS_ONLY_PROJECT);
    expect(runJson(['--no-types', 'lib'], dir).json.stats.files).toBe(2);
    expect(runJson(['--no-types', 'lib/esm.mjs', 'src/math.js'], dir).json.stats.files).toBe(2);
  });

  it('writes --output atomically and prints nothing on stdout', () => {
    const dir = makeProject({ ...TS_PROJECT, 'out/report.json': 'old report' });
    const expected = run(['--no-types', '-f', 'json'], dir).stdout;
    const { code, stdout, stderr } = run(['--no-types', '-o', 'out/report.json'], dir);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '', stderr: '' });
    // The .json extension chooses the JSON format; nothing else is left in the directory.
    expect(readFileSync(join(dir, 'out/report.json'), 'utf8')).toBe(expected);
    expect(readdirSync(join(dir, 'out'))).toEqual(['report.json']);

    expect(run(['--no-types', '-o', 'out/report.txt'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'out/report.txt'), 'utf8')).toBe('No problems found; 3 files analysed.\n\n' + NO_MANIFEST_HINT + '\n');
  });

  it('exits 2 with one line and leaves no file behind when --output cannot be written', () => {
    const dir = makeProject(TS_PROJECT);
    const before = readdirSync(dir).sort();
    const { code, stdout, stderr } = run(['--no-types', '-o', 'missing/report.json'], dir);
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: 'minimise-scan: cannot write missing/report.json: no such directory\n' });
    expect(readdirSync(dir).sort()).toEqual(before);

    const onDirectory = run(['--no-types', '-o', 'src'], dir);
    expect(onDirectory.code).toBe(2);
    expect(onDirectory.stderr).toMatch(/^minimise-scan: cannot write src: [^\n]+\n$/);
    expect(readdirSync(join(dir, 'src')).sort()).toEqual(['index.ts', 'math.ts']);
  });

  it.each([
    [['src/nope'], 'minimise-scan: no such file or directory: src/nope\n'],
    [['.', 'missing-dir/'], 'minimise-scan: no such file or directory: missing-dir/\n'],
    [['--bogus'], "minimise-scan: Unknown option '--bogus' (see minimise-scan --help)\n"],
    [['-f', 'xml'], 'minimise-scan: unknown --format "xml"; expected text, sarif, json or markdown\n'],
    [['-o', 'report.sarif', '--baseline', 'none.sarif'], 'minimise-scan: --baseline none.sarif: no such file\n'],
    [['--fail-on', 'info'], 'minimise-scan: unknown --fail-on "info"; expected error, warning, note or none\n'],
    [['-p', 'nope.json'], 'minimise-scan: --project: no such file: nope.json\n'],
    [['--quiet', '--verbose'], 'minimise-scan: --quiet and --verbose cannot be used together\n'],
    [['frobnicate'], 'minimise-scan: unknown command "frobnicate" (see minimise-scan --help)\n'],
  ])('exits 2 with one line for %j', (args, message) => {
    const dir = makeProject(TS_PROJECT);
    const { code, stdout, stderr } = run(args, dir);
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: message });
    expect(readdirSync(dir)).not.toContain('report.sarif');
  });

  it('exits 2 naming file:line:col for a bad manifest, found or given, and writes no report', () => {
    const bad = 'version: 1\npurposes:\n  kyc:\n    data: [user.goverment_id.pan]\n    actions: [collect]\n';
    const dir = makeProject({ ...TS_PROJECT, 'minimise.yaml': bad, 'config/strict.yaml': bad });
    const found = run(['-o', 'report.json'], dir);
    expect(found.code).toBe(2);
    expect(found.stdout).toBe('');
    expect(found.stderr).toBe('minimise-scan: minimise.yaml:4:12: unknown category "user.goverment_id.pan"; did you mean "user.government_id.pan"?\n');
    expect(readdirSync(dir)).not.toContain('report.json');

    const given = run(['src', '-m', 'config/strict.yaml'], dir);
    expect(given.code).toBe(2);
    expect(given.stderr).toMatch(/^minimise-scan: config\/strict\.yaml:4:12: unknown category/);
    expect(run(['-m', 'none.yaml'], dir).stderr).toBe('minimise-scan: none.yaml: cannot read the manifest: no such file\n');
  });

  it('exits 2 naming file:line:col for a tsconfig that is not JSON', () => {
    const dir = makeProject({ ...TS_PROJECT, 'tsconfig.json': '{ "include": ["src"] ]' });
    const { code, stdout, stderr } = run([], dir);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(/^minimise-scan: tsconfig\.json:1:22: [^\n]+\n$/);
  });

  it('with --quiet prints only the findings and warnings', () => {
    const dir = makeProject({ 'a.js': PLAIN_JS, 'b.js': 'const x = ;\n' });
    const { code, stdout } = run(['--quiet', '--no-types'], dir);
    expect(code).toBe(0);
    expect(stdout).toBe('warning: b.js:1:11: not analysed: the file does not parse (Expression expected)\n');
  });

  it('with --verbose adds tsconfigs, file counts and timings on stderr', () => {
    const dir = makeProject({ ...TS_PROJECT, 'tools/run.js': PLAIN_JS });
    const { code, stderr } = run(['src/math.ts', 'tools', '--verbose'], dir);
    expect(code).toBe(0);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      'minimise-scan: tsconfig: tsconfig.json',
      'minimise-scan: walked (no tsconfig covers them): tools',
      // Typed mode loads the whole tsconfig (src/index.ts too) but analyses only the PATHs.
      'minimise-scan: files: 3 in the project, 2 selected, 2 analysed',
      expect.stringMatching(/^minimise-scan: timings: manifest \d+ms, parse \d+ms, types \d+ms, analyse \d+ms, total \d+ms$/),
    ]);
  });

  it('with --verbose says how many files it walked beside the tsconfig', () => {
    const dir = makeProject({ ...TS_PROJECT, 'server.js': PLAIN_JS });
    const { code, stderr } = run(['--verbose', '--no-types'], dir);
    expect(code).toBe(0);
    expect(stderr).toContain('minimise-scan: walked beside the tsconfig: 2 files it leaves out\n');
    expect(stderr).toContain('minimise-scan: files: 4 in the project, 4 selected, 4 analysed\n');
  });

  it('prints help with examples, and keeps explain as a command', () => {
    const dir = makeProject({});
    for (const flag of ['-h', '--help']) {
      const { code, stdout } = run([flag], dir);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: minimise-scan \[PATH\.\.\.\] \[options\]\n/);
      expect(stdout).toContain('Examples:\n  minimise-scan ');
      expect(stdout).toContain('--fail-on LEVEL');
    }
    expect(run(['src', '--help'], dir).stdout).toMatch(/^Usage: minimise-scan \[PATH\.\.\.\]/);
    expect(run(['explain', 'panNo'], dir).stdout).toMatch(/^panNo: [^\n]*\(user\.government_id\.pan\)/);
  });

  it('never colours output that is not a terminal', () => {
    const dir = makeProject({ 'a.js': 'const x = ;\n' });
    expect(run(['--no-types'], dir, { FORCE_COLOR: '1' }).stdout).not.toContain('\u001b');
  });
});
