import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { getBuiltinCatalogue } from '../../src/core/catalogue/load-catalogue';
import { classifyName } from '../../src/core/classify';
import { findManifest, getEmptyManifest, loadManifest, resolveManifest } from '../../src/core/manifest/load-manifest';
import { ManifestError, type ManifestProblem } from '../../src/core/manifest/manifest-error';
import { parseManifest } from '../../src/core/manifest/parse-manifest';
import type { Manifest } from '../../src/core/manifest/types';

const builtin = getBuiltinCatalogue();
const MANIFESTS = resolve(__dirname, '../manifests');
const SPEC_EXAMPLE = join(MANIFESTS, 'spec-example.yaml');

/** Joins lines with newlines, so a test's line numbers are the array's indices + 1. */
const lines = (...text: string[]): string => `${text.join('\n')}\n`;

const parse = (text: string, file = 'minimise.yaml'): Manifest => parseManifest(text, file, '/project', builtin);

/** The ManifestError that parsing `text` throws; fails the test when it parses. */
function parseError(text: string, file = 'minimise.yaml'): ManifestError {
  try {
    parse(text, file);
  } catch (error) {
    if (error instanceof ManifestError) return error;
    throw new Error(`expected a ManifestError, got ${String(error)}`);
  }
  throw new Error('expected a ManifestError, but the manifest parsed');
}

const messageOf = (text: string, file?: string): string => parseError(text, file).message;

function loadError(file: string): ManifestError {
  try {
    loadManifest(file, builtin);
  } catch (error) {
    if (error instanceof ManifestError) return error;
    throw error;
  }
  throw new Error('expected a ManifestError, but the manifest loaded');
}

/** A purpose with valid data and actions, followed by the extra lines a test needs. */
const onePurpose = (...extra: string[]): string =>
  lines('version: 1', 'purposes:', '  kyc:', '    data: [user.name]', '    actions: [collect]', ...extra);

const SPEC_PURPOSES = [
  {
    name: 'kyc-onboarding',
    description: 'Verify identity at account opening (RBI KYC Master Direction)',
    basis: 'legal_obligation',
    data: ['user.government_id.pan', 'user.government_id.aadhaar', 'user.name', 'user.demographic.date_of_birth'],
    actions: ['collect', 'store', 'transmit'],
    paths: ['src/kyc/**'],
    recipients: ['api.quickekyc.com', 'digilocker'],
    stores: ['postgres'],
    retention: 'P5Y',
  },
  {
    name: 'support',
    data: ['user.contact.email'],
    actions: ['collect', 'log'],
    paths: ['src/support/**'],
  },
];

