import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { getBuiltinCatalogue } from '../../src/core/catalogue/load-catalogue';
import { getManifestSchema, MANIFEST_SCHEMA_ID } from '../../src/core/manifest/manifest-schema';
import { getManifestValidator } from '../../src/core/manifest/manifest-validator';

const SHIPPED = join(__dirname, '..', '..', 'schema', 'manifest.schema.json');
const MANIFESTS = join(__dirname, '..', 'manifests');

const expected = getManifestSchema([...getBuiltinCatalogue().categories.keys()]);

function compile() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(expected);
}

describe('schema/manifest.schema.json', () => {
  it('is what getManifestSchema builds from the catalogue (else run `npm run generate`)', () => {
    const text = readFileSync(SHIPPED, 'utf8');
    const shipped: unknown = JSON.parse(text);
    const hint = 'schema/manifest.schema.json is out of date with getManifestSchema(): regenerate it with `npm run generate`';
    if (!isDeepStrictEqual(shipped, expected)) throw new Error(hint);
    if (text !== `${JSON.stringify(expected, null, 2)}\n`) throw new Error(`${hint} (it is not formatted as the generator writes it)`);
  });

  it('names itself and lists every built-in category id for completion', () => {
    expect(expected.$id).toBe(MANIFEST_SCHEMA_ID);
    const ids = (expected.$defs as { categoryId: { anyOf: Array<{ enum?: string[] }> } }).categoryId.anyOf[0].enum;
    expect(ids).toEqual([...getBuiltinCatalogue().categories.keys()]);
    expect(ids).toContain('user.government_id.pan');
  });

  it('compiles with Ajv 2020-12 in strict mode', () => {
    expect(() => compile()).not.toThrow();
  });

  it('accepts the SPEC §5 example, in YAML and in JSON', () => {
    const validate = compile();
    const yamlExample: unknown = parse(readFileSync(join(MANIFESTS, 'spec-example.yaml'), 'utf8'));
    expect(validate(yamlExample) ? [] : validate.errors).toEqual([]);
    const jsonExample: unknown = JSON.parse(readFileSync(join(MANIFESTS, 'json', 'minimise.json'), 'utf8'));
    expect(validate(jsonExample) ? [] : validate.errors).toEqual([]);
  });

  it('rejects what the loader rejects', () => {
    const validate = compile();
    const base = { version: 1, purposes: { kyc: { data: ['user.name'], actions: ['collect'] } } };
    expect(validate(base)).toBe(true);
    expect(validate({ ...base, version: 2 })).toBe(false);
    expect(validate({ ...base, valt: {} })).toBe(false);
    expect(validate({ version: 1, purposes: { kyc: { data: ['user.name'], actions: ['logg'] } } })).toBe(false);
    expect(validate({ version: 1, purposes: { kyc: { data: ['user.name'] } } })).toBe(false);
    expect(validate({ version: 1, purposes: { kyc: { data: ['user.name'], actions: ['log'], paths: ['/src/**'] } } })).toBe(false);
    expect(validate({ version: 1, purposes: { kyc: { data: ['user.name'], actions: ['log'], retention: '5 years' } } })).toBe(false);
    expect(validate({ version: 1, purposes: { kyc: { data: ['pan'], actions: ['log'] } } })).toBe(false);
  });
});

describe('the manifest validator the build compiles (dist/manifest-validator.js)', () => {
  const ids = [...getBuiltinCatalogue().categories.keys()];
  const fresh = new Ajv2020({ allErrors: true, strict: true, verbose: true }).compile(expected);
  const summarise = (errors: typeof fresh.errors) => (errors ?? []).map((e) => [e.instancePath, e.schemaPath, e.keyword, e.message]);

  it('is the one used, for the schema it was built from', () => {
    expect((getManifestValidator(ids) as { schemaHash?: string }).schemaHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports what Ajv compiling the schema reports, on good and bad manifests', () => {
    const compiled = getManifestValidator(ids);
    const manifests: unknown[] = [
      parse(readFileSync(join(MANIFESTS, 'spec-example.yaml'), 'utf8')),
      { version: 1, purposes: {} },
      { version: 2, purposes: {} },
      { version: 1, purposes: { kyc: { data: ['user.name'], actions: ['shout'] } }, extra: true },
      { version: 1, purposes: { 'bad name!': { data: [], actions: [] } }, vault: {} },
      { version: 1, purposes: { kyc: { data: ['user.name', 'user.name'], actions: ['store'], paths: ['/abs/**'], retention: 5 } } },
    ];
    for (const value of manifests) {
      expect([compiled(value), summarise(compiled.errors)]).toEqual([fresh(value), summarise(fresh.errors)]);
    }
    expect(manifests.filter((value) => !compiled(value)).length).toBe(4);
  });
});
