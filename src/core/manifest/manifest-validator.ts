import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv/dist/2020';
import { PACKAGE_ROOT } from '../package-root';
import { getManifestSchema } from './manifest-schema';

/**
 * The manifest schema's validator as code, written by `npm run build` (scripts/compile-rules.js).
 * Compiling the schema with Ajv took 0.1 s of every ESLint start; the compiled module loads in a
 * millisecond. It is used only for the exact schema it was built from (rules/ or the schema's
 * code may have changed since the build); otherwise the schema is compiled here.
 */
const COMPILED_VALIDATOR = join(PACKAGE_ROOT, 'dist', 'manifest-validator.js');

const AJV_OPTIONS = { allErrors: true, strict: true, verbose: true } as const;

type CompiledValidator = ValidateFunction & { schemaHash?: string };

const validators = new Map<string, ValidateFunction>();

/** The validator of the manifest schema for these category ids (the schema lists them). */
export function getManifestValidator(categoryIds: readonly string[]): ValidateFunction {
  const key = categoryIds.join(',');
  let validate = validators.get(key);
  if (validate === undefined) {
    const schema = getManifestSchema(categoryIds);
    validate = loadCompiledValidator(getSchemaHash(schema)) ?? createAjv({}).compile(schema);
    validators.set(key, validate);
  }
  return validate;
}

/** The standalone module the build writes: the validator, and the hash of the schema it was built from. */
export function getValidatorSource(categoryIds: readonly string[]): string {
  const standaloneCode = (require('ajv/dist/standalone') as typeof import('ajv/dist/standalone')).default;
  const schema = getManifestSchema(categoryIds);
  const ajv = createAjv({ code: { source: true } });
  const validate = ajv.compile(schema);
  return `${standaloneCode(ajv, validate)}\nmodule.exports.schemaHash = ${JSON.stringify(getSchemaHash(schema))};\n`;
}

function getSchemaHash(schema: object): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex');
}

function loadCompiledValidator(schemaHash: string): ValidateFunction | undefined {
  if (!existsSync(COMPILED_VALIDATOR)) return undefined;
  const compiled = require(COMPILED_VALIDATOR) as CompiledValidator;
  return compiled.schemaHash === schemaHash ? compiled : undefined;
}

function createAjv(extra: { code?: { source: boolean } }): import('ajv/dist/2020').default {
  // Loaded only here: the precompiled validator needs none of Ajv's compiler.
  const Ajv2020 = (require('ajv/dist/2020') as typeof import('ajv/dist/2020')).default;
  return new Ajv2020({ ...AJV_OPTIONS, ...extra });
}
