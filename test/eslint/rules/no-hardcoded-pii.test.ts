import { noHardcodedPii } from '../../../src/eslint/rules/no-hardcoded-pii';
import { lines } from '../support/cases';
import { runRuleTests } from '../support/rule-tester';

const sample = lines("export const SAMPLE_CUSTOMER = { pan: 'ACUPA7085R', aadhaar: '2341 2341 2346' };");

runRuleTests('no-hardcoded-pii', noHardcodedPii, {
  pairs: [
    {
      name: 'a checksummed Aadhaar number and a well-formed PAN in source',
      javascript: true,
      invalid: {
        filename: 'src/other/file.ts',
        code: sample,
        errors: [
          {
            messageId: 'hardcoded',
            data: { label: 'Permanent Account Number (PAN)', category: 'user.government_id.pan', reason: 'PAN of an individual (4th character P) with a non-zero serial' },
            line: 1,
            column: 39,
            endLine: 1,
            endColumn: 51,
          },
          {
            messageId: 'hardcoded',
            data: { label: 'Aadhaar number', category: 'user.government_id.aadhaar', reason: '12 digits starting 2-9 with a valid Verhoeff check digit' },
            line: 1,
            column: 62,
            endLine: 1,
            endColumn: 78,
          },
        ],
      },
      // A zero serial is no PAN; a wrong Verhoeff digit is no Aadhaar number.
      valid: { filename: 'src/other/file.ts', code: sample.replace('ACUPA7085R', 'ACUPA0000R').replace('2341 2341 2346', '2341 2341 2345') },
    },
  ],
  valid: [
    { name: 'a masked Aadhaar number', filename: 'src/other/file.ts', code: lines("export const shown = 'XXXX XXXX 2346';") },
    { name: 'sample input shown to the user', filename: 'src/other/file.ts', code: lines("export const field = { name: 'pan', placeholder: 'ACUPA7085R' };") },
  ],
});
