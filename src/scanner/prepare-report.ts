import { getFindingSites, type FindingSite } from './finding-sites';
import { getFingerprints } from './fingerprints';
import type { ScanResult } from './scan-result';

/** A scan result ready for any reporter: sites and fingerprints per finding, and the baseline applied. */
export interface PreparedReport {
  /** The scan result without the findings the baseline already knows. */
  result: ScanResult;
  /** Per finding of `result`, in order. */
  sites: FindingSite[];
  fingerprints: string[];
  /** Present with --baseline. */
  baseline?: { suppressed: number };
}

/**
 * Fingerprints are taken over every finding before the baseline is applied, so the n-th identical
 * finding keeps its occurrence number whether or not earlier ones are suppressed.
 */
export function prepareReport(result: ScanResult, known?: ReadonlySet<string>, sites: FindingSite[] = getFindingSites(result)): PreparedReport {
  const fingerprints = getFingerprints(result.findings, sites);
  if (known === undefined) return { result, sites, fingerprints };
  const kept = result.findings.map((_, index) => index).filter((index) => !known.has(fingerprints[index]));
  return {
    result: { ...result, findings: kept.map((index) => result.findings[index]) },
    sites: kept.map((index) => sites[index]),
    fingerprints: kept.map((index) => fingerprints[index]),
    baseline: { suppressed: result.findings.length - kept.length },
  };
}
