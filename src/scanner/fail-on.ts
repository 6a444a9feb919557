import type { Finding } from '../core/findings';
import type { RuleLevel } from '../core/rules';

export const FAIL_ON_LEVELS = ['error', 'warning', 'note', 'none'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

const SEVERITY: Readonly<Record<RuleLevel, number>> = { note: 1, warning: 2, error: 3 };

export function isFailOn(value: string): value is FailOn {
  return (FAIL_ON_LEVELS as readonly string[]).includes(value);
}

/** SPEC §6: 1 when some finding is at or above `--fail-on`, else 0. Tool notifications never fail a scan. */
export function getExitCode(findings: readonly Pick<Finding, 'level'>[], failOn: FailOn): 0 | 1 {
  if (failOn === 'none') return 0;
  const threshold = SEVERITY[failOn];
  return findings.some((finding) => SEVERITY[finding.level] >= threshold) ? 1 : 0;
}
