import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ValidateFunction } from 'ajv/dist/2020';
import { getManifestSchema } from './manifest-schema';

/**
 * The manifest schema's validator as code, written by `npm run build` (scripts/compile-rules.js).
 * Compiling the schema with Ajv took 0.1 s of every ESLint start; the compiled module loads in
 * a millisecond. From src/ (tests) the path does not exist and the schema is compiled at run time.
 */
const COMPILED_VALIDATOR = resolve(__dirname, '../../manifest-validator.js');

const AJV_OPTIONS = { allErrors: true, strict: true, verbose: true } as const;

type CompiledValidator = ValidateFunction & { categories?: string };

const validators = new Map<string, ValidateFunction>();

/** The validator of the manifest schema for these category ids (the schema lists them). */
export function getManifestValidator(categoryIds: readonly string[]): ValidateFunction {
  const key = categoryIds.join(',');
  let validate = validators.get(key);
  if (validate === undefined) {
    validate = loadCompiledValidator(key) ?? compileValidator(categoryIds);
    validators.set(key, validate);
  }
  return validate;
}

/** The standalone module the build writes: the validator, and the category ids it was built for. */
export function getValidatorSource(categoryIds: readonly string[]): string {
  const standaloneCode = (require('ajv/dist/standalone') as typeof import('ajv/dist/standalone')).default;
  const ajv = createAjv({ code: { source: true } });
  const validate = ajv.compile(getManifestSchema(categoryIds));
  return `${standaloneCode(ajv, validate)}\nmodule.exports.categories = ${JSON.stringify(categoryIds.join(','))};\n`;
}

function loadCompiledValidator(key: string): ValidateFunction | undefined {
  if (!existsSync(COMPILED_VALIDATOR)) return undefined;
  const compiled = require(COMPILED_VALIDATOR) as CompiledValidator;
  // Built for another catalogue (rules/ edited since the build): compile the schema afresh.
  return compiled.categories === key ? compiled : undefined;
}

function compileValidator(categoryIds: readonly string[]): ValidateFunction {
  return createAjv({}).compile(getManifestSchema(categoryIds));
}

function createAjv(extra: { code?: { source: boolean } }): import('ajv/dist/2020').default {
  // Loaded only here: the precompiled validator needs none of Ajv's compiler.
  const Ajv2020 = (require('ajv/dist/2020') as typeof import('ajv/dist/2020')).default;
  return new Ajv2020({ ...AJV_OPTIONS, ...extra });
}
