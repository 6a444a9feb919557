import { existsSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { parseCommandArgs } from './parse-command-args';
import { ManifestError } from '../core/manifest/manifest-error';
import { formatJson } from '../reporters/json';
import { formatText } from '../reporters/text';
import { getExitCode, isFailOn, type FailOn } from '../scanner/fail-on';
import { createProgressBar, type ProgressBar } from '../scanner/progress-bar';
import type { ScanDetails, ScanOptions, ScanOutcome } from '../scanner/scan';
import { ScanError } from '../scanner/scan-error';
import { writeFileAtomically } from '../scanner/write-atomically';
import { UsageError } from './usage-error';

export const SCAN_HELP = `Usage: minimise-scan [PATH...] [options]
       minimise-scan <command> [options]

Scans TypeScript and JavaScript for personal data that the purpose manifest (minimise.yaml)
does not allow code to collect, store, log, transmit or expose. PATH defaults to ".".

Options:
  -p, --project FILE     tsconfig.json to use (default: the nearest one above PATH;
                         JavaScript-only trees need none)
  -m, --manifest FILE    the purpose manifest (default: minimise.yaml found from PATH upwards)
  -f, --format FORMAT    text (default) or json; json is also the default for --output *.json
  -o, --output FILE      write the report to FILE (atomically) instead of stdout
      --fail-on LEVEL    exit 1 when a finding is at or above LEVEL:
                         error (default), warning, note or none
      --no-types         syntax only: faster, without the type checker
      --include GLOB     analyse only files matching GLOB (relative to the manifest's
                         directory, or to PATH without one); repeatable
      --exclude GLOB     skip files matching GLOB; repeatable
      --quiet            print findings and tool warnings only: no summary, no hints
      --verbose          also print the tsconfigs used, file counts and timings on stderr
      --no-progress      no progress bar on stderr
  -h, --help             show this help
  -v, --version          print the version

Commands:
  explain NAME|VALUE...  how a name or a literal value is classified, and why
                         (see minimise-scan explain --help)

Exit codes: 0 no finding at or above --fail-on, 1 some, 2 usage, manifest or configuration error.

Examples:
  minimise-scan                                  scan the current directory
  minimise-scan src --fail-on warning            fail the build on warnings too
  minimise-scan -f json -o minimise-report.json  write a JSON report for CI
  minimise-scan packages/api -p packages/api/tsconfig.json --exclude "**/*.spec.ts"
  minimise-scan --no-types --quiet               fast syntax-only check, findings only
`;

/** What a terminal the CLI writes to; bin.ts leaves it out and the process's own is used. */
export interface TerminalInfo {
  isStdoutTty: boolean;
  isStderrTty: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

export interface ScanIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  terminal?: TerminalInfo;
}

/** Commands SPEC §6 names that are not built yet: a missing PATH of that name gets a clearer error. */
const PLANNED_COMMANDS = new Set(['init', 'inventory']);

type Format = 'text' | 'json';

/** `minimise-scan [PATH...]`: returns the exit code. */
export function runScan(argv: readonly string[], io: ScanIo): number {
  const { values: options, positionals } = parseScanArgs(argv);
  if (options.help) {
    io.stdout(SCAN_HELP);
    return 0;
  }
  const terminal = io.terminal ?? getProcessTerminal();
  const getDisplayPath = (file: string) => relative(io.cwd, file) || '.';
  // Every check of the command line comes before the scan, so a typo costs no scan.
  const format = getFormat(options.format, options.output);
  const failOn = getFailOn(options['fail-on']);
  if (options.quiet && options.verbose) throw new UsageError('--quiet and --verbose cannot be used together');
  if (options.baseline !== undefined) throw new UsageError('--baseline is not available yet: it comes with SARIF output in a later release');
  const scanOptions: ScanOptions = {
    paths: getPaths(positionals, argv, io.cwd),
    tsconfig: options.project === undefined ? undefined : getTsconfig(options.project, io.cwd),
    manifest: options.manifest === undefined ? undefined : resolve(io.cwd, options.manifest),
    include: options.include ?? [],
    exclude: options.exclude ?? [],
    isTyped: !options['no-types'],
    getDisplayPath,
  };

  const hasProgress = terminal.isStderrTty && !options['no-progress'] && !options.quiet;
  const { result, details } = runScanner(scanOptions, hasProgress ? createProgressBar(io.stderr) : undefined);

  const isColored = options.output === undefined && terminal.isStdoutTty && !terminal.env.NO_COLOR;
  const report = format === 'json' ? formatJson(result) : formatText(result, { color: isColored, quiet: options.quiet ?? false });
  if (options.output === undefined) io.stdout(report);
  else {
    try {
      writeFileAtomically(resolve(io.cwd, options.output), report, options.output);
    } catch (error) {
      throw toCliError(error, getDisplayPath);
    }
  }
  if (options.verbose) io.stderr(formatDetails(details, result.stats, getDisplayPath));
  return getExitCode(result.findings, failOn);
}

function runScanner(options: ScanOptions, progress: ProgressBar | undefined): ScanOutcome {
  try {
    return loadScanner().scan({ ...options, onProgress: progress?.update });
  } catch (error) {
    throw toCliError(error, options.getDisplayPath);
  } finally {
    progress?.clear();
  }
}

/**
 * ts-morph takes half a second to load: required only once a scan really starts, so `explain`,
 * --help and usage errors stay fast.
 */
function loadScanner(): typeof import('../scanner/scan') {
  return require('../scanner/scan') as typeof import('../scanner/scan');
}

function parseScanArgs(argv: readonly string[]) {
  return parseCommandArgs(
    argv,
    {
      project: { type: 'string', short: 'p' },
      manifest: { type: 'string', short: 'm' },
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      'fail-on': { type: 'string' },
      baseline: { type: 'string' },
      'no-types': { type: 'boolean' },
      include: { type: 'string', multiple: true },
      exclude: { type: 'string', multiple: true },
      quiet: { type: 'boolean' },
      verbose: { type: 'boolean' },
      'no-progress': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    (message) => `${message} (see minimise-scan --help)`,
  );
}

function getFormat(format: string | undefined, output: string | undefined): Format {
  if (format === undefined) {
    const extension = output === undefined ? '' : extname(output).toLowerCase();
    if (extension === '.sarif') throw new UsageError('SARIF output is not available yet (it comes in a later release); use --format json or text');
    return extension === '.json' ? 'json' : 'text';
  }
  if (format === 'text' || format === 'json') return format;
  if (format === 'sarif' || format === 'markdown') {
    throw new UsageError(`--format ${format} is not available yet (SARIF and Markdown reports come in a later release); use text or json`);
  }
  throw new UsageError(`unknown --format "${format}"; expected text or json`);
}

function getFailOn(value: string | undefined): FailOn {
  if (value === undefined) return 'error';
  if (isFailOn(value)) return value;
  throw new UsageError(`unknown --fail-on "${value}"; expected error, warning, note or none`);
}

function getPaths(positionals: readonly string[], argv: readonly string[], cwd: string): string[] {
  const given = positionals.length === 0 ? ['.'] : positionals;
  return given.map((path) => {
    const absolute = resolve(cwd, path);
    if (existsSync(absolute)) return absolute;
    // `minimise-scan frobnicate` is more likely a mistyped command than a missing folder.
    const isFirstWord = path === argv[0] && /^[a-z][a-z0-9-]*$/i.test(path);
    if (isFirstWord && PLANNED_COMMANDS.has(path)) throw new UsageError(`the ${path} command is not available yet (see minimise-scan --help)`);
    if (isFirstWord) throw new UsageError(`unknown command "${path}" (see minimise-scan --help)`);
    throw new UsageError(`no such file or directory: ${path}`);
  });
}

function getTsconfig(project: string, cwd: string): string {
  const absolute = resolve(cwd, project);
  const file = existsSync(absolute) && statSync(absolute).isDirectory() ? join(absolute, 'tsconfig.json') : absolute;
  if (!existsSync(file)) throw new UsageError(`--project: no such file: ${relative(cwd, file) || project}`);
  return file;
}

/** Configuration problems become one line (exit 2); manifest errors name files from the working directory. */
function toCliError(error: unknown, getDisplayPath: (file: string) => string): unknown {
  if (error instanceof ScanError) return new UsageError(error.message);
  if (error instanceof ManifestError) {
    return new ManifestError(error.problems.map((problem) => ({ ...problem, file: getDisplayPath(resolve(problem.file)) })));
  }
  return error;
}

function getProcessTerminal(): TerminalInfo {
  return { isStdoutTty: process.stdout.isTTY === true, isStderrTty: process.stderr.isTTY === true, env: process.env };
}

function formatDetails(details: ScanDetails, stats: { files: number; durationMs: number }, getDisplayPath: (file: string) => string): string {
  const lines: string[] = [];
  lines.push(`tsconfig: ${details.tsconfigs.length === 0 ? 'none' : details.tsconfigs.map(getDisplayPath).join(', ')}`);
  if (details.walkedPaths.length > 0) lines.push(`walked (no tsconfig covers them): ${details.walkedPaths.map(getDisplayPath).join(', ')}`);
  const notParsed = details.selectedFiles - stats.files;
  lines.push(
    `files: ${details.projectFiles} in the project, ${details.selectedFiles} selected, ${stats.files} analysed` +
      (notParsed > 0 ? `, ${notParsed} not parsed` : ''),
  );
  lines.push(`timings: ${details.timings.map(({ stage, ms }) => `${stage} ${ms}ms`).join(', ')}, total ${stats.durationMs}ms`);
  return lines.map((line) => `minimise-scan: ${line}\n`).join('');
}
