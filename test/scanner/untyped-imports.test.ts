import * as ts from 'typescript';
import { analyze } from '../../src/analysis/analyze';
import { getBuiltinCatalogue } from '../../src/core/catalogue/load-catalogue';
import { getEmptyManifest } from '../../src/core/manifest/load-manifest';
import { createPolicy } from '../../src/core/manifest/policy';

/**
 * Without types, the analysis follows a project's relative imports by path alone (scope.ts): the
 * spellings TypeScript accepts for one file must all reach it, and an import of a file that is
 * not there must not be taken for one that is.
 */
const ROOT = '/project';

const AUDIT = `import winston from 'winston';
const logger = winston.createLogger({ level: 'info' });
export function audit(event: string, detail: string): void {
  logger.info(event + ': ' + detail);
}
`;

function getLoggedLines(files: Record<string, string>): string[] {
  const sourceFiles = Object.entries(files).map(([path, text]) => ts.createSourceFile(`${ROOT}/${path}`, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS));
  const policy = createPolicy(getEmptyManifest(ROOT, getBuiltinCatalogue()));
  const { findings } = analyze({ ts, sourceFiles, policy, root: ROOT });
  return findings.filter((f) => f.rule === 'no-undeclared-logging').map((f) => `${f.location.file}:${f.location.line} ${f.category}`);
}

const verify = (specifier: string) => `import { audit } from '${specifier}';
export function recordVerification(pan: string): void {
  audit('kyc.pan', pan);
}
`;

describe('relative imports without types', () => {
  it.each([
    ['without an extension', 'src/kyc/verify.ts', '../lib/audit', 'src/lib/audit.ts'],
    ['with the .js extension TypeScript maps to .ts (NodeNext)', 'src/kyc/verify.ts', '../lib/audit.js', 'src/lib/audit.ts'],
    ['with its own extension', 'src/kyc/verify.ts', '../lib/audit.ts', 'src/lib/audit.ts'],
    ["by its folder's index file", 'src/kyc/verify.ts', '../lib', 'src/lib/index.ts'],
    ["by its folder's index file, with a trailing slash", 'src/kyc/verify.ts', '../lib/', 'src/lib/index.ts'],
    ['in the same folder', 'src/lib/verify.ts', './audit', 'src/lib/audit.ts'],
    ['as the current folder', 'src/lib/verify.ts', '.', 'src/lib/index.ts'],
  ])('follows an import %s', (_how, importer, specifier, target) => {
    expect(getLoggedLines({ [importer]: verify(specifier), [target]: AUDIT })).toEqual([`${importer}:3 user.government_id.pan`]);
  });

  it("follows an import of an enum: its members are the application's constants, whatever their names", () => {
    // Lower case, so only opening the file (not the name's capital) tells an enum.
    const scopes = "export enum consentScope {\n  aadhaar = 'aadhaar',\n  mobile = 'mobile',\n}\n";
    const consent = "import { audit } from '../lib/audit';\nimport { consentScope } from './scopes';\nexport function askConsent(): void {\n  audit('consent.asked', consentScope.aadhaar);\n}\n";
    expect(getLoggedLines({ 'src/kyc/consent.ts': consent, 'src/kyc/scopes.ts': scopes, 'src/lib/audit.ts': AUDIT })).toEqual([]);
    // The same read from a plain object is a flow of what it holds.
    const holder = "export const consentScope = { aadhaar: process.argv[2] as string };\n";
    expect(getLoggedLines({ 'src/kyc/consent.ts': consent, 'src/kyc/scopes.ts': holder, 'src/lib/audit.ts': AUDIT })).toEqual(['src/kyc/consent.ts:4 user.government_id.aadhaar']);
  });

  it('does not follow an import to a file of another name', () => {
    expect(getLoggedLines({ 'src/kyc/verify.ts': verify('../lib/auditing'), 'src/lib/audit.ts': AUDIT })).toEqual([]);
    expect(getLoggedLines({ 'src/kyc/verify.ts': verify('../other/audit'), 'src/lib/audit.ts': AUDIT })).toEqual([]);
  });
});
