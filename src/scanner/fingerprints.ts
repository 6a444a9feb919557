import { createHash } from 'node:crypto';
import type { Finding } from '../core/findings';
import type { FindingSite } from './finding-sites';

/** The key of minimise-scan's fingerprint in SARIF `partialFingerprints`; the version changes if the recipe does. */
export const FINGERPRINT_KEY = 'minimiseFinding/v1';

/**
 * One fingerprint per finding, in order: a hash of what the result is about (rule, file, category,
 * action, sink) and of where it is in terms that do not move when lines are inserted above it (the
 * enclosing declarations and the site's normalised text), then the occurrence among findings with
 * the same hash. Findings come sorted by place, so the n-th identical call in a function keeps n.
 */
export function getFingerprints(findings: readonly Finding[], sites: readonly FindingSite[]): string[] {
  const occurrences = new Map<string, number>();
  return findings.map((finding, index) => {
    const site = sites[index];
    const key = [finding.rule, finding.location.file, finding.category, finding.action ?? '', finding.sink ?? '', site.scope, site.text].join('\u0000');
    const hash = createHash('sha256').update(key).digest('hex').slice(0, 32);
    const occurrence = occurrences.get(hash) ?? 0;
    occurrences.set(hash, occurrence + 1);
    return `${hash}:${occurrence}`;
  });
}
