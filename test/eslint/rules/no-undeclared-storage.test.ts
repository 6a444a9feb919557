import { noUndeclaredStorage } from '../../../src/eslint/rules/no-undeclared-storage';
import { lines } from '../support/cases';
import { runRuleTests } from '../support/rule-tester';

const remembered = lines('export function remember(pan) {', "  localStorage.setItem('pan', pan);", '}');
const prismaWrite = lines(
  "import { PrismaClient } from '@prisma/client';",
  'const prisma = new PrismaClient();',
  'export async function remember(pan, religion) {',
  '  await prisma.customer.create({ data: { pan, religion } });',
  '}',
);

runRuleTests('no-undeclared-storage', noUndeclaredStorage, {
  pairs: [
    {
      name: 'a PAN kept in browser storage when the purpose stores only in postgres',
      javascript: true,
      invalid: {
        filename: 'src/kyc/file.ts',
        code: remembered,
        errors: [
          {
            messageId: 'undeclared',
            data: { label: 'Permanent Account Number (PAN)', category: 'user.government_id.pan', sink: 'localStorage.setItem', reason: 'purpose "kyc-onboarding" comes closest, but localStorage is not among its stores' },
            line: 2,
            column: 3,
            endLine: 2,
            endColumn: 35,
          },
        ],
      },
      valid: { filename: 'src/kyc/file.ts', code: prismaWrite.replace(', religion', '').replace(', religion', '') },
    },
    {
      name: 'a category the purpose does not list, written with Prisma',
      javascript: true,
      invalid: {
        filename: 'src/kyc/file.ts',
        code: prismaWrite,
        errors: [
          {
            messageId: 'undeclared',
            data: { label: 'Religion', category: 'user.demographic.religious_belief', sink: 'prisma.customer.create', reason: 'purpose "kyc-onboarding" comes closest, but does not list user.demographic.religious_belief' },
            line: 4,
            column: 9,
            endLine: 4,
            endColumn: 60,
          },
        ],
      },
      valid: { filename: 'src/kyc/file.ts', code: prismaWrite.replace(', religion', '').replace(', religion', '') },
    },
  ],
});
