import { noUndeclaredCollection } from '../../../src/eslint/rules/no-undeclared-collection';
import { lines } from '../support/cases';
import { runRuleTests } from '../support/rule-tester';

const ticketHandler = lines(
  "const express = require('express');",
  'const app = express();',
  "app.post('/tickets', (req, res) => {",
  '  const religion = req.body.religion;',
  '  res.status(201).end();',
  '});',
);
const kycForm = lines(
  'export function KycForm() {',
  '  return (',
  '    <form>',
  '      <input name="pan" />',
  '      <input name="religion" />',
  '    </form>',
  '  );',
  '}',
);

runRuleTests('no-undeclared-collection', noUndeclaredCollection, {
  pairs: [
    {
      name: 'a request field no purpose collects',
      javascript: true,
      invalid: {
        filename: 'src/support/file.ts',
        code: ticketHandler,
        errors: [
          {
            messageId: 'undeclared',
            data: { label: 'Religion', category: 'user.demographic.religious_belief', reason: 'purpose "support" comes closest, but does not list user.demographic.religious_belief' },
            line: 4,
            column: 20,
            endLine: 4,
            endColumn: 37,
          },
        ],
      },
      valid: { filename: 'src/support/file.ts', code: ticketHandler.replace(/religion/g, 'email') },
    },
    {
      name: 'a form input outside the purpose that collects it',
      javascript: true,
      invalid: {
        filename: 'src/kyc/view.tsx',
        code: kycForm,
        errors: [
          {
            messageId: 'undeclared',
            data: { label: 'Religion', category: 'user.demographic.religious_belief', reason: 'purpose "kyc-onboarding" comes closest, but does not list user.demographic.religious_belief' },
            line: 5,
            column: 19,
            endLine: 5,
            endColumn: 29,
          },
        ],
      },
      valid: { filename: 'src/kyc/view.tsx', code: kycForm.replace('      <input name="religion" />\n', '') },
    },
  ],
  valid: [{ name: 'a request field that is not personal data', filename: 'src/other/file.ts', code: lines("app.get('/orders', (req, res) => res.json({ page: req.query.page }));") }],
});
