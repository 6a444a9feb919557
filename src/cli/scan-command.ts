import { appendFileSync, existsSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseCommandArgs, PROJECT_OPTIONS } from './parse-command-args';
import { formatReport, REPORT_FORMATS, type ReportFormat } from '../reporters/format-report';
import { getExitCode, isFailOn, type FailOn } from '../scanner/fail-on';
import type { ScanDetails, ScanOptions } from '../scanner/scan';
import { getDisplayPathFn, getTerminal, getProjectScanOptions, runScanner, toCliError, writeReport, type ScanIo } from './run-scanner';
import { UsageError } from './usage-error';

export type { ScanIo, TerminalInfo } from './run-scanner';

export const SCAN_HELP = `Usage: minimise-scan [PATH...] [options]
       minimise-scan <command> [options]

Scans TypeScript and JavaScript for personal data that the purpose manifest (minimise.yaml)
does not allow code to collect, store, log, transmit or expose. PATH defaults to ".".

Options:
  -p, --project FILE     tsconfig.json to use, for its settings and only its files (default:
                         the nearest one above PATH, and every source file under PATH)
  -m, --manifest FILE    the purpose manifest (default: minimise.yaml found from PATH upwards)
  -f, --format FORMAT    text, sarif, json or markdown (default: text; with --output, from its
                         extension: .sarif, .json, .md)
  -o, --output FILE      write the report to FILE (atomically) instead of stdout
      --fail-on LEVEL    exit 1 when a finding is at or above LEVEL:
                         error (default), warning, note or none
      --baseline FILE    a SARIF log of an earlier scan: report only results that are not in it
      --summary FILE     also append a Markdown summary to FILE (e.g. "$GITHUB_STEP_SUMMARY")
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
  init [PATH]            write a draft minimise.yaml that declares what the code does today
  inventory [PATH]       the data map: every category and where it is collected, stored,
                         logged, sent and exposed (text, json, or markdown with a diagram)
  (each has --help)

Exit codes: 0 no finding at or above --fail-on, 1 some, 2 usage, manifest or configuration error.

Examples:
  minimise-scan                                  scan the current directory
  minimise-scan src --fail-on warning            fail the build on warnings too
  minimise-scan -o minimise.sarif                SARIF for GitHub code scanning
  minimise-scan -o minimise.sarif --baseline main.sarif
                                                 only results that main.sarif does not have
  minimise-scan -f markdown >> "$GITHUB_STEP_SUMMARY"
  minimise-scan -f json -o minimise-report.json  a JSON report for other CI systems
  minimise-scan packages/api -p packages/api/tsconfig.json --exclude "**/*.spec.ts"
  minimise-scan --no-types --quiet               fast syntax-only check, findings only
  minimise-scan init && minimise-scan            draft a manifest, then scan against it
`;

const FORMAT_BY_EXTENSION: Readonly<Record<string, ReportFormat>> = { '.sarif': 'sarif', '.json': 'json', '.md': 'markdown', '.markdown': 'markdown' };

/** `minimise-scan [PATH...]`: returns the exit code. */
export function runScan(argv: readonly string[], io: ScanIo): number {
  const { values: options, positionals } = parseScanArgs(argv);
  if (options.help) {
    io.stdout(SCAN_HELP);
    return 0;
  }
  const terminal = getTerminal(io);
  const getDisplayPath = getDisplayPathFn(io.cwd);
  // Every check of the command line comes before the scan, so a typo costs no scan.
  const format = getFormat(options.format, options.output);
  const failOn = getFailOn(options['fail-on']);
  if (options.quiet && options.verbose) throw new UsageError('--quiet and --verbose cannot be used together');
  const baseline = options.baseline === undefined ? undefined : getBaseline(options.baseline, io.cwd);
  const scanOptions: ScanOptions = {
    paths: getPaths(positionals, argv, io.cwd),
    ...getProjectScanOptions(options, io.cwd),
    getDisplayPath,
  };

  const outcome = runScanner(scanOptions, io, !options['no-progress'] && !options.quiet);
  const { prepareReport } = require('../scanner/prepare-report') as typeof import('../scanner/prepare-report');
  const report = prepareReport(outcome.result, baseline === undefined ? undefined : readBaseline(baseline, getDisplayPath));

  const isColored = options.output === undefined && terminal.isStdoutTty && !terminal.env.NO_COLOR;
  const text = formatReport(format, report, { color: isColored, quiet: options.quiet ?? false, catalogue: outcome.manifest.catalogue });
  if (options.output === undefined) io.stdout(text);
  else writeReport(options.output, text, io.cwd);
  if (options.summary !== undefined) {
    const markdown = formatReport('markdown', report, { color: false, quiet: false, catalogue: outcome.manifest.catalogue });
    appendSummary(resolve(io.cwd, options.summary), markdown, getDisplayPath);
  }

  // The text report says it in its summary; other formats are read by machines, so people learn it here.
  const isBaselineNoted = format === 'text' && options.output === undefined;
  if (report.baseline !== undefined && !isBaselineNoted && !options.quiet) {
    io.stderr(`minimise-scan: ${report.baseline.suppressed} known result${report.baseline.suppressed === 1 ? '' : 's'} suppressed by the baseline ${options.baseline}\n`);
  }
  if (options.verbose) io.stderr(formatDetails(outcome.details, outcome.result.stats, getDisplayPath));
  return getExitCode(report.result.findings, failOn);
}

