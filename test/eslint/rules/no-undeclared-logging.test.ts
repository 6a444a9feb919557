import { noUndeclaredLogging } from '../../../src/eslint/rules/no-undeclared-logging';
import { lines, maskSuggestions } from '../support/cases';
import { runRuleTests } from '../support/rule-tester';

const panLogged = lines(
  "import winston from 'winston';",
  'const logger = winston.createLogger();',
  'export function open(pan) {',
  '  logger.info(`ticket for ${pan}`);',
  '}',
);
const contactLogged = lines(
  'export function notify(user) {',
  "  console.log('notify', { email: user.email, phone: user.phone });",
  '}',
);

runRuleTests('no-undeclared-logging', noUndeclaredLogging, {
  pairs: [
    {
      name: 'a PAN logged where the nearest purpose lists only e-mail',
      javascript: true,
      invalid: {
        filename: 'src/support/file.ts',
        code: panLogged,
        errors: [
          {
            messageId: 'undeclared',
            data: { label: 'Permanent Account Number (PAN)', category: 'user.government_id.pan', sink: 'logger.info', reason: 'purpose "support" comes closest, but does not list user.government_id.pan' },
            line: 4,
            column: 3,
            endLine: 4,
            endColumn: 35,
            suggestions: maskSuggestions(panLogged, 'pan', undefined, '${pan}'),
          },
        ],
      },
      valid: { filename: 'src/support/file.ts', code: panLogged.replace(/pan/g, 'email') },
    },
    {
      name: 'an e-mail and a phone number in one call are two findings',
      javascript: true,
      invalid: {
        filename: 'src/other/file.ts',
        code: contactLogged,
        errors: [
          {
            messageId: 'undeclared',
            data: { label: 'E-mail address', category: 'user.contact.email', sink: 'console.log', reason: 'purpose "support" comes closest, but its paths do not include src/other/file.ts' },
            line: 2,
            column: 3,
            endLine: 2,
            endColumn: 66,
            suggestions: maskSuggestions(contactLogged, 'user.email'),
          },
          {
            messageId: 'undeclared',
            data: { label: 'Phone number', category: 'user.contact.phone_number', sink: 'console.log', reason: 'purpose "support" comes closest, but does not list user.contact.phone_number and its paths do not include src/other/file.ts' },
            line: 2,
            column: 3,
            endLine: 2,
            endColumn: 66,
            suggestions: maskSuggestions(contactLogged, 'user.phone'),
          },
        ],
      },
      valid: { filename: 'src/support/file.ts', code: contactLogged.replace(', phone: user.phone', '') },
    },
  ],
  valid: [
    // The manifest's mask function removes the category.
    { name: 'a PAN passed through the declared redact()', filename: 'src/support/file.ts', code: panLogged.replace('${pan}', '${redact(pan)}') },
    { name: 'a logger that logs no personal data', filename: 'src/other/file.ts', code: lines("console.info('started', { port: 8080, pid: process.pid });") },
  ],
  typedOnly: [
    {
      name: 'a typed KYC record logged whole',
      invalid: {
        filename: 'src/kyc/file.ts',
        code: lines(
          "import winston from 'winston';",
          "import type { KycRecord } from '../types';",
          'const logger = winston.createLogger();',
          'export function review(record: KycRecord) {',
          "  logger.info('kyc review', record);",
          '}',
        ),
        errors: [
          {
            messageId: 'undeclared',
            data: { label: 'Aadhaar number', category: 'user.government_id.aadhaar', sink: 'logger.info', reason: 'purpose "kyc-onboarding" comes closest, but does not allow log' },
            line: 5,
            column: 3,
            endLine: 5,
            endColumn: 36,
          },
          {
            messageId: 'undeclared',
            data: { label: 'Permanent Account Number (PAN)', category: 'user.government_id.pan', sink: 'logger.info', reason: 'purpose "kyc-onboarding" comes closest, but does not allow log' },
            line: 5,
            column: 3,
            endLine: 5,
            endColumn: 36,
          },
        ],
      },
    },
  ],
});
