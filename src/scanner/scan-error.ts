/** A configuration problem (bad tsconfig, missing PATH): the CLI prints its message as one line, exit 2. */
export class ScanError extends Error {
  override name = 'ScanError';
}