describe('loading the SPEC §5 example manifest', () => {
  const manifest = loadManifest(SPEC_EXAMPLE, builtin);

  it('records the absolute file and its directory', () => {
    expect(manifest.file).toBe(SPEC_EXAMPLE);
    expect(manifest.dir).toBe(MANIFESTS);
  });

  it('keeps the purposes in declaration order with every field as written', () => {
    expect(manifest.purposes.map((p) => p.name)).toEqual(['kyc-onboarding', 'support']);
    expect(manifest.purposes.map(({ dataLocations: _, ...purpose }) => purpose)).toEqual(SPEC_PURPOSES);
  });

  it('leaves undeclared optional purpose fields undefined (paths undefined means everywhere)', () => {
    const support = manifest.purposes[1];
    expect(support.recipients).toBeUndefined();
    expect(support.stores).toBeUndefined();
    expect(support.basis).toBeUndefined();
    expect(support.retention).toBeUndefined();
  });

  it('reads the vault paths', () => {
    expect(manifest.vaultPaths).toEqual(['src/vault/**']);
  });

  it('lists all six transform kinds, empty for the undeclared ones', () => {
    expect(manifest.transforms).toEqual({
      mask: ['maskAadhaar', 'redact'],
      hash: ['hashPassword'],
      encrypt: ['vault.encrypt'],
      tokenize: [],
      redact: [],
      truncate: [],
    });
  });

  it('reads the custom categories and merges them into its catalogue', () => {
    expect(manifest.categories).toEqual({ 'user.loyalty_id': { names: ['loyaltyNo', 'memberNumber'], sensitivity: 'low' } });
    const loyalty = manifest.catalogue.categories.get('user.loyalty_id');
    expect(loyalty).toMatchObject({ id: 'user.loyalty_id', sensitivity: 'low', custom: true });
    expect(classifyName('loyaltyNo', manifest.catalogue).category).toBe('user.loyalty_id');
    expect(classifyName('memberNumber', manifest.catalogue).category).toBe('user.loyalty_id');
  });

  it('does not change the built-in catalogue', () => {
    expect(manifest.catalogue).not.toBe(builtin);
    expect(builtin.categories.has('user.loyalty_id')).toBe(false);
    expect(classifyName('loyaltyNo', builtin).category).not.toBe('user.loyalty_id');
  });

  it('keeps the built-in categories in the merged catalogue', () => {
    for (const id of builtin.categories.keys()) expect(manifest.catalogue.categories.has(id)).toBe(true);
    expect(classifyName('panNumber', manifest.catalogue).category).toBe('user.government_id.pan');
  });

  it('reads the ignore globs', () => {
    expect(manifest.ignore).toEqual(['**/*.test.ts', 'fixtures/**']);
  });

  it('remembers where each data entry stands, for findings about the manifest itself', () => {
    expect(manifest.purposes[0].dataLocations).toEqual([
      { line: 6, column: 12 },
      { line: 6, column: 36 },
      { line: 6, column: 64 },
      { line: 6, column: 75 },
    ]);
    expect(manifest.purposes[1].dataLocations).toEqual([{ line: 13, column: 12 }]);
  });

  it('loads the same manifest written as JSON (minimise.json)', () => {
    const json = loadManifest(join(MANIFESTS, 'json', 'minimise.json'), builtin);
    expect(json.purposes.map(({ dataLocations: _, ...purpose }) => purpose)).toEqual(SPEC_PURPOSES);
    expect(json.vaultPaths).toEqual(manifest.vaultPaths);
    expect(json.transforms).toEqual(manifest.transforms);
    expect(json.categories).toEqual(manifest.categories);
    expect(json.ignore).toEqual(manifest.ignore);
    expect(json.dir).toBe(join(MANIFESTS, 'json'));
  });
});

describe('parsing small manifests', () => {
  it('uses the built-in catalogue itself when the manifest adds no categories', () => {
    expect(parse(onePurpose()).catalogue).toBe(builtin);
  });

  it('gives empty lists for omitted vault, transforms, categories and ignore', () => {
    const manifest = parse(onePurpose());
    expect(manifest).toMatchObject({ file: 'minimise.yaml', dir: '/project', vaultPaths: [], categories: {}, ignore: [] });
    expect(Object.values(manifest.transforms)).toEqual([[], [], [], [], [], []]);
  });

  it('accepts a manifest with no purposes', () => {
    expect(parse(lines('version: 1', 'purposes: {}')).purposes).toEqual([]);
  });

  it('accepts a $schema key for editors', () => {
    expect(parse(lines('$schema: ./node_modules/minimise-scan/schema/manifest.schema.json', 'version: 1', 'purposes: {}')).purposes).toEqual([]);
  });

  it('lets a purpose use a category the manifest declares', () => {
    const manifest = parse(
      lines('version: 1', 'purposes:', '  loyalty:', '    data: [user.loyalty_id]', '    actions: [store]', 'categories:', '  user.loyalty_id: { names: [loyaltyNo] }'),
    );
    expect(manifest.purposes[0].data).toEqual(['user.loyalty_id']);
    expect(manifest.catalogue.categories.get('user.loyalty_id')).toMatchObject({ sensitivity: 'medium', label: 'user.loyalty_id', custom: true });
  });

  it('adds extra names to a built-in category', () => {
    const manifest = parse(onePurpose('categories:', '  user.government_id.pan: { names: [taxRef] }'));
    expect(classifyName('taxRef', manifest.catalogue).category).toBe('user.government_id.pan');
    expect(manifest.catalogue.categories.get('user.government_id.pan')?.custom).toBe(false);
  });
});

