import { noUndeclaredTransmission } from '../../../src/eslint/rules/no-undeclared-transmission';
import { lines, maskSuggestions } from '../support/cases';
import { runRuleTests } from '../support/rule-tester';

const verify = (host: string) =>
  lines('export async function verify(pan) {', `  await fetch('https://${host}/kyc', { method: 'POST', body: JSON.stringify({ pan }) });`, '}');
const tracked = lines(
  "import Analytics from 'analytics-node';",
  "const analytics = new Analytics('write-key');",
  'export function submitted(customerId, email) {',
  "  analytics.track({ userId: customerId, event: 'kyc_submitted', properties: { email } });",
  '}',
);

runRuleTests('no-undeclared-transmission', noUndeclaredTransmission, {
  pairs: [
    {
      name: 'a PAN sent to a host the purpose does not list',
      javascript: true,
      invalid: {
        filename: 'src/kyc/file.ts',
        code: verify('api.partner.example'),
        errors: [
          {
            messageId: 'undeclared',
            data: { label: 'Permanent Account Number (PAN)', category: 'user.government_id.pan', sink: 'fetch', reason: 'purpose "kyc-onboarding" comes closest, but api.partner.example is not among its recipients' },
            line: 2,
            column: 9,
            endLine: 2,
            endColumn: 100,
            // `{ pan }` is shorthand: the suggestion keeps the key.
            suggestions: maskSuggestions(verify('api.partner.example'), 'pan', (fn) => `pan: ${fn}(pan)`, '{ pan }'),
          },
        ],
      },
      valid: { filename: 'src/kyc/file.ts', code: verify('api.quickekyc.com') },
    },
    {
      name: 'an e-mail sent to an analytics SDK',
      javascript: true,
      invalid: {
        filename: 'src/kyc/file.ts',
        code: tracked,
        errors: [
          {
            messageId: 'undeclared',
            data: { label: 'E-mail address', category: 'user.contact.email', sink: 'analytics.track', reason: 'purpose "kyc-onboarding" comes closest, but segment is not among its recipients' },
            line: 4,
            column: 3,
            endLine: 4,
            endColumn: 89,
            suggestions: maskSuggestions(tracked, 'email', (fn) => `email: ${fn}(email)`, '{ email }'),
          },
        ],
      },
      valid: { filename: 'src/kyc/file.ts', code: tracked.replace(', properties: { email }', '') },
    },
  ],
});
