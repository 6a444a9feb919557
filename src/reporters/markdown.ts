import type { Finding } from '../core/findings';
import type { RuleLevel } from '../core/rules';
import type { ScanResult } from '../scanner/scan-result';
import { countBy, escapeCell, plural } from './markdown-text';

export interface MarkdownReportOptions {
  /** How many findings the "Top findings" table lists. */
  top?: number;
  /** How many results --baseline suppressed as known; absent without --baseline. */
  baselineSuppressed?: number;
}

const DEFAULT_TOP = 20;
const LEVEL_ORDER: Readonly<Record<RuleLevel, number>> = { error: 0, warning: 1, note: 2 };

/**
 * A report for a CI job summary ($GITHUB_STEP_SUMMARY, a GitLab merge-request note): the headline,
 * counts by rule and by category, the most severe findings, and tool warnings. GitHub caps a step
 * summary at 1 MiB, so findings beyond `top` are counted, not listed.
 */
export function formatMarkdown(result: ScanResult, options: MarkdownReportOptions = {}): string {
  const { findings } = result;
  const sections = [`### minimise-scan: ${getHeadline(findings, options.baselineSuppressed !== undefined)}`, getContext(result, options.baselineSuppressed)];
  if (findings.length > 0) {
    sections.push(formatRuleTable(findings), formatCategoryTable(findings), formatTopFindings(findings, options.top ?? DEFAULT_TOP));
  }
  if (result.notifications.length > 0) {
    const lines = result.notifications.map((notification) => {
      const where = notification.location === undefined ? '' : `\`${notification.location.file}:${notification.location.line}\`: `;
      return `- ${notification.level}: ${where}${escapeCell(notification.message)}`;
    });
    sections.push(`#### Tool notifications\n\n${lines.join('\n')}`);
  }
  return `${sections.join('\n\n')}\n`;
}

function getHeadline(findings: readonly Finding[], isBaselined: boolean): string {
  const noun = isBaselined ? 'new problem' : 'problem';
  if (findings.length === 0) return `no ${noun}s`;
  const count = (level: RuleLevel) => findings.filter((finding) => finding.level === level).length;
  return `${plural(findings.length, noun)} (${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('note'), 'note')})`;
}

function getContext(result: ScanResult, baselineSuppressed: number | undefined): string {
  const manifest =
    result.manifest.file === null
      ? 'no purpose manifest, so every flow of personal data is reported (`minimise-scan init` drafts one)'
      : `manifest \`${result.manifest.file}\` (${plural(result.manifest.purposes.length, 'purpose')})`;
  const known = baselineSuppressed === undefined ? '' : `; ${plural(baselineSuppressed, 'known result')} suppressed by the baseline`;
  return `${plural(result.stats.files, 'file')} analysed with ${manifest}${known}.`;
}

function formatRuleTable(findings: readonly Finding[]): string {
  const rows = countBy(findings, (finding) => finding.rule).map(([rule, count]) => {
    const level = findings.find((finding) => finding.rule === rule)?.level ?? '';
    return `| \`${rule}\` | ${level} | ${count} |`;
  });
  return ['| Rule | Level | Results |', '| --- | --- | ---: |', ...rows].join('\n');
}

function formatCategoryTable(findings: readonly Finding[]): string {
  const rows = countBy(findings, (finding) => finding.category).map(([category, count]) => {
    const ofCategory = findings.filter((finding) => finding.category === category);
    const actions = [...new Set(ofCategory.map((finding) => finding.action).filter((action) => action !== undefined))].sort().join(', ');
    return `| ${escapeCell(ofCategory[0].categoryLabel)} (\`${category}\`) | ${actions || '—'} | ${count} |`;
  });
  return ['| Category | Actions | Results |', '| --- | --- | ---: |', ...rows].join('\n');
}

/** Errors first, then warnings and notes; within a level, in file order. */
function formatTopFindings(findings: readonly Finding[], top: number): string {
  const ranked = findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => LEVEL_ORDER[a.finding.level] - LEVEL_ORDER[b.finding.level] || a.index - b.index)
    .slice(0, top)
    .map(({ finding }) => finding);
  const rows = ranked.map((finding) => {
    const where = `\`${finding.location.file}:${finding.location.line}\``;
    return `| ${finding.level} | ${where} | \`${finding.rule}\` | ${escapeCell(finding.message)} |`;
  });
  const title = findings.length > top ? `#### Top ${top} of ${findings.length} findings` : '#### Findings';
  return [title, '', '| Level | Where | Rule | Message |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
