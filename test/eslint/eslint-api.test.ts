import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import * as eslintV9 from 'eslint';
import type { ESLint as ESLintClass, Linter } from 'eslint';
import plugin from '../../src/eslint';
import { eslintV10, tsParser } from './support/modules';
import { PROJECT } from './support/rule-tester';
import { lines } from './support/cases';
import { REPO } from './support/fixtures';

/**
 * The plugin through ESLint's own API, as `npx eslint` and the editor extension use it, on ESLint 9
 * and 10: espree on .js/.mjs/.cjs, typescript-eslint's parser with and without the project service.
 */
const VERSIONS: ReadonlyArray<[string, typeof eslintV9]> = [
  ['ESLint 9', eslintV9],
  ['ESLint 10', eslintV10],
];

const recommended = plugin.configs.recommended as unknown as Linter.Config;
const strict = plugin.configs.strict as unknown as Linter.Config;
const typeChecked = plugin.configs['recommended-type-checked'] as unknown as Linter.Config;

const TS = { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tsParser } } as Linter.Config;
const JS = { files: ['**/*.js', '**/*.mjs', '**/*.cjs'] } as Linter.Config;

const typedRecord = lines(
  "import type { KycRecord } from '../types';",
  'export function review(record: KycRecord) {',
  '  console.log(record);',
  '}',
);

type Summary = [ruleId: string | null, severity: number, line: number, column: number, endLine: number | undefined, endColumn: number | undefined];
const summarise = (results: ESLintClass.LintResult[]): Summary[] =>
  results.flatMap((result) => result.messages.map((m): Summary => [m.ruleId, m.severity, m.line, m.column, m.endLine, m.endColumn])).sort((a, b) => String(a).localeCompare(String(b)));

