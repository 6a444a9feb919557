import { SENSITIVITIES } from '../catalogue/types';
import { ACTIONS, BASES, TRANSFORM_KINDS } from './types';

export const MANIFEST_SCHEMA_ID = 'https://github.com/minimise-scan/minimise-scan/schema/manifest.schema.json';

/**
 * The JSON Schema of `minimise.yaml`. Built from the catalogue so that the shipped file
 * (`schema/manifest.schema.json`, which editors use for completion) cannot drift from the code:
 * a test compares the two.
 */
export function getManifestSchema(builtinCategoryIds: readonly string[]): Record<string, unknown> {
  const stringList = (description: string) => ({
    type: 'array',
    description,
    items: { type: 'string', minLength: 1 },
    uniqueItems: true,
  });
  const globs = (description: string) => ({ ...stringList(description), items: { type: 'string', minLength: 1, pattern: '^[^/]' } });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: MANIFEST_SCHEMA_ID,
    title: 'minimise-scan purpose manifest (minimise.yaml)',
    description: 'Which personal data each part of the code may collect, store, log, transmit or expose, and why.',
    type: 'object',
    additionalProperties: false,
    required: ['version', 'purposes'],
    properties: {
      $schema: { type: 'string' },
      version: { const: 1, description: 'Manifest format version.' },
      purposes: {
        type: 'object',
        description: 'One entry per purpose, keyed by its name.',
        propertyNames: { pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$' },
        additionalProperties: { $ref: '#/$defs/purpose' },
      },
      vault: {
        type: 'object',
        description: 'The Aadhaar Data Vault / card token vault: the only paths allowed to store Aadhaar and card numbers.',
        additionalProperties: false,
        required: ['paths'],
        properties: { paths: globs('Globs, relative to this file, of the vault code.') },
      },
      transforms: {
        type: 'object',
        description: 'Project functions that mask, hash, encrypt, tokenise, redact or truncate personal data.',
        additionalProperties: false,
        properties: Object.fromEntries(
          TRANSFORM_KINDS.map((kind) => [kind, stringList(`Function names (or object.method) that ${kind} data.`)]),
        ),
      },
      categories: {
        type: 'object',
        description: 'Project-specific categories, or extra identifier names for built-in ones.',
        propertyNames: { pattern: '^user(\\.[a-z0-9_]+)+$' },
        additionalProperties: {
          type: 'object',
          additionalProperties: false,
          properties: {
            names: stringList('Identifier names that hold this category (camelCase, snake_case…).'),
            sensitivity: { enum: [...SENSITIVITIES] },
            label: { type: 'string', minLength: 1 },
          },
        },
      },
      ignore: globs('Globs, relative to this file, of files not to scan.'),
    },
    $defs: {
      categoryId: {
        anyOf: [
          { enum: [...builtinCategoryIds] },
          { type: 'string', pattern: '^user(\\.[a-z0-9_]+)*$' },
        ],
      },
      purpose: {
        type: 'object',
        additionalProperties: false,
        required: ['data', 'actions'],
        properties: {
          description: { type: 'string' },
          basis: { enum: [...BASES], description: 'Lawful basis (DPDP s.6 consent or s.7 legitimate use; GDPR Art. 6).' },
          data: {
            type: 'array',
            description: 'Data category ids; a parent id covers its children.',
            items: { $ref: '#/$defs/categoryId' },
            minItems: 1,
            uniqueItems: true,
          },
          actions: { type: 'array', items: { enum: [...ACTIONS] }, minItems: 1, uniqueItems: true },
          paths: globs('Globs, relative to this file, where the purpose applies (default: everywhere).'),
          recipients: stringList('Hosts (wildcards allowed), SDK ids or vendors that may receive the data (default: any).'),
          stores: stringList('Store ids or kinds (postgres, redis, s3, localStorage…) that may hold the data (default: any).'),
          retention: {
            type: 'string',
            description: 'ISO 8601 duration, informational.',
            pattern: '^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$',
          },
        },
      },
    },
  };
}
