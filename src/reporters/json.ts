import type { ScanResult } from '../scanner/scan-result';

/**
 * The ScanResult as pretty JSON with a trailing newline. `stats.durationMs` is left out on purpose:
 * it is the only field that changes between two scans of the same tree, and CI diffs and caches
 * rely on byte-identical output (SPEC §6). `--verbose` prints timings on stderr instead.
 */
export function formatJson(result: ScanResult): string {
  const { durationMs, ...stats } = result.stats;
  void durationMs;
  return `${JSON.stringify({ ...result, stats }, null, 2)}\n`;
}