describe.each(VERSIONS)('%s', (_version, { ESLint }) => {
  const lint = async (config: Linter.Config[], code: string, filePath: string): Promise<ESLintClass.LintResult[]> => {
    const eslint = new ESLint({ cwd: PROJECT, overrideConfigFile: true, overrideConfig: config });
    return eslint.lintText(code, { filePath: join(PROJECT, filePath) });
  };

  it('loads the plugin from flat config, with meta and the generated configs', async () => {
    const eslint = new ESLint({ cwd: PROJECT, overrideConfigFile: true, overrideConfig: [JS, recommended] });
    const config = (await eslint.calculateConfigForFile(join(PROJECT, 'src/kyc/file.js'))) as Linter.Config;
    expect(config.rules?.['minimise/no-undeclared-logging']).toEqual([2]);
    expect(config.rules?.['minimise/no-hardcoded-pii']).toEqual([1]);
    expect(plugin.meta).toEqual({ name: 'minimise-scan', version: expect.stringMatching(/^\d+\.\d+\.\d+/), namespace: 'minimise' });
  });

  it.each([
    ['src/support/file.js', lines("const logger = require('pino')();", 'function open(pan) {', '  logger.info({ pan });', '}', 'module.exports = { open };')],
    ['src/support/file.cjs', lines("const logger = require('pino')();", 'function open(pan) {', '  logger.info({ pan });', '}', 'module.exports = { open };')],
    ['src/support/file.mjs', lines("import pino from 'pino';", 'const logger = pino();', 'export function open(pan) {', '  logger.info({ pan });', '}')],
  ])('lints %s with espree', async (file, code) => {
    const line = code.split('\n').findIndex((text) => text.includes('logger.info({ pan })')) + 1;
    expect(summarise(await lint([JS, recommended], code, file))).toEqual([['minimise/no-undeclared-logging', 2, line, 3, line, 23]]);
  });

  it('lints TypeScript with typescript-eslint’s parser and no project (no types: the typed record is not seen)', async () => {
    const code = typedRecord.replace('console.log(record);', 'console.log(record, record.pan);');
    expect(summarise(await lint([TS, recommended], code, 'src/other/file.ts'))).toEqual([['minimise/no-undeclared-logging', 2, 3, 3, 3, 34]]);
  });

  it('lints TypeScript with the project service (recommended-type-checked): typed records are seen', async () => {
    const results = await lint([TS, { ...typeChecked, languageOptions: { ...typeChecked.languageOptions, parserOptions: { projectService: true, tsconfigRootDir: PROJECT } } }], typedRecord, 'src/other/file.ts');
    expect(summarise(results)).toEqual([
      ['minimise/no-restricted-data', 2, 3, 3, 3, 22],
      ['minimise/no-undeclared-logging', 2, 3, 3, 3, 22],
      ['minimise/no-undeclared-logging', 2, 3, 3, 3, 22],
    ]);
    expect(results[0].messages.map((m) => `${m.ruleId} ${m.message.split(' reaches')[0]}`).sort()).toEqual([
      'minimise/no-restricted-data Aadhaar number (user.government_id.aadhaar)',
      'minimise/no-undeclared-logging Aadhaar number (user.government_id.aadhaar)',
      'minimise/no-undeclared-logging Permanent Account Number (PAN) (user.government_id.pan)',
    ]);
  });

  it('strict makes every rule an error', async () => {
    const code = lines("export const SAMPLE = 'ACUPA7085R';");
    expect(summarise(await lint([JS, recommended], code, 'src/other/file.js'))).toEqual([['minimise/no-hardcoded-pii', 1, 1, 23, 1, 35]]);
    expect(summarise(await lint([JS, strict], code, 'src/other/file.js'))).toEqual([['minimise/no-hardcoded-pii', 2, 1, 23, 1, 35]]);
  });

  it('reports a bad manifest once per file, at 1:1, without crashing', async () => {
    const settings = { settings: { minimise: { manifest: 'bad-manifest.yaml' } } };
    const results = await lint([JS, recommended, settings], lines("console.log('hello');"), 'src/support/file.js');
    expect(results[0].messages).toEqual([
      expect.objectContaining({
        ruleId: 'minimise/no-undeclared-collection',
        line: 1,
        column: 1,
        message: 'bad-manifest.yaml:4:12: unknown category "user.contact.emial"; did you mean "user.contact.email"?',
      }),
    ]);
  });

  it('takes the manifest from settings.minimise.manifest, relative to the working directory', async () => {
    const code = lines('export function open(email) {', '  console.log(email);', '}');
    // Discovered from the file: support may log e-mail. The bad manifest named in settings wins over discovery.
    expect(summarise(await lint([JS, recommended], code, 'src/support/file.js'))).toEqual([]);
    const named = await lint([JS, recommended, { settings: { minimise: { manifest: join('..', 'project', 'bad-manifest.yaml') } } }], code, 'src/support/file.js');
    expect(summarise(named)).toEqual([['minimise/no-undeclared-collection', 1, 1, 1, undefined, undefined]]);
  });
});

it('examples/eslint.config.js works as written with `npx eslint` (typed, on the demo app, through the built dist/eslint-plugin.js)', () => {
  const demo = join(REPO, 'fixtures', 'demo-kyc-app');
  const eslintBin = join(REPO, 'node_modules', 'eslint', 'bin', 'eslint.js');
  let output = '';
  try {
    execFileSync(process.execPath, [eslintBin, '--config', join(REPO, 'examples', 'eslint.config.js'), '--format', 'json', 'src/kyc/onboarding.ts'], { cwd: demo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (error) {
    output = (error as { stdout: string }).stdout; // exit code 1: problems found
  }
  const [result] = JSON.parse(output) as ESLintClass.LintResult[];
  // The typed record logged on line 34 is among them: the example turns on typed linting.
  expect(result.messages.filter((m) => m.line === 34).map((m) => m.ruleId)).toEqual(expect.arrayContaining(['minimise/no-undeclared-logging', 'minimise/no-restricted-data']));
  expect(result.messages).toHaveLength(14);
});
