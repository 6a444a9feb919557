import type { Finding, Notification, SourceLocation } from '../core/findings';
import type { RuleLevel } from '../core/rules';
import type { ScanResult } from '../scanner/scan-result';

export interface TextReportOptions {
  /** ANSI colours; the caller decides (a TTY and NO_COLOR unset), so this stays a pure function. */
  color: boolean;
  /** Findings and tool warnings only: no summary, no hint. */
  quiet: boolean;
  /** Per finding, the source line its site starts on: a code frame is drawn under each finding that has one. */
  sourceLines?: ReadonlyArray<string | undefined>;
  /** How many results --baseline suppressed as known; absent without --baseline. */
  baselineSuppressed?: number;
}

type Paint = (text: string) => string;

interface Palette {
  level: Record<RuleLevel, Paint>;
  file: Paint;
  dim: Paint;
  bold: Paint;
}

const PLAIN: Palette = { level: { error: (t) => t, warning: (t) => t, note: (t) => t }, file: (t) => t, dim: (t) => t, bold: (t) => t };

const ANSI: Palette = {
  level: { error: sgr(31, 39), warning: sgr(33, 39), note: sgr(36, 39) },
  file: sgr(4, 24),
  dim: sgr(2, 22),
  bold: sgr(1, 22),
};

function sgr(open: number, close: number): Paint {
  return (text) => `\u001b[${open}m${text}\u001b[${close}m`;
}

/** One line: what is missing, what that means, and the command that starts one. */
export const NO_MANIFEST_HINT =
  'hint: no minimise.yaml found, so every flow of personal data is reported; "minimise-scan init" drafts one that declares ' +
  'what the code does today, for you to trim to what each purpose needs';

/** The human report: findings grouped by file, tool warnings, then a summary and hints. */
export function formatText(result: ScanResult, options: TextReportOptions): string {
  const paint = options.color ? ANSI : PLAIN;
  const blocks: string[] = [];
  const sourceLines = new Map(result.findings.map((finding, index) => [finding, options.sourceLines?.[index]]));
  for (const [file, findings] of groupByFile(result.findings)) blocks.push(formatFileBlock(file, findings, sourceLines, paint));
  if (result.notifications.length > 0) blocks.push(result.notifications.map((notification) => formatNotification(notification, paint)).join('\n'));
  if (!options.quiet) {
    blocks.push(formatSummary(result, paint, options.baselineSuppressed));
    if (result.manifest.file === null) blocks.push(paint.dim(NO_MANIFEST_HINT));
  }
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.location.file);
    if (group === undefined) groups.set(finding.location.file, [finding]);
    else group.push(finding);
  }
  return groups;
}

function formatFileBlock(file: string, findings: readonly Finding[], sourceLines: ReadonlyMap<Finding, string | undefined>, paint: Palette): string {
  const positions = findings.map((finding) => `${finding.location.line}:${finding.location.column}`);
  const positionWidth = Math.max(...positions.map((position) => position.length));
  const levelWidth = Math.max(...findings.map((finding) => finding.level.length));
  const ruleWidth = Math.max(...findings.map((finding) => finding.rule.length));
  // Details line up under the message's rule column start, so each finding reads as one block.
  const indent = ' '.repeat(2 + positionWidth + 2);
  const lines = [paint.file(file)];
  findings.forEach((finding, index) => {
    const level = paint.level[finding.level](finding.level.padEnd(levelWidth));
    lines.push(`  ${positions[index].padEnd(positionWidth)}  ${level}  ${paint.dim(finding.rule.padEnd(ruleWidth))}  ${finding.message}`);
    lines.push(`${indent}${paint.dim(getDetails(finding))}`);
    const sourceLine = sourceLines.get(finding);
    // One frame per site: a log call that carries five categories is five findings under one frame.
    const isSameSite = index > 0 && isSameLocation(findings[index - 1].location, finding.location);
    if (sourceLine !== undefined && !isSameSite) lines.push(...formatCodeFrame(sourceLine, finding, paint).map((line) => `${indent}${line}`));
    finding.steps.forEach((step, stepIndex) => {
      lines.push(`${indent}${stepIndex + 1}. ${formatLocation(step.location)} ${step.message}`);
    });
  });
  return lines.join('\n');
}

