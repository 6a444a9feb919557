import type { ScanResult } from '../scanner/scan-result';

export interface JsonReportOptions {
  /** How many results --baseline suppressed as known; adds `baseline: { suppressed }` when given. */
  baselineSuppressed?: number;
}

/**
 * The ScanResult as pretty JSON with a trailing newline. `stats.durationMs` is left out on purpose:
 * it is the only field that changes between two scans of the same tree, and CI diffs and caches
 * rely on byte-identical output (SPEC §6). `--verbose` prints timings on stderr instead.
 */
export function formatJson(result: ScanResult, options: JsonReportOptions = {}): string {
  const { durationMs, ...stats } = result.stats;
  void durationMs;
  const baseline = options.baselineSuppressed === undefined ? {} : { baseline: { suppressed: options.baselineSuppressed } };
  return `${JSON.stringify({ ...result, stats, ...baseline }, null, 2)}\n`;
}
