import { ManifestError } from '../core/manifest/manifest-error';
import { runExplain, type CommandIo } from './explain-command';
import { runInit } from './init-command';
import { runInventory } from './inventory-command';
import type { TerminalInfo } from './run-scanner';
import { runScan, SCAN_HELP } from './scan-command';
import { getToolInfo } from '../scanner/tool-info';
import { UsageError } from './usage-error';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export interface MainIo extends CommandIo {
  stderr: (text: string) => void;
  /** Whether stdout/stderr are terminals and the environment (NO_COLOR); the process's when absent. */
  terminal?: TerminalInfo;
}

/** Runs the CLI and returns its exit code; never calls process.exit, so tests can drive it. */
export function main(argv: readonly string[], io: MainIo): number {
  try {
    const [command, ...rest] = argv;
    if (command === '-h' || command === '--help') {
      io.stdout(SCAN_HELP);
      return EXIT_OK;
    }
    if (command === '-v' || command === '--version') {
      io.stdout(`${getVersion()}\n`);
      return EXIT_OK;
    }
    if (command === 'explain') return runExplain(rest, io);
    if (command === 'init') return runInit(rest, io);
    if (command === 'inventory') return runInventory(rest, io);
    // Scanning is the default command: every other word is a PATH or a scan option (SPEC §6).
    return runScan(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ManifestError) {
      io.stderr(`minimise-scan: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

export function getVersion(): string {
  return getToolInfo().version;
}