function parseScanArgs(argv: readonly string[]) {
  return parseCommandArgs(
    argv,
    {
      ...PROJECT_OPTIONS,
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      'fail-on': { type: 'string' },
      baseline: { type: 'string' },
      summary: { type: 'string' },
      quiet: { type: 'boolean' },
      verbose: { type: 'boolean' },
    },
    (message) => `${message} (see minimise-scan --help)`,
  );
}

function getFormat(format: string | undefined, output: string | undefined): ReportFormat {
  if (format === undefined) return (output === undefined ? undefined : FORMAT_BY_EXTENSION[extname(output).toLowerCase()]) ?? 'text';
  if ((REPORT_FORMATS as readonly string[]).includes(format)) return format as ReportFormat;
  throw new UsageError(`unknown --format "${format}"; expected ${REPORT_FORMATS.join(', ').replace(/, (\w+)$/, ' or $1')}`);
}

function getFailOn(value: string | undefined): FailOn {
  if (value === undefined) return 'error';
  if (isFailOn(value)) return value;
  throw new UsageError(`unknown --fail-on "${value}"; expected error, warning, note or none`);
}

/** Checked before the scan so a typo costs no scan; read after it (see readBaseline). */
function getBaseline(file: string, cwd: string): string {
  const absolute = resolve(cwd, file);
  if (!existsSync(absolute)) throw new UsageError(`--baseline ${file}: no such file`);
  return absolute;
}

function readBaseline(file: string, getDisplayPath: (file: string) => string): ReadonlySet<string> {
  const { readBaselineFingerprints } = require('../scanner/baseline') as typeof import('../scanner/baseline');
  try {
    return readBaselineFingerprints(file, getDisplayPath(file));
  } catch (error) {
    throw toCliError(error, getDisplayPath);
  }
}

function appendSummary(file: string, markdown: string, getDisplayPath: (file: string) => string): void {
  try {
    // Appended, not replaced: $GITHUB_STEP_SUMMARY collects every step's summary.
    appendFileSync(file, markdown);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : code ?? (error as Error).message;
    throw new UsageError(`--summary: cannot write ${getDisplayPath(file)}: ${why}`);
  }
}

function getPaths(positionals: readonly string[], argv: readonly string[], cwd: string): string[] {
  const given = positionals.length === 0 ? ['.'] : positionals;
  return given.map((path) => {
    const absolute = resolve(cwd, path);
    if (existsSync(absolute)) return absolute;
    // `minimise-scan frobnicate` is more likely a mistyped command than a missing folder.
    const isFirstWord = path === argv[0] && /^[a-z][a-z0-9-]*$/i.test(path);
    if (isFirstWord) throw new UsageError(`unknown command "${path}" (see minimise-scan --help)`);
    throw new UsageError(`no such file or directory: ${path}`);
  });
}

function formatDetails(details: ScanDetails, stats: { files: number; durationMs: number }, getDisplayPath: (file: string) => string): string {
  const lines: string[] = [];
  lines.push(`tsconfig: ${details.tsconfigs.length === 0 ? 'none' : details.tsconfigs.map(getDisplayPath).join(', ')}`);
  if (details.walkedPaths.length > 0) lines.push(`walked (no tsconfig covers them): ${details.walkedPaths.map(getDisplayPath).join(', ')}`);
  if (details.outsideTsconfig > 0) lines.push(`walked beside the tsconfig: ${details.outsideTsconfig} ${details.outsideTsconfig === 1 ? 'file' : 'files'} it leaves out`);
  const notParsed = details.selectedFiles - stats.files;
  lines.push(
    `files: ${details.projectFiles} in the project, ${details.selectedFiles} selected, ${stats.files} analysed` +
      (notParsed > 0 ? `, ${notParsed} not parsed` : ''),
  );
  lines.push(`timings: ${details.timings.map(({ stage, ms }) => `${stage} ${ms}ms`).join(', ')}, total ${stats.durationMs}ms`);
  return lines.map((line) => `minimise-scan: ${line}\n`).join('');
}
