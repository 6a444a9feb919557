import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ManifestError } from '../core/manifest/manifest-error';
import { runExplain, type CommandIo } from './explain-command';
import { UsageError } from './usage-error';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

const HELP = `Usage: minimise-scan <command> [options]

Commands:
  explain NAME|VALUE...   how a name or a literal value is classified, and why

Options:
  -h, --help              show this help
  -v, --version           print the version

Run "minimise-scan <command> --help" for a command's options.
`;

export interface MainIo extends CommandIo {
  stderr: (text: string) => void;
}

/** Runs the CLI and returns its exit code; never calls process.exit, so tests can drive it. */
export function main(argv: readonly string[], io: MainIo): number {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '-h' || command === '--help') {
      io.stdout(HELP);
      return EXIT_OK;
    }
    if (command === '-v' || command === '--version') {
      io.stdout(`${getVersion()}\n`);
      return EXIT_OK;
    }
    if (command === 'explain') return runExplain(rest, io);
    throw new UsageError(`unknown command "${command}" (see minimise-scan --help)`);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ManifestError) {
      io.stderr(`minimise-scan: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

export function getVersion(): string {
  const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