describe('bad manifests give one ManifestError at FILE:LINE:COL', () => {
  it('unknown category id with a did-you-mean for a misspelling', () => {
    const text = lines('version: 1', 'purposes:', '  kyc:', '    data: [user.name, user.goverment_id.pan]', '    actions: [collect]');
    const error = parseError(text);
    expect(error).toBeInstanceOf(ManifestError);
    expect(error.name).toBe('ManifestError');
    expect(error.message).toBe('minimise.yaml:4:23: unknown category "user.goverment_id.pan"; did you mean "user.government_id.pan"?');
    expect(error.problems).toEqual([
      { file: 'minimise.yaml', line: 4, column: 23, message: 'unknown category "user.goverment_id.pan"; did you mean "user.government_id.pan"?' },
    ]);
  });

  it('unknown category id given by its last segment alone (pan)', () => {
    const text = lines('version: 1', 'purposes:', '  kyc:', '    data:', '      - user.name', '      - pan', '    actions: [collect]');
    expect(messageOf(text)).toBe('minimise.yaml:6:9: unknown category "pan"; did you mean "user.government_id.pan"?');
  });

  it('unknown category id with nothing close gets no suggestion', () => {
    const text = lines('version: 1', 'purposes:', '  kyc:', '    data: [user.zzzzzzzzzzzz]', '    actions: [collect]');
    expect(messageOf(text)).toBe('minimise.yaml:4:12: unknown category "user.zzzzzzzzzzzz"');
  });

  it('a category id that is not a string', () => {
    const text = lines('version: 1', 'purposes:', '  kyc:', '    data: [user.name, 5]', '    actions: [collect]');
    expect(messageOf(text)).toBe('minimise.yaml:4:23: "data" of purpose "kyc" must list category ids such as user.contact.email, not 5');
  });

  it('unknown action with a did-you-mean', () => {
    const text = lines('version: 1', 'purposes:', '  support:', '    data: [user.contact.email]', '    actions: [collect, logg]');
    expect(messageOf(text)).toBe(
      'minimise.yaml:5:24: unknown action "logg" (expected one of: collect, store, log, transmit, expose); did you mean "log"?',
    );
  });

  it('unknown basis with a did-you-mean', () => {
    expect(messageOf(onePurpose('    basis: consnet'))).toBe(
      'minimise.yaml:6:12: unknown basis "consnet" (expected one of: consent, contract, legal_obligation, legitimate_use, legitimate_interests, vital_interests, public_task, employment, medical_emergency, state_function); did you mean "consent"?',
    );
  });

  it('invalid glob in paths', () => {
    expect(messageOf(onePurpose('    paths: ["src/kyc/**", "src/["]'))).toBe('minimise.yaml:6:27: invalid glob "src/[": Missing closing: "]"');
  });

  it('invalid glob in vault paths and ignore', () => {
    expect(messageOf(onePurpose('vault:', '  paths: ["src/["]'))).toBe('minimise.yaml:7:11: invalid glob "src/[": Missing closing: "]"');
    expect(messageOf(onePurpose('ignore:', '  - "a/("'))).toBe('minimise.yaml:7:5: invalid glob "a/(": Missing closing: ")"');
  });

  it('absolute glob', () => {
    expect(messageOf(onePurpose('    paths: ["/src/**"]'))).toBe('minimise.yaml:6:13: glob "/src/**" must be relative to the manifest\'s directory');
    expect(messageOf(onePurpose('ignore: ["/dist/**"]'))).toBe('minimise.yaml:6:10: glob "/dist/**" must be relative to the manifest\'s directory');
  });

  it('duplicate purpose points at the second key', () => {
    const text = lines(
      'version: 1',
      'purposes:',
      '  kyc:',
      '    data: [user.name]',
      '    actions: [collect]',
      '  kyc:',
      '    data: [user.name]',
      '    actions: [log]',
    );
    expect(messageOf(text)).toBe('minimise.yaml:6:3: duplicate purpose "kyc"');
  });

  it('duplicate key elsewhere is a duplicate key, not a duplicate purpose', () => {
    const text = lines('version: 1', 'purposes:', '  kyc:', '    data: [user.name]', '    data: [user.name]', '    actions: [log]');
    expect(messageOf(text)).toBe('minimise.yaml:5:5: duplicate key: each key may appear once in a mapping');
  });

  it('unknown top-level key with a did-you-mean', () => {
    expect(messageOf(onePurpose('valt:', '  paths: ["src/vault/**"]'))).toBe(
      'minimise.yaml:6:1: unknown key "valt" (expected one of: version, purposes, vault, transforms, categories, ignore); did you mean "vault"?',
    );
  });

  it('unknown purpose key with a did-you-mean', () => {
    expect(messageOf(onePurpose('    recipents: [api.example.com]'))).toBe(
      'minimise.yaml:6:5: unknown key "recipents" in purpose "kyc" (expected one of: description, basis, data, actions, paths, recipients, stores, retention); did you mean "recipients"?',
    );
  });

  it('unknown transform kind', () => {
    expect(messageOf(onePurpose('transforms:', '  hide: [hideIt]'))).toBe(
      'minimise.yaml:7:3: unknown key "hide" in "transforms" (expected one of: mask, hash, encrypt, tokenize, redact, truncate)',
    );
  });

  it('wrong types: data as a string, purposes as a list, a transform as a string', () => {
    const text = lines('version: 1', 'purposes:', '  kyc:', '    data: user.name', '    actions: [collect]');
    expect(messageOf(text)).toBe('minimise.yaml:4:11: "data" of purpose "kyc" must be a list');
    expect(messageOf(lines('version: 1', 'purposes:', '  - kyc'))).toBe('minimise.yaml:3:3: "purposes" must be a mapping');
    expect(messageOf(onePurpose('transforms:', '  mask: maskIt'))).toBe('minimise.yaml:7:9: "transforms.mask" must be a list');
    expect(messageOf(onePurpose('    paths: [5]'))).toBe('minimise.yaml:6:13: "paths" of purpose "kyc" must be a string');
  });

  it('a purpose that is not a mapping', () => {
    expect(messageOf(lines('version: 1', 'purposes:', '  kyc: collect'))).toBe('minimise.yaml:3:8: purpose "kyc" must be a mapping');
  });

  it('missing data or actions points at the purpose name', () => {
    expect(messageOf(lines('version: 1', 'purposes:', '  kyc:', '    actions: [collect]'))).toBe('minimise.yaml:3:3: purpose "kyc" is missing "data"');
    expect(messageOf(lines('version: 1', 'purposes:', '  other: { data: [user.name], actions: [log] }', '  kyc:', '    data: [user.name]'))).toBe(
      'minimise.yaml:4:3: purpose "kyc" is missing "actions"',
    );
  });

  it('missing version or purposes', () => {
    expect(messageOf(lines('# a manifest', 'purposes: {}'))).toBe('minimise.yaml:2:1: the manifest is missing "version"');
    expect(messageOf(lines('version: 1'))).toBe('minimise.yaml:1:1: the manifest is missing "purposes"');
  });

  it('empty data or actions lists', () => {
    const text = lines('version: 1', 'purposes:', '  kyc:', '    data: []', '    actions: [collect]');
    expect(messageOf(text)).toBe('minimise.yaml:4:11: "data" of purpose "kyc" must list at least one entry');
  });

  it('the same entry twice in a list', () => {
    const text = lines('version: 1', 'purposes:', '  kyc:', '    data: [user.name]', '    actions: [collect, collect]');
    expect(messageOf(text)).toBe('minimise.yaml:5:14: "actions" of purpose "kyc" lists the same entry twice');
  });

  it('version: 2', () => {
    expect(messageOf(lines('version: 2', 'purposes: {}'))).toBe('minimise.yaml:1:10: "version" must be 1');
  });

  it('bad retention', () => {
    expect(messageOf(onePurpose('    retention: 5 years'))).toBe(
      'minimise.yaml:6:16: retention "5 years" is not an ISO 8601 duration such as P5Y or P180D',
    );
  });

  it('accepts ISO 8601 retention durations', () => {
    for (const retention of ['P5Y', 'P180D', 'P1Y6M', 'P2W', 'PT12H', 'P1DT2H30M']) {
      expect(parse(onePurpose(`    retention: ${retention}`)).purposes[0].retention).toBe(retention);
    }
    for (const retention of ['P', 'PT', '5Y', 'P1H']) expect(() => parse(onePurpose(`    retention: ${retention}`))).toThrow(ManifestError);
  });

  it('a bad purpose name', () => {
    expect(messageOf(lines('version: 1', 'purposes:', '  "kyc onboarding":', '    data: [user.name]', '    actions: [collect]'))).toBe(
      'minimise.yaml:3:3: purpose name "kyc onboarding" must start with a letter or digit and use only letters, digits, ".", "_" and "-"',
    );
  });

  it('a bad custom category id', () => {
    expect(messageOf(onePurpose('categories:', '  loyalty: { names: [loyaltyNo] }'))).toBe(
      'minimise.yaml:7:3: custom category id "loyalty" must be a dotted lower-case id starting with "user." (e.g. user.loyalty_id)',
    );
  });

  it('a bad custom category sensitivity', () => {
    expect(messageOf(onePurpose('categories:', '  user.loyalty_id: { sensitivity: extreme }'))).toBe(
      'minimise.yaml:7:35: unknown sensitivity "extreme" (expected one of: low, medium, high, critical)',
    );
  });

  it('invalid YAML syntax', () => {
    const text = lines('version: 1', 'purposes:', '  kyc:', '    data: [user.name', '    actions: [collect]');
    expect(messageOf(text)).toBe(
      'minimise.yaml:5:5: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    );
    expect(messageOf(lines('version: 1', 'purposes:', '\tkyc: {}'))).toBe('minimise.yaml:3:1: invalid YAML: Tabs are not allowed as indentation');
  });

  it('a JSON manifest with an error is positioned in the JSON text', () => {
    const json = [
      '{',
      '  "version": 1,',
      '  "purposes": {',
      '    "kyc": {',
      '      "data": ["user.name", "user.goverment_id.pan"],',
      '      "actions": ["collect", "logg"]',
      '    }',
      '  }',
      '}',
    ].join('\n');
    const error = parseError(json, 'minimise.json');
    expect(error.message).toBe(
      'minimise.json:6:30: unknown action "logg" (expected one of: collect, store, log, transmit, expose); did you mean "log"?',
    );
    const fixed = json.replace('"logg"', '"log"');
    expect(messageOf(fixed, 'minimise.json')).toBe(
      'minimise.json:5:29: unknown category "user.goverment_id.pan"; did you mean "user.government_id.pan"?',
    );
  });

  it('a JSON manifest with a JSON syntax error', () => {
    const json = ['{', '  "version": 1,', '  "purposes": {', '}'].join('\n');
    expect(messageOf(json, 'minimise.json')).toMatch(/^minimise\.json:4:2: invalid YAML: /);
  });

  it('a document that is not a mapping', () => {
    expect(messageOf(lines('- version: 1', '- purposes: {}'))).toBe('minimise.yaml:1:1: expected a mapping with "version: 1" and "purposes"');
    expect(messageOf(lines('', 'just text'))).toBe('minimise.yaml:2:1: expected a mapping with "version: 1" and "purposes"');
  });

  it('an empty file', () => {
    expect(messageOf('')).toBe('minimise.yaml:1:1: expected a mapping with "version: 1" and "purposes"');
    expect(messageOf('# only a comment\n')).toBe('minimise.yaml:1:1: expected a mapping with "version: 1" and "purposes"');
  });

  it('several schema problems at once: all listed, sorted by position, the first in the message', () => {
    const text = lines(
      'version: 2',
      'purposes:',
      '  kyc:',
      '    recipents: [api.example.com]',
      '    data: user.name',
      '    actions: [logg]',
    );
    const error = parseError(text);
    expect(error.message).toBe('minimise.yaml:1:10: "version" must be 1 (and 3 more problems)');
    expect(error.problems).toEqual<ManifestProblem[]>([
      { file: 'minimise.yaml', line: 1, column: 10, message: '"version" must be 1' },
      {
        file: 'minimise.yaml',
        line: 4,
        column: 5,
        message:
          'unknown key "recipents" in purpose "kyc" (expected one of: description, basis, data, actions, paths, recipients, stores, retention); did you mean "recipients"?',
      },
      { file: 'minimise.yaml', line: 5, column: 11, message: '"data" of purpose "kyc" must be a list' },
      {
        file: 'minimise.yaml',
        line: 6,
        column: 15,
        message: 'unknown action "logg" (expected one of: collect, store, log, transmit, expose); did you mean "log"?',
      },
    ]);
  });

  it('several semantic problems at once, across purposes', () => {
    const text = lines(
      'version: 1',
      'purposes:',
      '  b:',
      '    data: [user.goverment_id.pan, pan]',
      '    actions: [collect]',
      '    paths: ["src/["]',
      '  a:',
      '    data: [user.nam]',
      '    actions: [log]',
    );
    const error = parseError(text);
    expect(error.message).toBe('minimise.yaml:4:12: unknown category "user.goverment_id.pan"; did you mean "user.government_id.pan"? (and 3 more problems)');
    expect(error.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '4:12 unknown category "user.goverment_id.pan"; did you mean "user.government_id.pan"?',
      '4:35 unknown category "pan"; did you mean "user.government_id.pan"?',
      '6:13 invalid glob "src/[": Missing closing: "]"',
      '8:12 unknown category "user.nam"; did you mean "user.name"?',
    ]);
  });

  it('says "1 more problem" in the singular', () => {
    const text = lines('version: 1', 'purposes:', '  kyc:', '    data: [user.nam, user.emial]', '    actions: [collect]');
    expect(messageOf(text)).toBe('minimise.yaml:4:12: unknown category "user.nam"; did you mean "user.name"? (and 1 more problem)');
  });

  it('counts columns the same with CRLF line endings', () => {
    const text = ['version: 1', 'purposes:', '  kyc:', '    data: [user.nam]', '    actions: [collect]', ''].join('\r\n');
    expect(messageOf(text)).toBe('minimise.yaml:4:12: unknown category "user.nam"; did you mean "user.name"?');
  });
});

