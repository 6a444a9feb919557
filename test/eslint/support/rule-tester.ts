import { join } from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import { espree, RuleTester, type InvalidTestCase, type ValidTestCase } from './modules';

/** The project the rule tests lint in: minimise.yaml, tsconfig.json and a file under each folder its purposes name. */
export const PROJECT = join(__dirname, '..', 'project');

// Wire typescript-eslint's RuleTester to jest.
RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** typescript-eslint's parser with no project: the plugin reuses the parser's TypeScript AST. */
const untyped = new RuleTester({ languageOptions: { parserOptions: { tsconfigRootDir: PROJECT } } });
/** typescript-eslint's parser with the project service: the plugin asks the type checker too. */
const typed = new RuleTester({ languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: PROJECT } } });
/** ESLint's own parser: the plugin parses the text with TypeScript itself. */
const javascript = new RuleTester({ languageOptions: { parser: espree, parserOptions: { ecmaFeatures: { jsx: true }, tsconfigRootDir: PROJECT } } });

type Rule = TSESLint.RuleModule<string, readonly unknown[]>;
type Invalid = InvalidTestCase<string, readonly unknown[]>;
type Valid = ValidTestCase<readonly unknown[]>;

/** An invalid case and the valid neighbour that differs from it only in what makes it wrong. */
export interface CasePair {
  name: string;
  invalid: Invalid & { filename: string };
  valid: Valid & { filename: string };
  /** Also run with espree on the same code as .js (the code must then be JavaScript). */
  javascript?: boolean;
}

export interface RuleCases {
  pairs: CasePair[];
  /** Invalid only with types (typed records): valid untyped, invalid typed. */
  typedOnly?: Array<{ name: string; invalid: Invalid & { filename: string } }>;
  /** Further valid code (every parser). */
  valid?: Array<Valid & { filename: string }>;
}

const toJs = (filename: string) => filename.replace(/\.ts$/, '.js').replace(/\.tsx$/, '.jsx');

/**
 * Runs a rule's cases three ways: typescript-eslint's parser without and with the project service,
 * and espree on the JavaScript ones. Messages, data, positions and suggestions must be the same in each.
 */
export function runRuleTests(ruleName: string, rule: Rule, cases: RuleCases): void {
  const name = (n: string, how: string) => `${n} (${how})`;
  const pairsValid = (how: string) => cases.pairs.map((p) => ({ ...p.valid, name: name(`valid neighbour of ${p.name}`, how) }));
  const pairsInvalid = (how: string) => cases.pairs.map((p) => ({ ...p.invalid, name: name(p.name, how) }));
  const extraValid = (how: string) => (cases.valid ?? []).map((v, i) => ({ ...v, name: name(v.name ?? `valid #${i + 1}`, how) }));
  const typedOnly = cases.typedOnly ?? [];

  untyped.run(`${ruleName}, typescript-eslint parser without types`, rule, {
    valid: [...pairsValid('untyped'), ...extraValid('untyped'), ...typedOnly.map((t) => ({ code: t.invalid.code, filename: t.invalid.filename, name: name(`${t.name}: needs types`, 'untyped') }))],
    invalid: pairsInvalid('untyped'),
  });
  typed.run(`${ruleName}, typescript-eslint parser with the project service`, rule, {
    valid: [...pairsValid('typed'), ...extraValid('typed')],
    invalid: [...pairsInvalid('typed'), ...typedOnly.map((t) => ({ ...t.invalid, name: name(t.name, 'typed') }))],
  });
  const js = cases.pairs.filter((p) => p.javascript === true);
  if (js.length > 0) {
    javascript.run(`${ruleName}, espree on JavaScript`, rule, {
      valid: js.map((p) => ({ ...p.valid, filename: toJs(p.valid.filename), name: name(`valid neighbour of ${p.name}`, 'espree') })),
      invalid: js.map((p) => ({
        ...p.invalid,
        filename: toJs(p.invalid.filename),
        name: name(p.name, 'espree'),
        // Messages that name the file name the .js one.
        errors: p.invalid.errors.map((error) => ({
          ...error,
          data: error.data === undefined ? undefined : Object.fromEntries(Object.entries(error.data).map(([key, value]) => [key, typeof value === 'string' ? value.split(p.invalid.filename).join(toJs(p.invalid.filename)) : value])),
        })),
      })),
    });
  }
}
