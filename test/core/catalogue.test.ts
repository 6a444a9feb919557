import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { parse } from 'yaml';
import { compileCatalogue, expandAlternatives, CatalogueError } from '../../src/core/catalogue/compile-catalogue';
import { fromCatalogueData, toCatalogueData } from '../../src/core/catalogue/catalogue-data';
import { getBuiltinCatalogue, readCatalogueSources, RULES_DIR } from '../../src/core/catalogue/load-catalogue';
import { readCompiledCatalogue } from '../../src/core/catalogue/read-rules';
import type { Catalogue } from '../../src/core/catalogue/types';
import { classifyName, classifyValue } from '../../src/core/classify';
import { splitExample } from '../support/split-example';

const root = join(__dirname, '..', '..');
const catalogue = getBuiltinCatalogue();
const sources = readCatalogueSources();

/** SPEC §3: the built-in catalogue must contain at least these ids. */
const SPEC_CATEGORY_IDS = [
  'user.government_id.aadhaar', 'user.government_id.aadhaar_vid', 'user.government_id.pan', 'user.government_id.voter_id',
  'user.government_id.passport_number', 'user.government_id.drivers_license_number', 'user.government_id.ckyc_number',
  'user.government_id.gstin', 'user.government_id.ration_card', 'user.government_id.national_identification_number',
  'user.government_id.tax_id', 'user.government_id.vehicle_registration', 'user.name', 'user.name.relative',
  'user.contact.email', 'user.contact.phone_number', 'user.contact.address', 'user.demographic.date_of_birth',
  'user.demographic.age_range', 'user.demographic.gender', 'user.demographic.marital_status',
  'user.demographic.religious_belief', 'user.demographic.caste', 'user.demographic.race_ethnicity',
  'user.demographic.sexual_orientation', 'user.demographic.political_opinion', 'user.financial.bank_account',
  'user.financial.credit_card', 'user.financial.card_security_code', 'user.financial.upi_id', 'user.financial.income',
  'user.financial.credit_score', 'user.authorization.password', 'user.authorization.otp', 'user.authorization.pin',
  'user.authorization.credentials', 'user.device.ip_address', 'user.device.device_id', 'user.location.precise',
  'user.biometric', 'user.content.self_image', 'user.health_and_medical',
];

/** Every `user.*` key of the fideslang taxonomy (fideslang-data-categories.tsv), which manifests share with Fides. */
const FIDESLANG_USER_KEYS = [
  'user', 'user.account', 'user.account.settings', 'user.account.username', 'user.authorization',
  'user.authorization.credentials', 'user.authorization.biometric', 'user.authorization.password', 'user.behavior',
  'user.behavior.browsing_history', 'user.behavior.media_consumption', 'user.behavior.purchase_history',
  'user.behavior.search_history', 'user.biometric', 'user.biometric.fingerprint', 'user.biometric.retinal',
  'user.biometric.voice', 'user.biometric.health', 'user.childrens', 'user.contact', 'user.contact.address',
  'user.contact.address.city', 'user.contact.address.country', 'user.contact.email', 'user.contact.phone_number',
  'user.contact.url', 'user.contact.fax_number', 'user.contact.address.postal_code', 'user.contact.address.state',
  'user.contact.address.street', 'user.contact.organization', 'user.content', 'user.content.private',
  'user.content.public', 'user.content.self_image', 'user.demographic', 'user.demographic.age_range',
  'user.demographic.date_of_birth', 'user.demographic.gender', 'user.demographic.language',
  'user.demographic.marital_status', 'user.demographic.political_opinion', 'user.demographic.profile',
  'user.demographic.race_ethnicity', 'user.demographic.religious_belief', 'user.demographic.sexual_orientation',
  'user.location', 'user.location.imprecise', 'user.location.precise', 'user.device', 'user.device.cookie',
  'user.device.cookie_id', 'user.device.device_id', 'user.device.ip_address', 'user.payment', 'user.social',
  'user.unique_id', 'user.unique_id.pseudonymous', 'user.telemetry', 'user.user_sensor', 'user.workplace',
  'user.sensor', 'user.financial', 'user.financial.bank_account', 'user.financial.credit_card', 'user.government_id',
  'user.government_id.birth_certificate', 'user.government_id.drivers_license_number', 'user.government_id.immigration',
  'user.government_id.national_identification_number', 'user.government_id.passport_number',
  'user.government_id.vehicle_registration', 'user.health_and_medical', 'user.health_and_medical.genetic',
  'user.health_and_medical.insurance_beneficiary_id', 'user.health_and_medical.record_id', 'user.name',
  'user.name.first', 'user.name.last', 'user.criminal_history', 'user.privacy_preferences', 'user.job_title',
];

