/** One problem in a manifest, at a 1-based line and column. */
export interface ManifestProblem {
  file: string;
  /** 1-based; absent when the problem is the file as a whole (unreadable, not found). */
  line?: number;
  column?: number;
  message: string;
}

/** Thrown for any bad manifest; its message is the one line the CLI prints (SPEC §5). */
export class ManifestError extends Error {
  constructor(readonly problems: readonly ManifestProblem[]) {
    super(formatProblems(problems));
    this.name = 'ManifestError';
  }
}

function formatProblems(problems: readonly ManifestProblem[]): string {
  const [first] = problems;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  const where = first.line === undefined ? first.file : `${first.file}:${first.line}:${first.column ?? 1}`;
  return `${where}: ${first.message}${more}`;
}
