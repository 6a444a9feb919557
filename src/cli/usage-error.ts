/** A bad command line: printed as one line, exit code 2 (SPEC §6). */
export class UsageError extends Error {
  override name = 'UsageError';
}