describe('catalogue data', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validateCategories = ajv.compile(JSON.parse(readFileSync(join(root, 'schema', 'catalogue.schema.json'), 'utf8')));
  const validateVocabulary = ajv.compile(JSON.parse(readFileSync(join(root, 'schema', 'vocabulary.schema.json'), 'utf8')));

  it.each([...new Set(sources.files.values())])('%s matches schema/catalogue.schema.json', (file) => {
    const valid = validateCategories(parse(readFileSync(file, 'utf8')));
    expect(validateCategories.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('rules/vocabulary.yaml matches schema/vocabulary.schema.json', () => {
    validateVocabulary(parse(readFileSync(join(RULES_DIR, 'vocabulary.yaml'), 'utf8')));
    expect(validateVocabulary.errors ?? []).toEqual([]);
  });

  it('holds every category id SPEC §3 requires', () => {
    expect(SPEC_CATEGORY_IDS.filter((id) => !catalogue.categories.has(id))).toEqual([]);
  });

  it('holds every user.* key of fideslang', () => {
    expect(FIDESLANG_USER_KEYS.filter((id) => !catalogue.categories.has(id))).toEqual([]);
  });

  it('gives every category with names examples that must and must not match', () => {
    const thin = [...catalogue.categories.values()].filter(
      (c) => sources.categories.find((s) => s.id === c.id)?.names !== undefined && (c.examples.names.match.length === 0 || c.examples.names.no_match.length === 0),
    );
    expect(thin.map((c) => c.id)).toEqual([]);
  });

  it('never lists a word as both a person and a thing', () => {
    const { person, nonPerson } = catalogue.vocabulary;
    expect([...person].filter((w) => nonPerson.has(w))).toEqual([]);
  });

  it('rejects a category whose parent is missing, or a validator that does not exist', () => {
    const vocabulary = sources.vocabulary;
    const orphan = { id: 'user.nowhere.thing', label: 'x', sensitivity: 'low' as const, laws: ['x'] };
    expect(() => compileCatalogue([{ ...orphan, id: 'user' }, orphan], vocabulary)).toThrow(CatalogueError);
    const badValidator = { id: 'user', label: 'x', sensitivity: 'low' as const, laws: ['x'], validator: 'nope' as never };
    expect(() => compileCatalogue([badValidator], vocabulary)).toThrow(/unknown validator nope/);
  });

  it('expands alternatives and optional words in patterns', () => {
    expect(expandAlternatives('father|mother first|last? name').map((w) => w.join(' ')).sort()).toEqual(
      ['father first name', 'father last name', 'father name', 'mother first name', 'mother last name', 'mother name'].sort(),
    );
  });
});

describe('the catalogue compiled at build time', () => {
  const compiled = compileCatalogue(sources.categories, sources.vocabulary);

  /** What the classifier relies on besides equal contents: patterns share their category and the person words. */
  const expectSharedObjects = (restored: Catalogue) => {
    const patterns = [...restored.patternsByFirstWord.values()].flat();
    expect(patterns.every((pattern) => restored.categories.get(pattern.category.id) === pattern.category)).toBe(true);
    const byPerson = patterns.filter((pattern) => pattern.needs !== null && pattern.needs.size === restored.vocabulary.person.size && [...pattern.needs].every((word) => restored.vocabulary.person.has(word)));
    expect(byPerson.length).toBeGreaterThan(0);
    expect(byPerson.every((pattern) => pattern.needs === restored.vocabulary.person)).toBe(true);
  };

  it('comes back from its JSON as the catalogue it was', () => {
    const restored = fromCatalogueData(JSON.parse(JSON.stringify(toCatalogueData(compiled))));
    expect(restored).toEqual(compiled);
    expectSharedObjects(restored);
  });

  it('is what `npm run build` stored, and what runs use', () => {
    const stored = readCompiledCatalogue();
    expect(stored).toBeDefined();
    expect(fromCatalogueData(stored!)).toEqual(compiled);
    expect(catalogue).toEqual(compiled);
    expectSharedObjects(catalogue);
  });
});

describe.each([...catalogue.categories.values()].filter((c) => c.examples.names.match.length + c.examples.values.match.length > 0))(
  '$id examples',
  (category) => {
    const { names, values } = category.examples;
    if (names.match.length > 0) {
      it.each(names.match)('name %s is classified as the category', (example) => {
        const { name, context } = splitExample(example);
        expect(classifyName(name, catalogue, { context }).category).toBe(category.id);
      });
    }
    if (names.no_match.length > 0) {
      it.each(names.no_match)('name %s is not', (example) => {
        const { name, context } = splitExample(example);
        expect(classifyName(name, catalogue, { context }).category).not.toBe(category.id);
      });
    }
    if (values.match.length > 0) {
      it.each(values.match)('value %j is classified as the category', (value) => {
        expect(classifyValue(value, catalogue).category).toBe(category.id);
      });
    }
    if (values.no_match.length > 0) {
      it.each(values.no_match)('value %j is not', (value) => {
        expect(classifyValue(value, catalogue).category).not.toBe(category.id);
      });
    }
  },
);
