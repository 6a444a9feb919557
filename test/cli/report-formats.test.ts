import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { makeProject } from '../scanner/support/temp-project';
import { getSarifSchemaErrors } from '../reporters/support/sarif-schema';
import { runMain } from './support/run-main';
import { SIGNUP_JS } from './support/projects';

jest.setTimeout(120_000);

// Syntax-only scans of a one-file project: what is checked here is the CLI around the reports.
const scan = (cwd: string, ...args: string[]) => runMain(['--no-types', ...args], cwd);

describe('minimise-scan report formats and baselines (in process, real engine)', () => {
  it('chooses SARIF for -o *.sarif and Markdown for *.md, writes nothing on stdout, and keeps the exit code', () => {
    const dir = makeProject({ 'src/signup.js': SIGNUP_JS });
    expect(scan(dir, '-o', 'minimise.sarif')).toEqual({ code: 1, stdout: '', stderr: '' });
    const log = JSON.parse(readFileSync(join(dir, 'minimise.sarif'), 'utf8')) as Log;
    expect(getSarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0].results?.map((result) => result.ruleId)).toEqual([
      'minimise/no-undeclared-collection',
      'minimise/no-undeclared-collection',
      'minimise/no-restricted-data',
      'minimise/no-undeclared-logging',
      'minimise/no-undeclared-logging',
    ]);

    expect(scan(dir, '-o', 'summary.md', '--fail-on', 'none').code).toBe(0);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toMatch(/^### minimise-scan: 5 problems \(3 errors, 2 warnings, 0 notes\)\n/);
    // --format wins over the extension.
    expect(scan(dir, '-f', 'json', '-o', 'report.sarif').code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8'))).toMatchObject({ version: 1, findings: expect.any(Array) });
  });

  it('prints SARIF and Markdown on stdout with --format, never coloured', () => {
    const dir = makeProject({ 'src/signup.js': SIGNUP_JS });
    const tty = { isStdoutTty: true, isStderrTty: false, env: {} };
    const sarif = runMain(['--no-types', '-f', 'sarif'], dir, tty);
    expect(JSON.parse(sarif.stdout)).toMatchObject({ version: '2.1.0' });
    const markdown = runMain(['--no-types', '-f', 'markdown'], dir, tty);
    expect(markdown.stdout).toContain('| `no-undeclared-logging` | error | 2 |');
    expect(sarif.stdout + markdown.stdout).not.toContain('\u001b');
    // The text report on a terminal has colours and a code frame.
    const text = runMain(['--no-types'], dir, tty).stdout;
    expect(text).toContain('\u001b[31m');
    expect(text.replace(/\u001b\[\d+m/g, '')).toContain("        3 |   console.log('signup', email, aadhaarNumber);\n");
  });

  it('appends the Markdown summary to --summary FILE on every run', () => {
    const dir = makeProject({ 'src/signup.js': SIGNUP_JS, 'summary.md': '## earlier step\n' });
    expect(scan(dir, '-o', 'out.sarif', '--summary', 'summary.md').code).toBe(1);
    expect(scan(dir, '-o', 'out.sarif', '--summary', 'summary.md').code).toBe(1);
    const summary = readFileSync(join(dir, 'summary.md'), 'utf8');
    expect(summary.startsWith('## earlier step\n### minimise-scan: 5 problems')).toBe(true);
    expect(summary.match(/### minimise-scan:/g)).toHaveLength(2);
    expect(scan(dir, '--summary', 'missing/summary.md')).toMatchObject({ code: 2, stderr: 'minimise-scan: --summary: cannot write missing/summary.md: no such directory\n' });
  });

  it('with --baseline reports only new results, says how many were known, and exits on new ones only', () => {
    const dir = makeProject({ 'src/signup.js': SIGNUP_JS });
    expect(scan(dir, '-o', 'main.sarif').code).toBe(1);

    // Nothing new: exit 0 although the code still has the known errors.
    expect(scan(dir, '--baseline', 'main.sarif')).toEqual({
      code: 0,
      stdout: expect.stringContaining('No new problems found; 1 file analysed.\n  5 known results suppressed by the baseline.\n'),
      stderr: '',
    });

    // Lines inserted above, and one new flow: only the new flow is reported.
    writeFileSync(join(dir, 'src/signup.js'), `// header\n\n${SIGNUP_JS.replace('  res.json({ ok: true });', '  res.json({ ok: true });\n  console.info(email);')}`);
    const { code, stdout } = scan(dir, '--baseline', 'main.sarif');
    expect(code).toBe(1);
    expect(stdout).toMatch(/^src\/signup\.js\n {2}7:3 {2}error {2}no-undeclared-logging {2}E-mail address \(user\.contact\.email\) reaches logger console\.info;/);
    expect(stdout).toContain('1 new problem (1 error, 0 warnings, 0 notes) in 1 file; 1 file analysed.\n  5 known results suppressed by the baseline.\n');

    // Machine formats carry the count; people learn it on stderr.
    const json = scan(dir, '--baseline', 'main.sarif', '-f', 'json');
    expect(JSON.parse(json.stdout)).toMatchObject({ findings: [expect.objectContaining({ rule: 'no-undeclared-logging' })], baseline: { suppressed: 5 } });
    expect(json.stderr).toBe('minimise-scan: 5 known results suppressed by the baseline main.sarif\n');
    const sarif = scan(dir, '--baseline', 'main.sarif', '-o', 'pr.sarif', '--quiet');
    expect(sarif.stderr).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'pr.sarif'), 'utf8')).runs[0]).toMatchObject({ properties: { baselineSuppressed: 5 }, results: [expect.any(Object)] });
  });

  it.each([
    [['--baseline', 'nope.sarif'], 'minimise-scan: --baseline nope.sarif: no such file\n'],
    [['--baseline', 'src/signup.js'], /^minimise-scan: --baseline src\/signup\.js: not JSON \(/],
    [['--format', 'pdf'], 'minimise-scan: unknown --format "pdf"; expected text, sarif, json or markdown\n'],
  ])('exits 2 with one line for %j', (args, message) => {
    const result = scan(makeProject({ 'src/signup.js': SIGNUP_JS }), ...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });
});
