import { formatText, NO_MANIFEST_HINT } from '../../src/reporters/text';
import type { ScanResult } from '../../src/scanner/scan-result';
import { makeSampleResult } from './support/sample-result';

const PLAIN = { color: false, quiet: false };

describe('text report', () => {
  it('groups findings by file with details, numbered flow steps, warnings and a summary', () => {
    expect(formatText(makeSampleResult(), PLAIN)).toBe(
      [
        'minimise.yaml',
        '  7:9  note  stale-declaration  purpose "kyc-onboarding" allows user.contact.address, but no code collects, stores or sends it',
        '       category: Postal address (user.contact.address)',
        '',
        'src/kyc/onboard.ts',
        '  14:5    error    no-restricted-data     Aadhaar number (user.government_id.aadhaar) reaches logger winston.info; the Aadhaar Act 2016 s.29 forbids logging it',
        '          category: Aadhaar number (user.government_id.aadhaar), action: log, sink: winston (logger.info)',
        '          1. src/kyc/onboard.ts:9:25 read from the request body (req.body.aadhaar)',
        '          2. src/kyc/onboard.ts:14:5 logged by logger.info',
        '  14:5    error    no-undeclared-logging  E-mail address (user.contact.email) reaches logger winston.info; purpose "support" allows logging it only in src/support/**',
        '          category: E-mail address (user.contact.email), action: log, sink: winston (logger.info)',
        '  102:18  warning  no-hardcoded-pii       the literal "ACUPA7085R" is a valid PAN',
        '          category: PAN (user.government_id.pan)',
        '',
        'warning: src/legacy/broken.js:3:11: not analysed: the file does not parse (Expression expected)',
        '',
        '4 problems (2 errors, 1 warning, 1 note) in 2 files; 12 files analysed.',
        '  by rule:     no-hardcoded-pii 1, no-restricted-data 1, no-undeclared-logging 1, stale-declaration 1',
        '  by category: user.contact.address 1, user.contact.email 1, user.government_id.aadhaar 1, user.government_id.pan 1',
        '',
      ].join('\n'),
    );
  });

  it('counts the most frequent rule and category first', () => {
    const result = makeSampleResult();
    result.findings = [result.findings[1], result.findings[2], result.findings[2]];
    const text = formatText(result, PLAIN);
    expect(text).toContain('3 problems (3 errors, 0 warnings, 0 notes) in 1 file; 12 files analysed.\n');
    expect(text).toContain('  by rule:     no-undeclared-logging 2, no-restricted-data 1\n');
    expect(text).toContain('  by category: user.contact.email 2, user.government_id.aadhaar 1\n');
  });

  it('says so when nothing was found, and hints at the manifest only when there is none', () => {
    const clean: ScanResult = { ...makeSampleResult(), findings: [], notifications: [], stats: { files: 1, durationMs: 5 } };
    expect(formatText(clean, PLAIN)).toBe('No problems found; 1 file analysed.\n');
    const bare: ScanResult = { ...clean, manifest: { file: null, purposes: [] } };
    expect(formatText(bare, PLAIN)).toBe(`No problems found; 1 file analysed.\n\n${NO_MANIFEST_HINT}\n`);
    expect(NO_MANIFEST_HINT).not.toContain('\n');
    expect(NO_MANIFEST_HINT).toMatch(/minimise\.yaml/);
    expect(NO_MANIFEST_HINT).toMatch(/"minimise-scan init"/);
  });

  it('with quiet, prints findings and tool warnings only', () => {
    const result: ScanResult = { ...makeSampleResult(), manifest: { file: null, purposes: [] } };
    const text = formatText(result, { color: false, quiet: true });
    expect(text).toContain('src/kyc/onboard.ts\n  14:5 ');
    expect(text).toContain('warning: src/legacy/broken.js:3:11:');
    expect(text).not.toContain('problems');
    expect(text).not.toContain('hint:');
    expect(formatText({ ...result, findings: [], notifications: [] }, { color: false, quiet: true })).toBe('');
  });

  it('prints a notification without a place as a plain warning line', () => {
    const result: ScanResult = { ...makeSampleResult(), findings: [], notifications: [{ level: 'warning', message: 'no TypeScript or JavaScript file to analyse' }] };
    expect(formatText(result, { color: false, quiet: true })).toBe('warning: no TypeScript or JavaScript file to analyse\n');
  });

  it('colours levels and files only when asked, and the text stays the same underneath', () => {
    const result = makeSampleResult();
    const colored = formatText(result, { color: true, quiet: false });
    expect(colored).toContain('\u001b[31merror  \u001b[39m');
    expect(colored).toContain('\u001b[33mwarning\u001b[39m');
    expect(colored).toContain('\u001b[36mnote\u001b[39m');
    expect(colored).toContain('\u001b[4msrc/kyc/onboard.ts\u001b[24m');
    expect(colored.replace(/\u001b\[\d+m/g, '')).toBe(formatText(result, PLAIN));
    expect(formatText(result, PLAIN)).not.toContain('\u001b');
  });

  it('is a pure function of the result', () => {
    const result = makeSampleResult();
    const before = JSON.stringify(result);
    expect(formatText(result, PLAIN)).toBe(formatText(result, PLAIN));
    expect(JSON.stringify(result)).toBe(before);
  });
});
