import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage-error';

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<T extends Options> = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: T }>>;

/** node:util parseArgs, with its errors turned into one-line usage errors (exit 2). */
export function parseCommandArgs<T extends Options>(argv: readonly string[], options: T, describe: (message: string) => string): Parsed<T> {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true as const, strict: true as const, options });
  } catch (error) {
    throw new UsageError(describe((error as Error).message.split(/\. |\n/)[0]));
  }
}

/** The options every command that scans a project takes, to pick its files and how to read them. */
export const PROJECT_OPTIONS = {
  project: { type: 'string', short: 'p' },
  manifest: { type: 'string', short: 'm' },
  'no-types': { type: 'boolean' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'no-progress': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;
