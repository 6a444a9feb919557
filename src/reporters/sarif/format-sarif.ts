import type { Location, Log, Notification as SarifNotification, Result, ThreadFlowLocation } from 'sarif';
import type { Catalogue } from '../../core/catalogue/types';
import type { Finding, FlowStep, Notification, SourceLocation } from '../../core/findings';
import { RULE_NAMES, getRuleMeta, type RuleName } from '../../core/rules';
import { FINGERPRINT_KEY } from '../../scanner/fingerprints';
import type { ScanResult } from '../../scanner/scan-result';
import { getReportingDescriptors, getRuleId } from './sarif-rules';
import { formatSeverityScore, getCategorySensitivity, getSeverityScore } from './security-severity';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Every URI in the log is relative to the scan root: no absolute path leaks into an uploaded log. */
export const SRCROOT = '%SRCROOT%';
export const INFORMATION_URI = 'https://www.npmjs.com/package/minimise-scan';

export interface SarifReportOptions {
  /** Per finding, in order (see scanner/fingerprints). */
  fingerprints: readonly string[];
  /** For security-severity: the catalogue the scan used, with the manifest's own categories. */
  catalogue: Catalogue;
  /** How many results --baseline suppressed as known. */
  baselineSuppressed?: number;
}

/** The SARIF 2.1.0 log of SPEC §7 as text: deterministic, so the same tree gives the same bytes. */
export function formatSarif(result: ScanResult, options: SarifReportOptions): string {
  return `${JSON.stringify(getSarifLog(result, options), null, 2)}\n`;
}

export function getSarifLog(result: ScanResult, options: SarifReportOptions): Log {
  if (options.fingerprints.length !== result.findings.length) throw new Error('getSarifLog: one fingerprint per finding is required');
  const scores = result.findings.map((finding) => getFindingScore(finding, options.catalogue));
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: result.tool.name,
            version: result.tool.version,
            semanticVersion: result.tool.version,
            informationUri: INFORMATION_URI,
            rules: getReportingDescriptors(getRuleScores(result.findings, scores)),
          },
        },
        // GitHub takes the part before the last "/" as the analysis category; the action can override it.
        automationDetails: { id: `${result.tool.name}/` },
        originalUriBaseIds: {
          [SRCROOT]: { description: { text: 'The directory of the purpose manifest (minimise.yaml), or the first scanned PATH when there is none.' } },
        },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            // Files that do not parse are reported and skipped: the scan itself still succeeded (SPEC §6).
            executionSuccessful: true,
            toolExecutionNotifications: result.notifications.map(toSarifNotification),
          },
        ],
        results: result.findings.map((finding, index) => toSarifResult(finding, options.fingerprints[index], scores[index])),
        properties: {
          manifest: result.manifest.file,
          filesAnalysed: result.stats.files,
          ...(options.baselineSuppressed === undefined ? {} : { baselineSuppressed: options.baselineSuppressed }),
        },
      },
    ],
  };
}

/**
 * GitHub reads security-severity from the rule, not from results; so each rule carries the highest
 * score among its results in this log (the category's sensitivity), and the rule's ceiling from
 * rules.ts when it did not fire. Results carry their own score too, for tools that read it there.
 */
function getRuleScores(findings: readonly Finding[], scores: readonly number[]): Map<RuleName, number> {
  const byRule = new Map<RuleName, number>();
  findings.forEach((finding, index) => byRule.set(finding.rule, Math.max(byRule.get(finding.rule) ?? 0, scores[index])));
  for (const name of RULE_NAMES) {
    if (!byRule.has(name)) byRule.set(name, getSeverityScore(getRuleMeta(name).maxSensitivity));
  }
  return byRule;
}

function getFindingScore(finding: Finding, catalogue: Catalogue): number {
  const ceiling = getSeverityScore(getRuleMeta(finding.rule).maxSensitivity);
  return Math.min(ceiling, getSeverityScore(getCategorySensitivity(finding.category, catalogue)));
}

function toSarifResult(finding: Finding, fingerprint: string, score: number): Result {
  const result: Result = {
    ruleId: getRuleId(finding.rule),
    ruleIndex: RULE_NAMES.indexOf(finding.rule),
    level: finding.level,
    message: { text: toSentence(finding.message) },
    locations: [toLocation(finding.location)],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    properties: {
      category: finding.category,
      categoryLabel: finding.categoryLabel,
      ...(finding.action === undefined ? {} : { action: finding.action }),
      ...(finding.sink === undefined ? {} : { sink: finding.sink }),
      ...(finding.sinkCall === undefined ? {} : { sinkCall: finding.sinkCall }),
      ...(finding.purpose === undefined ? {} : { purpose: finding.purpose }),
      ...(finding.law === undefined ? {} : { law: finding.law }),
      'security-severity': formatSeverityScore(score),
    },
  };
  if (isFlow(finding)) {
    result.codeFlows = [{ threadFlows: [{ locations: finding.steps.map(toThreadFlowLocation) }] }];
  }
  return result;
}

/** A flow finding: data travels to a sink, or from a source through other places before it is collected. */
function isFlow(finding: Finding): boolean {
  if (finding.steps.length === 0) return false;
  if (finding.sink !== undefined) return true;
  return new Set(finding.steps.map((step) => formatPlace(step.location))).size > 1;
}

function formatPlace(location: SourceLocation): string {
  return `${location.file}:${location.line}:${location.column}`;
}

function toThreadFlowLocation(step: FlowStep): ThreadFlowLocation {
  return { location: { ...toLocation(step.location), message: { text: toSentence(step.message) } } };
}

function toLocation(location: SourceLocation): Location {
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeUri(location.file), uriBaseId: SRCROOT },
      // Columns are 1-based UTF-16 code units and the end column is exclusive, as SARIF defines them.
      region: { startLine: location.line, startColumn: location.column, endLine: location.endLine, endColumn: location.endColumn },
    },
  };
}

/** A relative URI reference: each path segment percent-encoded, the slashes kept. */
function encodeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function toSarifNotification(notification: Notification): SarifNotification {
  return {
    level: notification.level,
    message: { text: toSentence(notification.message) },
    ...(notification.location === undefined ? {} : { locations: [toLocation(notification.location)] }),
  };
}

/** SARIF viewers show messages as sentences: capitalised, with a full stop. */
function toSentence(text: string): string {
  const trimmed = text.trim();
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
