import type { Catalogue, Sensitivity } from '../../core/catalogue/types';

/**
 * GitHub code scanning reads `security-severity` as a CVSS-like score: over 9.0 critical, 7.0 to 8.9
 * high, 4.0 to 6.9 medium, below 4.0 low. Each sensitivity tier of the catalogue lands in its band.
 */
const SCORES: Readonly<Record<Sensitivity, number>> = { low: 3, medium: 5.5, high: 8, critical: 9.5 };

/** Categories that are neither built in nor declared with a sensitivity, such as those of an old manifest. */
const UNKNOWN: Sensitivity = 'medium';

export function getSeverityScore(sensitivity: Sensitivity): number {
  return SCORES[sensitivity];
}

/** SARIF wants the score as a string with one decimal, as CodeQL writes it. */
export function formatSeverityScore(score: number): string {
  return score.toFixed(1);
}

/** The category's tier, or its nearest known parent's (`user.contact.address.city` takes `user.contact.address`). */
export function getCategorySensitivity(category: string, catalogue: Catalogue): Sensitivity {
  for (let id = category; id !== ''; id = id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : '') {
    const known = catalogue.categories.get(id);
    if (known !== undefined) return known.sensitivity;
  }
  return UNKNOWN;
}
