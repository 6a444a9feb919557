import { noUndeclaredExposure } from '../../../src/eslint/rules/no-undeclared-exposure';
import { lines, maskSuggestions } from '../support/cases';
import { runRuleTests } from '../support/rule-tester';

const show = (field: string) => lines('export function show(req, res, customer) {', `  res.json({ ${field}: customer.${field} });`, '}');
const review = lines('export function Review({ values }) {', '  return <dl><dt>PAN</dt><dd>{values.pan}</dd></dl>;', '}');

runRuleTests('no-undeclared-exposure', noUndeclaredExposure, {
  pairs: [
    {
      name: 'a PAN in an HTTP response where no purpose exposes it',
      javascript: true,
      invalid: {
        filename: 'src/kyc/file.ts',
        code: show('pan'),
        errors: [
          {
            messageId: 'undeclared',
            data: { label: 'Permanent Account Number (PAN)', category: 'user.government_id.pan', sink: 'res.json', reason: 'purpose "kyc-onboarding" comes closest, but does not allow expose' },
            line: 2,
            column: 3,
            endLine: 2,
            endColumn: 34,
            suggestions: maskSuggestions(show('pan'), 'customer.pan'),
          },
        ],
      },
      valid: { filename: 'src/support/file.ts', code: show('email') },
    },
    {
      name: 'a PAN rendered in JSX',
      javascript: true,
      invalid: {
        filename: 'src/kyc/view.tsx',
        code: review,
        errors: [
          {
            messageId: 'undeclared',
            data: { label: 'Permanent Account Number (PAN)', category: 'user.government_id.pan', sink: 'JSX', reason: 'purpose "kyc-onboarding" comes closest, but does not allow expose' },
            line: 2,
            column: 30,
            endLine: 2,
            endColumn: 42,
            suggestions: maskSuggestions(review, 'values.pan'),
          },
        ],
      },
      valid: { filename: 'src/kyc/view.tsx', code: review.replace('{values.pan}', '{maskAadhaar(values.pan)}') },
    },
  ],
});
