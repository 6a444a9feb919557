import { formatMarkdown } from '../../src/reporters/markdown';
import type { ScanResult } from '../../src/scanner/scan-result';
import { makeFinding, makeSampleResult } from '../scanner/support/sample-result';

describe('Markdown report', () => {
  it('gives the headline, counts by rule and by category, the findings (errors first) and tool notifications', () => {
    expect(formatMarkdown(makeSampleResult())).toBe(
      [
        '### minimise-scan: 4 problems (2 errors, 1 warning, 1 note)',
        '',
        '12 files analysed with manifest `minimise.yaml` (2 purposes).',
        '',
        '| Rule | Level | Results |',
        '| --- | --- | ---: |',
        '| `no-hardcoded-pii` | warning | 1 |',
        '| `no-restricted-data` | error | 1 |',
        '| `no-undeclared-logging` | error | 1 |',
        '| `stale-declaration` | note | 1 |',
        '',
        '| Category | Actions | Results |',
        '| --- | --- | ---: |',
        '| Postal address (`user.contact.address`) | — | 1 |',
        '| E-mail address (`user.contact.email`) | log | 1 |',
        '| Aadhaar number (`user.government_id.aadhaar`) | log | 1 |',
        '| PAN (`user.government_id.pan`) | — | 1 |',
        '',
        '#### Findings',
        '',
        '| Level | Where | Rule | Message |',
        '| --- | --- | --- | --- |',
        '| error | `src/kyc/onboard.ts:14` | `no-restricted-data` | Aadhaar number (user.government_id.aadhaar) reaches logger winston.info; the Aadhaar Act 2016 s.29 forbids logging it |',
        '| error | `src/kyc/onboard.ts:14` | `no-undeclared-logging` | E-mail address (user.contact.email) reaches logger winston.info; purpose "support" allows logging it only in src/support/\\*\\* |',
        '| warning | `src/kyc/onboard.ts:102` | `no-hardcoded-pii` | the literal "ACUPA7085R" is a valid PAN |',
        '| note | `minimise.yaml:7` | `stale-declaration` | purpose "kyc-onboarding" allows user.contact.address, but no code collects, stores or sends it |',
        '',
        '#### Tool notifications',
        '',
        '- warning: `src/legacy/broken.js:3`: not analysed: the file does not parse (Expression expected)',
        '',
      ].join('\n'),
    );
  });

  it('escapes table breakers in messages and lists only the top findings of a long report', () => {
    const many: ScanResult = {
      ...makeSampleResult(),
      notifications: [],
      findings: Array.from({ length: 30 }, (_, index) =>
        makeFinding({ rule: 'no-undeclared-logging', level: index < 25 ? 'warning' : 'error', message: `a | b <script> \`x\`\nnext ${index}` }),
      ),
    };
    const text = formatMarkdown(many, { top: 7 });
    expect(text).toContain('#### Top 7 of 30 findings');
    expect(text).toContain('| a \\| b &lt;script&gt; \\`x\\` next 25 |');
    const rows = text.split('\n').filter((line) => line.startsWith('| error |') || line.startsWith('| warning |'));
    expect(rows).toHaveLength(7);
    expect(rows[0]).toMatch(/^\| error \|.*next 25 \|$/);
    expect(rows[5]).toMatch(/^\| warning \|.*next 0 \|$/);
  });

  it('says so when there is nothing, without a manifest, and with a baseline', () => {
    const clean: ScanResult = { ...makeSampleResult(), findings: [], notifications: [], manifest: { file: null, purposes: [] } };
    expect(formatMarkdown(clean)).toBe(
      '### minimise-scan: no problems\n\n12 files analysed with no purpose manifest, so every flow of personal data is reported (`minimise-scan init` drafts one).\n',
    );
    expect(formatMarkdown(makeSampleResult(), { baselineSuppressed: 7 })).toMatch(
      /^### minimise-scan: 4 new problems \(2 errors, 1 warning, 1 note\)\n\n12 files analysed with manifest `minimise\.yaml` \(2 purposes\); 7 known results suppressed by the baseline\.\n/,
    );
  });
});
