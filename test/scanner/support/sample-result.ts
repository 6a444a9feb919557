import type { Finding } from '../../../src/core/findings';
import type { ScanResult } from '../../../src/scanner/scan-result';

export function makeFinding(overrides: Partial<Finding> & Pick<Finding, 'rule' | 'level'>): Finding {
  return {
    category: 'user.contact.email',
    categoryLabel: 'E-mail address',
    location: { file: 'src/a.ts', line: 1, column: 1, endLine: 1, endColumn: 2 },
    message: 'a message',
    steps: [],
    ...overrides,
  };
}

/** A hand-made result with one finding of each shape the text report distinguishes. */
export function makeSampleResult(): ScanResult {
  return {
    version: 1,
    tool: { name: 'minimise-scan', version: '0.1.0' },
    root: '/repo',
    manifest: { file: 'minimise.yaml', purposes: ['kyc-onboarding', 'support'] },
    // Sorted as compareFindings sorts them: the manifest's path comes before src/.
    findings: [
      makeFinding({
        rule: 'stale-declaration',
        level: 'note',
        category: 'user.contact.address',
        categoryLabel: 'Postal address',
        location: { file: 'minimise.yaml', line: 7, column: 9, endLine: 7, endColumn: 29 },
        message: 'purpose "kyc-onboarding" allows user.contact.address, but no code collects, stores or sends it',
      }),
      makeFinding({
        rule: 'no-restricted-data',
        level: 'error',
        category: 'user.government_id.aadhaar',
        categoryLabel: 'Aadhaar number',
        action: 'log',
        sink: 'winston',
        sinkCall: 'logger.info',
        law: 'Aadhaar Act 2016 s.29',
        location: { file: 'src/kyc/onboard.ts', line: 14, column: 5, endLine: 14, endColumn: 40 },
        message: 'Aadhaar number (user.government_id.aadhaar) reaches logger winston.info; the Aadhaar Act 2016 s.29 forbids logging it',
        steps: [
          { location: { file: 'src/kyc/onboard.ts', line: 9, column: 25, endLine: 9, endColumn: 41 }, message: 'read from the request body (req.body.aadhaar)' },
          { location: { file: 'src/kyc/onboard.ts', line: 14, column: 5, endLine: 14, endColumn: 40 }, message: 'logged by logger.info' },
        ],
      }),
      makeFinding({
        rule: 'no-undeclared-logging',
        level: 'error',
        category: 'user.contact.email',
        categoryLabel: 'E-mail address',
        action: 'log',
        sink: 'winston',
        sinkCall: 'logger.info',
        purpose: 'support',
        location: { file: 'src/kyc/onboard.ts', line: 14, column: 5, endLine: 14, endColumn: 40 },
        message: 'E-mail address (user.contact.email) reaches logger winston.info; purpose "support" allows logging it only in src/support/**',
      }),
      makeFinding({
        rule: 'no-hardcoded-pii',
        level: 'warning',
        category: 'user.government_id.pan',
        categoryLabel: 'PAN',
        location: { file: 'src/kyc/onboard.ts', line: 102, column: 18, endLine: 102, endColumn: 30 },
        message: 'the literal "ACUPA7085R" is a valid PAN',
      }),
    ],
    notifications: [
      {
        level: 'warning',
        message: 'not analysed: the file does not parse (Expression expected)',
        location: { file: 'src/legacy/broken.js', line: 3, column: 11, endLine: 3, endColumn: 12 },
      },
    ],
    stats: { files: 12, durationMs: 1234 },
  };
}
