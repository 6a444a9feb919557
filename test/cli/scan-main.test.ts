import type { AnalysisInput, AnalysisOutput } from '../../src/analysis/analyze';
import type { Finding } from '../../src/core/findings';
import type { RuleLevel } from '../../src/core/rules';
import { main, type MainIo } from '../../src/cli/main';
import { makeFinding } from '../scanner/support/sample-result';
import { makeProject, PLAIN_JS } from '../scanner/support/temp-project';

// A stand-in engine: one finding per file, at the level the file's name says (error.js, note.js…),
// so the exit code and the report can be checked without depending on what the real engine finds.
jest.mock('../../src/analysis/analyze', () => ({
  analyze: (input: AnalysisInput): AnalysisOutput => ({
    findings: input.sourceFiles.map((file): Finding => {
      const name = file.fileName.slice(input.root.length + 1);
      const level = name.replace(/\.js$/, '') as RuleLevel;
      const rule = level === 'error' ? 'no-undeclared-logging' : level === 'warning' ? 'no-hardcoded-pii' : 'stale-declaration';
      return makeFinding({ rule, level, location: { file: name, line: 2, column: 3, endLine: 2, endColumn: 9 }, message: `a ${level}` });
    }),
    skippedFiles: [],
  }),
}));

jest.setTimeout(30_000);

function runMain(argv: string[], cwd: string, terminal?: MainIo['terminal']) {
  let stdout = '';
  let stderr = '';
  const code = main(argv, { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), terminal });
  return { code, stdout, stderr };
}

const NOT_A_TTY = { isStdoutTty: false, isStderrTty: false, env: {} };

describe('minimise-scan exit codes and report (in process, stand-in engine)', () => {
  const dir = makeProject({ 'error.js': PLAIN_JS, 'warning.js': PLAIN_JS, 'note.js': PLAIN_JS });

  it.each([
    [[], 1],
    [['--fail-on', 'error'], 1],
    [['note.js', 'warning.js'], 0],
    [['note.js', 'warning.js', '--fail-on', 'warning'], 1],
    [['note.js', '--fail-on', 'warning'], 0],
    [['note.js', '--fail-on', 'note'], 1],
    [['--fail-on', 'none'], 0],
  ])('%j exits %d', (args, code) => {
    expect(runMain(['--no-types', ...args], dir, NOT_A_TTY).code).toBe(code);
  });

  it('prints the findings of the engine, sorted, with the summary', () => {
    const { stdout, stderr } = runMain(['--no-types', '--fail-on', 'none'], dir, NOT_A_TTY);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^error\.js\n  2:3  error  no-undeclared-logging  a error\n/);
    expect(stdout).toContain('3 problems (1 error, 1 warning, 1 note) in 3 files; 3 files analysed.\n');
    expect(stdout.indexOf('note.js')).toBeLessThan(stdout.indexOf('warning.js'));
  });

  it('colours the report on a terminal unless NO_COLOR is set', () => {
    const tty = { isStdoutTty: true, isStderrTty: false, env: {} };
    expect(runMain(['--no-types', 'error.js'], dir, tty).stdout).toContain('\u001b[31merror\u001b[39m');
    expect(runMain(['--no-types', 'error.js'], dir, { ...tty, env: { NO_COLOR: '1' } }).stdout).not.toContain('\u001b');
    expect(runMain(['--no-types', 'error.js', '-f', 'json'], dir, tty).stdout).not.toContain('\u001b');
  });

  it('does not draw a progress bar for a quick scan, nor with --no-progress', () => {
    const tty = { isStdoutTty: true, isStderrTty: true, env: {} };
    expect(runMain(['--no-types', 'error.js'], dir, tty).stderr).toBe('');
    expect(runMain(['--no-types', 'error.js', '--no-progress'], dir, tty).stderr).toBe('');
  });

  it('scans the current directory with no argument at all', () => {
    const { code, stdout } = runMain(['--no-types', '-f', 'json'], dir, NOT_A_TTY);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).stats.files).toBe(3);
    expect(runMain([], makeProject({ 'error.js': PLAIN_JS }), NOT_A_TTY)).toMatchObject({ code: 1, stdout: expect.stringMatching(/^error\.js\n/) });
  });
});
