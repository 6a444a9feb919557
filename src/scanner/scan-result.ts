import type { Finding, Notification } from '../core/findings';

/**
 * What one scan found, as plain data: reporters are pure functions of it, and the JSON report is
 * this object (minus `stats.durationMs`, so the same tree gives byte-identical JSON).
 */
export interface ScanResult {
  version: 1;
  tool: { name: string; version: string };
  /** Absolute directory that every `file` below is relative to: the manifest's, else the first PATH's. */
  root: string;
  manifest: {
    /** Relative to `root` with forward slashes; null when no manifest was found. */
    file: string | null;
    /** Purpose names in the order the manifest declares them. */
    purposes: string[];
  };
  /** Sorted with compareFindings. */
  findings: Finding[];
  /** Tool messages (files that do not parse, files skipped), sorted by place. */
  notifications: Notification[];
  stats: {
    /** Files analysed: selected and parsed. */
    files: number;
    durationMs: number;
  };
}
