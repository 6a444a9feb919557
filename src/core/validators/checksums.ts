// Check-digit algorithms shared by the identifier validators. Each accepts
// only the compact form (no separators) so callers decide what a separator is.

const DIGITS_ONLY = /^[0-9]+$/;

// Dihedral group D5 multiplication table and position permutation (Verhoeff 1969).
const VERHOEFF_D: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** True when `digits` (digits only, check digit last) passes the Verhoeff check used by Aadhaar and VID. */
export function isVerhoeffValid(digits: string): boolean {
  if (!DIGITS_ONLY.test(digits)) return false;
  let check = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    check = VERHOEFF_D[check]![VERHOEFF_P[i % 8]![digit]!]!;
  }
  return check === 0;
}

/** True when `digits` (digits only, check digit last) passes the Luhn mod-10 check used by cards, IMEI and EPIC serials. */
export function isLuhnValid(digits: string): boolean {
  if (!DIGITS_ONLY.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * True when the IBAN passes ISO 7064 MOD 97-10 (remainder 1). Spaces are ignored and
 * letters are case-insensitive; length and country rules are the caller's business.
 */
export function isIbanMod97Valid(iban: string): boolean {
  const compact = iban.replace(/ /g, '').toUpperCase();
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  // Folding the remainder one character at a time keeps every intermediate value
  // far below 2^53, so no BigInt is needed for 34-character IBANs.
  let remainder = 0;
  for (const char of rearranged) {
    const value = parseInt(char, 36);
    remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97;
  }
  return remainder === 1;
}

const GSTIN_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Computes the GSTIN check character (Luhn mod 36) for the first 14 characters.
 * Throws RangeError when `first14` is not 14 characters of 0-9/A-Z, since any
 * answer for such input would be meaningless.
 */
export function getGstinCheckChar(first14: string): string {
  if (!/^[0-9A-Z]{14}$/.test(first14)) {
    throw new RangeError('GSTIN check character needs exactly 14 characters of 0-9 or A-Z');
  }
  const base = GSTIN_ALPHABET.length;
  let sum = 0;
  for (let i = 0; i < first14.length; i++) {
    const product = GSTIN_ALPHABET.indexOf(first14[i]!) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / base) + (product % base);
  }
  // The trailing `% base` matters: without it a sum divisible by 36 would yield index 36.
  return GSTIN_ALPHABET[(base - (sum % base)) % base]!;
}