/** Wider lines are cut around the site, so a minified file does not flood the terminal. */
const FRAME_WIDTH = 120;
const TAB = '  ';

/** The site's line with its number, and carets under the site (to the end of the line when it spans several). */
function formatCodeFrame(sourceLine: string, finding: Finding, paint: Palette): string[] {
  const { line, column, endLine, endColumn } = finding.location;
  const text = sourceLine.trimEnd();
  const from = Math.min(column - 1, text.length);
  const to = Math.max(from + 1, endLine === line ? Math.min(endColumn - 1, text.length) : text.length);
  // Expanded before measuring, so the carets line up under tabs too.
  const expand = (part: string) => part.replace(/\t/g, TAB);
  let before = expand(text.slice(0, from));
  const site = expand(text.slice(from, to)) || ' ';
  let after = expand(text.slice(to));
  let shown = site;
  if (before.length + site.length + after.length > FRAME_WIDTH) {
    const room = Math.max(FRAME_WIDTH - site.length, 20);
    if (before.length > room / 2) before = `…${before.slice(before.length - Math.floor(room / 2) + 1)}`;
    if (after.length > room / 2) after = `${after.slice(0, Math.floor(room / 2) - 1)}…`;
    if (site.length > FRAME_WIDTH) shown = `${site.slice(0, FRAME_WIDTH - 1)}…`;
  }
  const gutter = String(line);
  return [
    `${paint.dim(`${gutter} |`)} ${before}${shown}${after}`,
    `${paint.dim(`${' '.repeat(gutter.length)} |`)} ${' '.repeat(before.length)}${paint.level[finding.level]('^'.repeat(shown.length))}`,
  ];
}

function isSameLocation(a: SourceLocation, b: SourceLocation): boolean {
  return a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn;
}

function getDetails(finding: Finding): string {
  const parts = [`category: ${finding.categoryLabel} (${finding.category})`];
  if (finding.action !== undefined) parts.push(`action: ${finding.action}`);
  if (finding.sink !== undefined) parts.push(`sink: ${finding.sink}${finding.sinkCall === undefined ? '' : ` (${finding.sinkCall})`}`);
  return parts.join(', ');
}

function formatLocation(location: SourceLocation): string {
  return `${location.file}:${location.line}:${location.column}`;
}

function formatNotification(notification: Notification, paint: Palette): string {
  const where = notification.location === undefined ? '' : `${formatLocation(notification.location)}: `;
  return `${paint.level[notification.level](`${notification.level}:`)} ${where}${notification.message}`;
}

function formatSummary(result: ScanResult, paint: Palette, baselineSuppressed: number | undefined): string {
  const { findings } = result;
  const scanned = `${plural(result.stats.files, 'file')} analysed`;
  const known = baselineSuppressed === undefined ? [] : [`  ${plural(baselineSuppressed, 'known result')} suppressed by the baseline.`];
  if (findings.length === 0) return [paint.bold(`No ${baselineSuppressed === undefined ? '' : 'new '}problems found; ${scanned}.`), ...known].join('\n');
  const byLevel = (level: RuleLevel) => findings.filter((finding) => finding.level === level).length;
  const files = new Set(findings.map((finding) => finding.location.file)).size;
  const headline =
    `${plural(findings.length, baselineSuppressed === undefined ? 'problem' : 'new problem')} (${plural(byLevel('error'), 'error')}, ${plural(byLevel('warning'), 'warning')}, ` +
    `${plural(byLevel('note'), 'note')}) in ${plural(files, 'file')}; ${scanned}.`;
  return [
    paint.bold(headline),
    ...known,
    `  by rule:     ${formatCounts(findings.map((finding) => finding.rule))}`,
    `  by category: ${formatCounts(findings.map((finding) => finding.category))}`,
  ].join('\n');
}

/** Most frequent first, ties by name, so the line is the same on every run. */
function formatCounts(keys: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts]
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, count]) => `${key} ${count}`)
    .join(', ');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
