import type { Log, ReportingDescriptor, Result } from 'sarif';
import { getBuiltinCatalogue } from '../../src/core/catalogue/load-catalogue';
import { RULE_NAMES, RULES } from '../../src/core/rules';
import { formatSarif, getSarifLog } from '../../src/reporters/sarif/format-sarif';
import { FINGERPRINT_KEY } from '../../src/scanner/fingerprints';
import type { ScanResult } from '../../src/scanner/scan-result';
import { makeSampleResult } from '../scanner/support/sample-result';
import { getSarifSchemaErrors } from './support/sarif-schema';

const catalogue = getBuiltinCatalogue();
const fingerprintsFor = (result: ScanResult) => result.findings.map((_, index) => `f${index}:0`);

function getLog(result: ScanResult = makeSampleResult(), baselineSuppressed?: number): Log {
  return JSON.parse(formatSarif(result, { fingerprints: fingerprintsFor(result), catalogue, baselineSuppressed })) as Log;
}

describe('SARIF report', () => {
  it('is valid against the SARIF 2.1.0 schema, with and without results', () => {
    expect(getSarifSchemaErrors(getLog())).toEqual([]);
    expect(getSarifSchemaErrors(getLog({ ...makeSampleResult(), findings: [], notifications: [] }))).toEqual([]);
    expect(getSarifSchemaErrors(getLog(makeSampleResult(), 3))).toEqual([]);
    // The check itself works: a wrong level is caught.
    const broken = getLog() as unknown as { runs: Array<{ results: Array<{ level: string }> }> };
    broken.runs[0].results[0].level = 'fatal';
    expect(getSarifSchemaErrors(broken)).not.toEqual([]);
  });

  it('has one run with the tool, its version and every rule that can fire, fully described', () => {
    const log = getLog();
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const { driver } = log.runs[0].tool;
    expect(driver).toMatchObject({ name: 'minimise-scan', semanticVersion: '0.1.0', informationUri: expect.stringMatching(/^https:\/\//) });
    expect(driver.rules?.map((rule) => rule.id)).toEqual(RULE_NAMES.map((name) => `minimise/${name}`));
    for (const rule of driver.rules as ReportingDescriptor[]) {
      const name = rule.id.replace('minimise/', '') as keyof typeof RULES;
      expect(rule.name).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(rule.shortDescription?.text).toMatch(/\.$/);
      expect(rule.fullDescription?.text).toBe(RULES[name].description);
      expect(rule.defaultConfiguration?.level).toBe(RULES[name].level);
      // The help names the law and the fix, in text and Markdown.
      expect(rule.help?.text).toContain(RULES[name].help.law);
      expect(rule.help?.text).toContain(RULES[name].help.fix);
      expect(rule.help?.markdown).toContain('## Why it matters');
      expect(rule.help?.markdown).toContain('## How to fix');
      const tags = rule.properties?.tags as string[];
      expect(tags).toEqual(expect.arrayContaining(['security', 'privacy', ...RULES[name].cwe.map((cwe) => `external/cwe/${cwe}`)]));
      expect(tags.some((tag) => /^external\/cwe\/cwe-\d+$/.test(tag))).toBe(true);
      expect(['very-high', 'high', 'medium', 'low']).toContain(rule.properties?.precision);
      expect(rule.properties?.['security-severity']).toMatch(/^\d+\.\d$/);
    }
    expect(driver.rules?.find((rule) => rule.id === 'minimise/no-undeclared-logging')?.properties?.tags).toContain('external/cwe/cwe-532');
  });

  it('gives each rule the security-severity of its most sensitive result, and each result its category\'s', () => {
    const log = getLog();
    const rules = new Map(log.runs[0].tool.driver.rules?.map((rule) => [rule.id, rule.properties?.['security-severity']]));
    // no-restricted-data fired on an Aadhaar number (critical); no-undeclared-logging on an e-mail (medium).
    expect(rules.get('minimise/no-restricted-data')).toBe('9.5');
    expect(rules.get('minimise/no-undeclared-logging')).toBe('5.5');
    // stale-declaration reports what the manifest allows, so it stays low whatever the category.
    expect(rules.get('minimise/stale-declaration')).toBe('3.0');
    // Rules that did not fire carry their ceiling.
    expect(rules.get('minimise/no-undeclared-transmission')).toBe('9.5');
    const results = log.runs[0].results as Result[];
    expect(results.map((result) => result.properties?.['security-severity'])).toEqual(['3.0', '9.5', '5.5', '8.0']);
  });

  it('writes each finding as a result with a rule, level, sentence, one repo-relative location, properties and a fingerprint', () => {
    const [, restricted, logging, literal] = getLog().runs[0].results as Result[];
    expect(restricted).toMatchObject({
      ruleId: 'minimise/no-restricted-data',
      ruleIndex: RULE_NAMES.indexOf('no-restricted-data'),
      level: 'error',
      message: { text: expect.stringMatching(/^Aadhaar number \(user\.government_id\.aadhaar\) reaches .*\.$/) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'src/kyc/onboard.ts', uriBaseId: '%SRCROOT%' },
            region: { startLine: 14, startColumn: 5, endLine: 14, endColumn: 40 },
          },
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: 'f1:0' },
      properties: { category: 'user.government_id.aadhaar', action: 'log', sink: 'winston', sinkCall: 'logger.info', law: 'Aadhaar Act 2016 s.29' },
    });
    expect(logging.properties).toMatchObject({ category: 'user.contact.email', action: 'log', sink: 'winston', purpose: 'support' });
    expect(literal.properties).toEqual({ category: 'user.government_id.pan', categoryLabel: 'PAN', 'security-severity': '8.0' });
    expect(literal.locations).toHaveLength(1);
  });

  it('gives flow findings a code flow from source to sink, and others none', () => {
    const [stale, restricted, logging, literal] = getLog().runs[0].results as Result[];
    expect(restricted.codeFlows).toEqual([
      {
        threadFlows: [
          {
            locations: [
              {
                location: {
                  physicalLocation: { artifactLocation: { uri: 'src/kyc/onboard.ts', uriBaseId: '%SRCROOT%' }, region: { startLine: 9, startColumn: 25, endLine: 9, endColumn: 41 } },
                  message: { text: 'Read from the request body (req.body.aadhaar).' },
                },
              },
              {
                location: {
                  physicalLocation: { artifactLocation: { uri: 'src/kyc/onboard.ts', uriBaseId: '%SRCROOT%' }, region: { startLine: 14, startColumn: 5, endLine: 14, endColumn: 40 } },
                  message: { text: 'Logged by logger.info.' },
                },
              },
            ],
          },
        ],
      },
    ]);
    for (const result of [stale, logging, literal]) expect(result.codeFlows).toBeUndefined();
  });

  it('records the run: automation id, %SRCROOT%, UTF-16 columns, notifications under a successful invocation', () => {
    const run = getLog(makeSampleResult(), 2).runs[0];
    expect(run.automationDetails).toEqual({ id: 'minimise-scan/' });
    expect(Object.keys(run.originalUriBaseIds ?? {})).toEqual(['%SRCROOT%']);
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: 'warning',
            message: { text: 'Not analysed: the file does not parse (Expression expected).' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'src/legacy/broken.js', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 11, endLine: 3, endColumn: 12 } } }],
          },
        ],
      },
    ]);
    expect(run.properties).toEqual({ manifest: 'minimise.yaml', filesAnalysed: 12, baselineSuppressed: 2 });
  });

  it('never writes an absolute path, a timestamp or the duration, so the same result gives the same bytes', () => {
    const result = makeSampleResult();
    const text = formatSarif(result, { fingerprints: fingerprintsFor(result), catalogue });
    expect(text).not.toContain(result.root);
    expect(text).not.toMatch(/"(startTimeUtc|endTimeUtc|durationMs)"/);
    const slower = { ...result, stats: { ...result.stats, durationMs: 99_999 } };
    expect(formatSarif(slower, { fingerprints: fingerprintsFor(slower), catalogue })).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('percent-encodes file names that are not URI-safe, keeping the slashes', () => {
    const result = makeSampleResult();
    result.findings = [{ ...result.findings[3], location: { ...result.findings[3].location, file: 'src/my app/a#b.ts' } }];
    const [first] = getSarifLog(result, { fingerprints: ['x:0'], catalogue }).runs[0].results as Result[];
    expect(first.locations?.[0].physicalLocation?.artifactLocation?.uri).toBe('src/my%20app/a%23b.ts');
  });

  it('refuses a fingerprint list that does not match the findings', () => {
    expect(() => getSarifLog(makeSampleResult(), { fingerprints: [], catalogue })).toThrow(/one fingerprint per finding/);
  });
});
