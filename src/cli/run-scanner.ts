import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ManifestError } from '../core/manifest/manifest-error';
import { createProgressBar } from '../scanner/progress-bar';
import type { ScanOptions, ScanOutcome } from '../scanner/scan';
import { ScanError } from '../scanner/scan-error';
import { writeFileAtomically } from '../scanner/write-atomically';
import { UsageError } from './usage-error';

/** What a terminal the CLI writes to; bin.ts leaves it out and the process's own is used. */
export interface TerminalInfo {
  isStdoutTty: boolean;
  isStderrTty: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/** What every command that scans writes to. */
export interface ScanIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  terminal?: TerminalInfo;
}

export function getTerminal(io: ScanIo): TerminalInfo {
  return io.terminal ?? { isStdoutTty: process.stdout.isTTY === true, isStderrTty: process.stderr.isTTY === true, env: process.env };
}

/** Configuration errors and reports name files from the working directory, as the user typed them. */
export function getDisplayPathFn(cwd: string): (file: string) => string {
  return (file) => relative(cwd, file) || '.';
}

/**
 * One scan with a progress bar on a TTY (SPEC §6), configuration errors turned into one-line
 * CLI errors. ts-morph takes half a second to load, so it is required only here: `explain`,
 * --help and usage errors stay fast.
 */
export function runScanner(options: ScanOptions, io: ScanIo, hasProgress: boolean): ScanOutcome {
  const progress = hasProgress && getTerminal(io).isStderrTty ? createProgressBar(io.stderr) : undefined;
  try {
    const { scan } = require('../scanner/scan') as typeof import('../scanner/scan');
    return scan({ ...options, onProgress: progress?.update });
  } catch (error) {
    throw toCliError(error, options.getDisplayPath);
  } finally {
    progress?.clear();
  }
}

/** Writes a report atomically; a failure is one line and exit 2. */
export function writeReport(file: string, text: string, cwd: string): void {
  try {
    writeFileAtomically(resolve(cwd, file), text, file);
  } catch (error) {
    throw toCliError(error, getDisplayPathFn(cwd));
  }
}

/** What PROJECT_OPTIONS say about the project to scan, as the scanner takes it. */
export function getProjectScanOptions(
  options: { project?: string; manifest?: string; include?: string[]; exclude?: string[]; 'no-types'?: boolean },
  cwd: string,
): Pick<ScanOptions, 'tsconfig' | 'manifest' | 'include' | 'exclude' | 'isTyped'> {
  return {
    tsconfig: options.project === undefined ? undefined : getTsconfig(options.project, cwd),
    manifest: options.manifest === undefined ? undefined : resolve(cwd, options.manifest),
    include: options.include ?? [],
    exclude: options.exclude ?? [],
    isTyped: !options['no-types'],
  };
}

export function getTsconfig(project: string, cwd: string): string {
  const absolute = resolve(cwd, project);
  const file = existsSync(absolute) && statSync(absolute).isDirectory() ? join(absolute, 'tsconfig.json') : absolute;
  if (!existsSync(file)) throw new UsageError(`--project: no such file: ${relative(cwd, file) || project}`);
  return file;
}

/** Configuration problems become one line (exit 2); manifest errors name files from the working directory. */
export function toCliError(error: unknown, getDisplayPath: (file: string) => string): unknown {
  if (error instanceof ScanError) return new UsageError(error.message);
  if (error instanceof ManifestError) {
    return new ManifestError(error.problems.map((problem) => ({ ...problem, file: getDisplayPath(resolve(problem.file)) })));
  }
  return error;
}
