import type { Action } from './manifest/types';
import type { RuleLevel, RuleName } from './rules';

/** 1-based lines and columns; `file` is relative to the scan root with forward slashes. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface FlowStep {
  location: SourceLocation;
  message: string;
}

/** One (rule, site, category) result (SPEC §4). Plain data: reporters and caches serialise it. */
export interface Finding {
  rule: RuleName;
  level: RuleLevel;
  category: string;
  categoryLabel: string;
  /** What the code does with the data; absent for no-hardcoded-pii. */
  action?: Action;
  /** The sink's catalogue id (`winston`, `fetch`, `aws-s3`…); absent for collection and literal findings. */
  sink?: string;
  /** How the sink reads in code (`logger.info`, `res.json`). */
  sinkCall?: string;
  location: SourceLocation;
  message: string;
  /** The purpose that nearly allowed the flow. */
  purpose?: string;
  /** The law a no-restricted-data finding cites. */
  law?: string;
  /** From where the data entered to the site, in order. */
  steps: FlowStep[];
}

export interface Notification {
  level: 'error' | 'warning' | 'note';
  message: string;
  location?: SourceLocation;
}

/** Orders findings by place, then rule and category, so every report is deterministic. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    compareText(a.rule, b.rule) ||
    compareText(a.category, b.category) ||
    compareText(a.sink ?? '', b.sink ?? '')
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
