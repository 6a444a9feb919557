import { isVerhoeffValid } from './checksums';
import { accept, acceptPlaceholder, reject, rejectNearMiss, type ValidationResult } from './result';
import { getFillerDigits, isPalindrome } from './text-shape';

// The same separator (space or hyphen) between every group, or none: mixed separators
// are far more likely to be some other grouped number than a printed Aadhaar.
const AADHAAR_SHAPE = /^[0-9]{4}([ -]?)[0-9]{4}\1[0-9]{4}$/;
const VID_SHAPE = /^[0-9]{4}([ -]?)[0-9]{4}\1[0-9]{4}\1[0-9]{4}$/;
const MASKED_AADHAAR_SHAPE = /^[Xx*]{4}([ -]?)[Xx*]{4}\1[0-9]{4}$/;

/** Aadhaar number: 12 digits, never starting 0 or 1, Verhoeff check digit last (UIDAI). */
export function validateAadhaar(value: string): ValidationResult {
  const trimmed = value.trim();
  if (!AADHAAR_SHAPE.test(trimmed)) return reject('not 12 digits in the NNNN NNNN NNNN shape');
  const digits = trimmed.replace(/[ -]/g, '');
  if (digits[0] === '0' || digits[0] === '1') return reject('Aadhaar numbers never start with 0 or 1');
  // python-stdnum and Presidio both reject palindromes; UIDAI does not issue them.
  if (isPalindrome(digits)) return rejectNearMiss('the 12 digits form a palindrome, which UIDAI does not issue');
  if (!isVerhoeffValid(digits)) return rejectNearMiss('Verhoeff check digit is wrong');
  // A mobile number written with its country code (91 98123 98123) is 12 digits starting 2-9 too, and
  // one in ten passes Verhoeff by chance. Which one a real-looking number is, its digits cannot say; a
  // stand-in mobile (91 98765 432 16, seed data's favourite) is no Aadhaar.
  if (digits.startsWith('91') && /^[6-9]/.test(digits.slice(2)) && getFillerDigits(digits.slice(2)) !== undefined) {
    return acceptPlaceholder('91 and a stand-in mobile number whose digits repeat or count, not an issued Aadhaar');
  }
  return accept('12 digits starting 2-9 with a valid Verhoeff check digit');
}

/** Aadhaar Virtual ID: 16 digits, never starting 0 or 1, Verhoeff check digit last. */
export function validateAadhaarVid(value: string): ValidationResult {
  const trimmed = value.trim();
  if (!VID_SHAPE.test(trimmed)) return reject('not 16 digits in the NNNN NNNN NNNN NNNN shape');
  const digits = trimmed.replace(/[ -]/g, '');
  if (digits[0] === '0' || digits[0] === '1') return reject('Aadhaar VIDs never start with 0 or 1');
  if (!isVerhoeffValid(digits)) return rejectNearMiss('Verhoeff check digit is wrong');
  return accept('16 digits starting 2-9 with a valid Verhoeff check digit');
}

/**
 * Masked Aadhaar (first 8 digits replaced by X or *). `valid` means "this is already a
 * masked Aadhaar", which lets the classifier report that the value is safe to display.
 */
export function validateMaskedAadhaar(value: string): ValidationResult {
  const trimmed = value.trim();
  if (!MASKED_AADHAAR_SHAPE.test(trimmed)) {
    return reject('not a masked Aadhaar: expected XXXX XXXX followed by the last 4 digits');
  }
  return accept('masked Aadhaar: first 8 digits hidden, only the last 4 shown');
}
