import { getGstinCheckChar } from './checksums';
import { accept, reject, rejectNearMiss, type ValidationResult } from './result';

// 4th PAN character (python-stdnum in_.pan). K is listed by stdnum as "Krish (trust)".
const PAN_HOLDER_TYPES: Readonly<Record<string, string>> = {
  A: 'association of persons',
  B: 'body of individuals',
  C: 'company',
  F: 'firm or LLP',
  G: 'government body',
  H: 'Hindu undivided family',
  J: 'artificial juridical person',
  K: 'Krish (trust)',
  L: 'local authority',
  P: 'individual',
  T: 'trust',
};

// Upper-case only: a lower-case string is not a PAN as printed and is usually a word.
const PAN_SHAPE = /^[A-Z]{5}[0-9]{4}[A-Z]$/;

type PanCheck = { ok: true; holderType: string } | { ok: false; reason: string };

function checkPan(pan: string): PanCheck {
  if (!PAN_SHAPE.test(pan)) return { ok: false, reason: 'not 5 capital letters, 4 digits and a capital letter' };
  const holderType = PAN_HOLDER_TYPES[pan[3]!];
  if (holderType === undefined) return { ok: false, reason: `4th character ${pan[3]} is not a PAN holder type` };
  if (pan.slice(5, 9) === '0000') return { ok: false, reason: 'PAN serial 0000 is never issued' };
  return { ok: true, holderType };
}

/** Indian PAN. The final check letter's algorithm is unpublished, so only structure is checked. */
export function validatePan(value: string): ValidationResult {
  const pan = value.trim();
  const check = checkPan(pan);
  if (!check.ok) return PAN_SHAPE.test(pan) ? rejectNearMiss(check.reason) : reject(check.reason);
  return accept(`PAN of ${withArticle(check.holderType)} (4th character ${pan[3]}) with a non-zero serial`);
}

// 01-37 from python-stdnum; 38 (Ladakh), 97 (other territory) and 99 (centre jurisdiction) per the domain notes.
const GSTIN_STATE_CODE = /^(0[1-9]|[12][0-9]|3[0-8]|97|99)$/;
const GSTIN_SHAPE = /^[0-9]{2}[A-Z0-9]{10}[1-9A-Z]Z[0-9A-Z]$/;

/** GSTIN: state code + the holder's PAN + entity number + 'Z' + Luhn mod-36 check character. */
export function validateGstin(value: string): ValidationResult {
  const gstin = value.trim();
  if (!GSTIN_SHAPE.test(gstin)) {
    return reject('not 15 characters of state code, PAN, entity number, Z and check character');
  }
  const stateCode = gstin.slice(0, 2);
  if (!GSTIN_STATE_CODE.test(stateCode)) return rejectNearMiss(`state code ${stateCode} is not a GST state code`);
  const pan = checkPan(gstin.slice(2, 12));
  if (!pan.ok) return reject(`embedded PAN is malformed: ${pan.reason}`);
  const expected = getGstinCheckChar(gstin.slice(0, 14));
  if (gstin[14] !== expected) return rejectNearMiss('mod-36 check character is wrong');
  return accept(
    `GSTIN for state ${stateCode} embedding the PAN of ${withArticle(pan.holderType)}, with a valid mod-36 check character`,
  );
}

function withArticle(noun: string): string {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}
