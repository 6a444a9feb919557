import { noRestrictedData } from '../../../src/eslint/rules/no-restricted-data';
import { lines, maskSuggestions } from '../support/cases';
import { runRuleTests } from '../support/rule-tester';

const AADHAAR_LOGGED = 'Aadhaar numbers and VIDs must never be logged';
const AADHAAR_LOGGED_LAW = 'Aadhaar Act 2016 s.29; Aadhaar (Authentication and Offline Verification) Regulations 2021 r.20';

const started = lines(
  "import pino from 'pino';",
  'const logger = pino();',
  'export function start(aadhaarNumber) {',
  '  logger.info(`KYC started, Aadhaar ${aadhaarNumber}`);',
  '}',
);
const kept = lines(
  "import { PrismaClient } from '@prisma/client';",
  'const prisma = new PrismaClient();',
  'export async function keep(aadhaarNumber) {',
  '  await prisma.kyc.create({ data: { aadhaarNumber } });',
  '}',
);
const signUp = lines(
  "import { PrismaClient } from '@prisma/client';",
  'const prisma = new PrismaClient();',
  'export async function signUp(email, password) {',
  '  await prisma.user.create({ data: { email, password } });',
  '}',
);

runRuleTests('no-restricted-data', noRestrictedData, {
  pairs: [
    {
      name: 'an Aadhaar number logged, whatever the manifest says',
      javascript: true,
      invalid: {
        filename: 'src/kyc/file.ts',
        code: started,
        errors: [
          {
            messageId: 'logged',
            data: { label: 'Aadhaar number', category: 'user.government_id.aadhaar', sink: 'logger.info', restriction: AADHAAR_LOGGED, law: AADHAAR_LOGGED_LAW },
            line: 4,
            column: 3,
            endLine: 4,
            endColumn: 55,
            suggestions: maskSuggestions(started, 'aadhaarNumber', undefined, '${aadhaarNumber}'),
          },
        ],
      },
      valid: { filename: 'src/kyc/file.ts', code: started.replace('${aadhaarNumber}', '${maskAadhaar(aadhaarNumber)}') },
    },
    {
      name: 'an Aadhaar number stored outside the Aadhaar Data Vault',
      javascript: true,
      invalid: {
        filename: 'src/kyc/file.ts',
        code: kept,
        errors: [
          {
            messageId: 'stored',
            data: {
              label: 'Aadhaar number',
              category: 'user.government_id.aadhaar',
              sink: 'prisma.kyc.create',
              restriction: 'Aadhaar numbers may be stored only in the Aadhaar Data Vault (declare its code under vault.paths)',
              law: 'UIDAI circular K-11020/205/2017 (25 Jul 2017): Aadhaar Data Vault',
            },
            line: 4,
            column: 9,
            endLine: 4,
            endColumn: 55,
          },
        ],
      },
      valid: { filename: 'src/vault/file.ts', code: kept },
    },
    {
      name: 'a password stored without a slow hash',
      javascript: true,
      invalid: {
        filename: 'src/kyc/file.ts',
        code: signUp,
        errors: [
          {
            messageId: 'stored',
            data: {
              label: 'Password',
              category: 'user.authorization.password',
              sink: 'prisma.user.create',
              restriction: 'passwords, OTPs and PINs may be stored only after a slow, salted hash (bcrypt, scrypt, argon2)',
              law: 'SPDI Rules 2011 r.3(i) and r.8',
            },
            line: 4,
            column: 9,
            endLine: 4,
            endColumn: 58,
          },
        ],
      },
      valid: { filename: 'src/kyc/file.ts', code: signUp.replace('{ email, password }', '{ email, password: await hashPassword(password) }') },
    },
  ],
  typedOnly: [
    {
      name: 'a typed KYC record logged whole carries its Aadhaar number',
      invalid: {
        filename: 'src/other/file.ts',
        code: lines("import type { KycRecord } from '../types';", 'export function review(record: KycRecord) {', '  console.log(record);', '}'),
        errors: [
          {
            messageId: 'logged',
            data: { label: 'Aadhaar number', category: 'user.government_id.aadhaar', sink: 'console.log', restriction: AADHAAR_LOGGED, law: AADHAAR_LOGGED_LAW },
            line: 3,
            column: 3,
            endLine: 3,
            endColumn: 22,
          },
        ],
      },
    },
  ],
});