describe('loadManifest', () => {
  it('names the file as given in problems', () => {
    const file = join('test', 'manifests', 'unknown-category.yaml');
    const error = loadError(file);
    expect(error.message).toBe(`${file}:4:23: unknown category "user.goverment_id.pan"; did you mean "user.government_id.pan"?`);
  });

  it('records the absolute path and directory when given a relative path', () => {
    const manifest = loadManifest(join('test', 'manifests', 'spec-example.yaml'), builtin);
    expect(manifest.file).toBe(SPEC_EXAMPLE);
    expect(manifest.dir).toBe(MANIFESTS);
  });

  it('a missing file', () => {
    const file = join(MANIFESTS, 'does-not-exist.yaml');
    const error = loadError(file);
    expect(error.message).toBe(`${file}: cannot read the manifest: no such file`);
    expect(error.problems).toEqual([{ file, message: 'cannot read the manifest: no such file' }]);
  });

  it('a directory', () => {
    expect(loadError(MANIFESTS).message).toBe(`${MANIFESTS}: cannot read the manifest: it is a directory`);
  });
});

describe('finding the manifest', () => {
  let root: string;
  const VALID = lines('version: 1', 'purposes:', '  kyc:', '    data: [user.name]', '    actions: [collect]');

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'minimise-manifest-'));
    mkdirSync(join(root, 'app', 'src', 'kyc'), { recursive: true });
    writeFileSync(join(root, 'app', 'src', 'kyc', 'form.ts'), 'export {};\n');
  });

  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('finds minimise.yaml in the start directory', () => {
    writeFileSync(join(root, 'app', 'minimise.yaml'), VALID);
    expect(findManifest(join(root, 'app'))).toBe(join(root, 'app', 'minimise.yaml'));
  });

  it('finds the nearest manifest in a parent directory', () => {
    writeFileSync(join(root, 'minimise.yaml'), VALID);
    expect(findManifest(join(root, 'app', 'src', 'kyc'))).toBe(join(root, 'minimise.yaml'));
    writeFileSync(join(root, 'app', 'minimise.yml'), VALID);
    expect(findManifest(join(root, 'app', 'src', 'kyc'))).toBe(join(root, 'app', 'minimise.yml'));
  });

  it('prefers .yaml over .yml over .json in one directory', () => {
    const dir = join(root, 'app');
    writeFileSync(join(dir, 'minimise.json'), '{}');
    expect(findManifest(dir)).toBe(join(dir, 'minimise.json'));
    writeFileSync(join(dir, 'minimise.yml'), VALID);
    expect(findManifest(dir)).toBe(join(dir, 'minimise.yml'));
    writeFileSync(join(dir, 'minimise.yaml'), VALID);
    expect(findManifest(dir)).toBe(join(dir, 'minimise.yaml'));
  });

  it('starts from a file path', () => {
    writeFileSync(join(root, 'app', 'minimise.yaml'), VALID);
    expect(findManifest(join(root, 'app', 'src', 'kyc', 'form.ts'))).toBe(join(root, 'app', 'minimise.yaml'));
  });

  it('resolveManifest loads the manifest it finds', () => {
    writeFileSync(join(root, 'app', 'minimise.yaml'), VALID);
    const manifest = resolveManifest(join(root, 'app', 'src'), builtin);
    expect(manifest.file).toBe(join(root, 'app', 'minimise.yaml'));
    expect(manifest.dir).toBe(join(root, 'app'));
    expect(manifest.purposes.map((p) => p.name)).toEqual(['kyc']);
  });

  it('resolveManifest reports a bad discovered manifest', () => {
    writeFileSync(join(root, 'app', 'minimise.yaml'), 'version: 2\npurposes: {}\n');
    expect(() => resolveManifest(join(root, 'app'), builtin)).toThrow(
      new ManifestError([{ file: join(root, 'app', 'minimise.yaml'), line: 1, column: 10, message: '"version" must be 1' }]),
    );
  });

  it('with no manifest, resolveManifest returns the empty manifest for the start directory', () => {
    // A temp dir could sit under a directory with a manifest of its own; only run when none exists above it.
    if (findManifest(root) !== undefined) return;
    const start = join(root, 'app', 'src');
    const manifest = resolveManifest(start, builtin);
    expect(manifest).toEqual(getEmptyManifest(start, builtin));
    expect(manifest.file).toBeUndefined();
    expect(manifest.dir).toBe(start);
    expect(manifest.purposes).toEqual([]);
    expect(manifest.catalogue).toBe(builtin);
    expect(resolveManifest(join(start, 'kyc', 'form.ts'), builtin).dir).toBe(join(start, 'kyc'));
  });

  it('an explicit path overrides discovery', () => {
    writeFileSync(join(root, 'app', 'minimise.yaml'), VALID);
    const manifest = resolveManifest(join(root, 'app'), builtin, SPEC_EXAMPLE);
    expect(manifest.file).toBe(SPEC_EXAMPLE);
    expect(manifest.purposes.map((p) => p.name)).toEqual(['kyc-onboarding', 'support']);
  });

  it('an explicit path that does not exist is an error, not discovery', () => {
    writeFileSync(join(root, 'app', 'minimise.yaml'), VALID);
    const missing = join(root, 'nope.yaml');
    expect(() => resolveManifest(join(root, 'app'), builtin, missing)).toThrow(`${missing}: cannot read the manifest: no such file`);
  });
});

describe('getEmptyManifest', () => {
  it('has no purposes, no file, and every list empty', () => {
    const manifest = getEmptyManifest('/somewhere/project', builtin);
    expect(manifest).toEqual({
      dir: resolve('/somewhere/project'),
      purposes: [],
      vaultPaths: [],
      transforms: { mask: [], hash: [], encrypt: [], tokenize: [], redact: [], truncate: [] },
      categories: {},
      ignore: [],
      catalogue: builtin,
    });
    expect(manifest.file).toBeUndefined();
  });
});
