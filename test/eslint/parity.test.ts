import { relative } from 'node:path';
import { tsParser } from './support/modules';
import { ESLint, type Linter } from 'eslint';
import plugin from '../../src/eslint';
import { compareWithExpectations, readExpectations } from '../support/expectations';
import { findFixtures, FIXTURES, getMessageCategory, isPending, listSourceFiles } from './support/fixtures';

/**
 * SPEC §8 parity: on every scanner fixture, the plugin's findings in a file are exactly the file's
 * `expect:` annotations (the scanner's findings when the flow stays in the file; `expect-scanner:`
 * ones need the whole program). Typed, as the scanner's fixture test runs, with every rule on.
 */
const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const JS_FILES = ['**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'];

function createESLint(typed: boolean): ESLint {
  const config: Linter.Config[] = [
    { files: [...TS_FILES, ...JS_FILES] },
    {
      files: TS_FILES,
      languageOptions: { parser: tsParser, parserOptions: typed ? { projectService: true, tsconfigRootDir: FIXTURES } : {} },
    },
    // JavaScript keeps ESLint's own parser (espree), as a JavaScript project would.
    { files: JS_FILES, languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    (typed ? plugin.configs['recommended-type-checked'] : plugin.configs.recommended) as unknown as Linter.Config,
  ];
  return new ESLint({ cwd: FIXTURES, overrideConfigFile: true, overrideConfig: config });
}

interface Actual {
  file: string;
  line: number;
  rule: string;
  category: string;
}

async function lintFixture(eslint: ESLint, dir: string): Promise<{ actual: Actual[]; problems: string[] }> {
  const results = await eslint.lintFiles(listSourceFiles(dir));
  const actual: Actual[] = [];
  const problems: string[] = [];
  for (const result of results) {
    const file = relative(dir, result.filePath).split('\\').join('/');
    for (const message of result.messages) {
      const category = getMessageCategory(message.message);
      if (message.ruleId === null || !message.ruleId.startsWith('minimise/') || category === undefined || message.messageId === 'finding') {
        problems.push(`${file}:${message.line} ${message.ruleId ?? 'fatal'} ${message.messageId ?? ''} ${message.message}`);
        continue;
      }
      actual.push({ file, line: message.line, rule: message.ruleId.slice('minimise/'.length), category });
    }
  }
  return { actual, problems };
}

const fixtures = findFixtures().map((dir) => [relative(FIXTURES, dir), dir] as const);
const ready = fixtures.filter(([, dir]) => !isPending(dir));
const pending = fixtures.filter(([, dir]) => isPending(dir));

const readFixture = (dir: string) => {
  const expectations = readExpectations(dir, listSourceFiles(dir));
  return { plugin: expectations.filter((e) => !e.scannerOnly), scanner: expectations };
};

describe('parity with the scanner on every fixture, syntax only (recommended)', () => {
  const eslint = createESLint(false);
  it.each(ready)('%s: exactly its expect: findings', async (_name, dir) => {
    const { actual, problems } = await lintFixture(eslint, dir);
    expect(problems).toEqual([]);
    expect(compareWithExpectations(readFixture(dir).plugin, actual)).toEqual({ missing: [], unexpected: [] });
  });
  pending.forEach(([name]) => it.todo(`${name} (pending: see its PENDING.md)`));
});

/**
 * With types the plugin also sees typed records in the file, which some fixtures mark
 * `expect-scanner:` (the scanner's fixture test is typed): every expect: finding, and nothing the
 * scanner would not report on that file.
 */
describe('parity with the scanner on every fixture, typed (recommended-type-checked)', () => {
  const eslint = createESLint(true);
  it.each(ready)('%s: its expect: findings, and only findings the scanner expects', async (_name, dir) => {
    const { actual, problems } = await lintFixture(eslint, dir);
    expect(problems).toEqual([]);
    const expected = readFixture(dir);
    expect(compareWithExpectations(expected.plugin, actual).missing).toEqual([]);
    expect(compareWithExpectations(expected.scanner, actual).unexpected).toEqual([]);
  });
});
