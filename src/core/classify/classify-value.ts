import { getCached, getCachedWithin, newMap } from '../cached';
import type { Catalogue, Category } from '../catalogue/types';
import { VALIDATORS, type ValidatorId } from '../validators';
import { classifyName } from './classify-name';
import type { Classification } from './types';

export interface ValueOptions {
  /** The name the value is assigned to or the enclosing object's name; lets context-only formats (PIN code, CKYC number) match. */
  context?: string;
}

/**
 * Most specific first: a GSTIN contains a PAN, a UPI id looks like an e-mail without a TLD,
 * a 16-digit card number can pass Verhoeff by chance, and a 15-digit Amex would pass as an IMEI.
 */
const VALUE_ORDER: readonly ValidatorId[] = [
  'email', 'upi_id', 'gstin', 'pan', 'voter_id', 'passport_in', 'driving_licence_in', 'nino_uk', 'ssn_us',
  'iban', 'vehicle_registration_in', 'aadhaar', 'payment_card', 'aadhaar_vid', 'imei', 'phone_in', 'phone_e164', 'ip_address',
  'mac_address', 'care_of',
];

/**
 * Whether classifyValue could give a literal a category: every validator it runs needs two digits
 * or more (the shortest is a vehicle number, `DL1C1`), an `@` (e-mail, UPI), a `:` (IPv6, MAC),
 * a leading S/O, D/O, W/O or C/O, or is a MAC address of hex letters only. Most strings in code
 * (CSS classes, messages, keys, routes) have none of these, and need not meet twenty validators.
 */
export function couldBeValue(text: string): boolean {
  return /[0-9][^]*[0-9]|[@:]/.test(text) || /^\s*[sdwc]\/o/i.test(text) || /^[a-f.-]+$/i.test(text);
}

/** Answers without a context, by catalogue: the same literals (routes, messages, URLs) recur across files. */
const cache = new WeakMap<Catalogue, Map<string, Classification>>();
const MAX_CACHED = 50_000;

/** Classifies a literal value with the catalogue's validators (checksums, formats, handle lists). */
export function classifyValue(value: string, catalogue: Catalogue, options: ValueOptions = {}): Classification {
  if (options.context !== undefined) return computeValueClassification(value, catalogue, options);
  return getCachedWithin(getCached(cache, catalogue, newMap), MAX_CACHED, value, computeValueClassification, catalogue);
}

function computeValueClassification(value: string, catalogue: Catalogue, options: ValueOptions = {}): Classification {
  const answer = (category: string | null, reasons: string[]): Classification => ({ input: value, kind: 'value', category, reasons });
  const masked = VALIDATORS.aadhaar_masked(value);
  if (masked.valid) return answer(null, [`${masked.reason}: only the last 4 digits are shown, as the UIDAI allows`]);

  const fromContext = getContextClassification(value, catalogue, options.context);
  if (fromContext !== undefined) return answer(fromContext.category.id, fromContext.reasons);

  const byValidator = getCategoriesByValidator(catalogue);
  const nearMisses: string[] = [];
  for (const id of VALUE_ORDER) {
    const category = byValidator.get(id);
    if (category === undefined) continue;
    const result = VALIDATORS[id](value);
    if (result.valid) {
      if (result.placeholder) return answer(null, [`looks like ${category.label}, but it is ${result.reason}`]);
      return answer(category.id, [`${category.label} (${category.id}): ${result.reason}`]);
    }
    if (result.nearMiss) nearMisses.push(`not ${category.label}: ${result.reason}`);
  }

  return answer(null, nearMisses.length > 0 ? nearMisses : ['no validator recognises this value']);
}

/** A name that already says what the value is outranks what the value alone looks like. */
function getContextClassification(value: string, catalogue: Catalogue, context: string | undefined): { category: Category; reasons: string[] } | undefined {
  if (context === undefined) return undefined;
  const named = classifyName(context, catalogue);
  const category = named.category === null ? undefined : catalogue.categories.get(named.category);
  if (category === undefined) return undefined;
  const validated = category.validators.map((id) => VALIDATORS[id](value)).find((result) => result.valid && !result.placeholder);
  if (validated === undefined && !hasContextShape(category, value)) return undefined;
  return {
    category,
    reasons: [`the context "${context}" names ${category.label} (${category.id})`, validated?.reason ?? 'and the value has its shape'],
  };
}

function hasContextShape(category: Category, value: string): boolean {
  if (category.contextPattern?.test(value.replace(/[\s-]/g, ''))) return true;
  if (category.contextValidator !== undefined && VALIDATORS[category.contextValidator](value).valid) return true;
  return false;
}

const validatorIndex = new WeakMap<Catalogue, Map<ValidatorId, Category>>();

function getCategoriesByValidator(catalogue: Catalogue): Map<ValidatorId, Category> {
  let index = validatorIndex.get(catalogue);
  if (index === undefined) {
    index = new Map();
    for (const category of catalogue.categories.values()) {
      for (const id of category.validators) if (!index.has(id)) index.set(id, category);
    }
    validatorIndex.set(catalogue, index);
  }
  return index;
}
