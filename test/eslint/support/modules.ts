/// <reference path="./typescript-eslint-subpaths.d.ts" />
// typescript-eslint's packages publish their types through `exports` only, which this repository's
// `moduleResolution: node10` does not read: the types come from the files, the values from require().
import type { Linter } from 'eslint';
import type * as ParserModule from '@typescript-eslint/parser/dist/index';
import type * as RuleTesterModule from '@typescript-eslint/rule-tester/dist/index';

export const { RuleTester } = require('@typescript-eslint/rule-tester') as typeof RuleTesterModule;
export type { InvalidTestCase, ValidTestCase, RunTests } from '@typescript-eslint/rule-tester/dist/index';
export const tsParser = require('@typescript-eslint/parser') as typeof ParserModule & Linter.Parser;
export const espree = require('espree') as Linter.Parser;
/** ESLint 10, installed under an npm alias next to ESLint 9. */
export const eslintV10 = require('eslint-v10') as typeof import('eslint');
