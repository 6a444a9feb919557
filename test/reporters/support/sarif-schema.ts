import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const MULTITOOL_DIR = join(__dirname, '..', '..', '..', 'node_modules', '@microsoft', 'sarif-multitool-linux');
/** The OASIS SARIF 2.1.0 schema as the multitool ships it (JSON Schema 2020-12, hence Ajv2020). */
export const SARIF_SCHEMA_FILE = join(MULTITOOL_DIR, 'sarif-2.1.0.json');
export const MULTITOOL = join(MULTITOOL_DIR, 'Sarif.Multitool');

let validate: ReturnType<Ajv2020['compile']> | undefined;

/** Schema errors of a SARIF log, as readable lines; [] when it is valid. */
export function getSarifSchemaErrors(log: unknown): string[] {
  if (validate === undefined) {
    const schema = JSON.parse(readFileSync(SARIF_SCHEMA_FILE, 'utf8')) as { $schema: string };
    if (!schema.$schema.includes('2020-12')) throw new Error(`the SARIF schema is ${schema.$schema}: use the matching Ajv class`);
    // strict: false: the official schema lists "required" properties inside anyOf branches, which strict mode rejects.
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    validate = ajv.compile(schema);
  }
  return validate(log) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}
