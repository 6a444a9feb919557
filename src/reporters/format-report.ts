import type { Catalogue } from '../core/catalogue/types';
import type { PreparedReport } from '../scanner/prepare-report';
import { formatJson } from './json';
import { formatMarkdown } from './markdown';
import { formatSarif } from './sarif/format-sarif';
import { formatText } from './text';

export const REPORT_FORMATS = ['text', 'sarif', 'json', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOptions {
  /** ANSI colours in the text report (a TTY, NO_COLOR unset): the caller decides. */
  color: boolean;
  quiet: boolean;
  /** The catalogue the scan used, for SARIF's security-severity. */
  catalogue: Catalogue;
}

/** One prepared scan in any of the formats of SPEC §6; every reporter is a pure function of its input. */
export function formatReport(format: ReportFormat, report: PreparedReport, options: ReportOptions): string {
  const baselineSuppressed = report.baseline?.suppressed;
  switch (format) {
    case 'text':
      return formatText(report.result, { color: options.color, quiet: options.quiet, sourceLines: report.sites.map((site) => site.sourceLine), baselineSuppressed });
    case 'json':
      return formatJson(report.result, { baselineSuppressed });
    case 'markdown':
      return formatMarkdown(report.result, { baselineSuppressed });
    case 'sarif':
      return formatSarif(report.result, { fingerprints: report.fingerprints, catalogue: options.catalogue, baselineSuppressed });
  }
}
