import { getCardNetworkName } from './card-networks';
import { isIbanMod97Valid, isLuhnValid } from './checksums';
import { getBbanPattern, getIbanLength, IBAN_BBAN_FORMATS } from './iban-registry';
import { accept, acceptPlaceholder, reject, rejectNearMiss, type ValidationResult } from './result';
import { isAllSameChar } from './text-shape';

// Digit groups joined by one kind of single separator, as cards are printed and typed.
const CARD_SHAPE = /^[0-9]+(?:([ -])[0-9]+(?:\1[0-9]+)*)?$/;

/**
 * Card numbers that Stripe's and Braintree's (PayPal's) documentation publish for their sandboxes,
 * which every integration's tests type in: no card was ever issued with one.
 */
const PUBLISHED_TEST_CARDS: ReadonlySet<string> = new Set([
  // Stripe: https://docs.stripe.com/testing
  '4242424242424242', '4000056655665556', '5555555555554444', '2223003122003222', '5200828282828210', '5105105105105100',
  '378282246310005', '371449635398431', '6011111111111117', '6011000990139424', '3056930009020004', '36227206271667',
  '3566002020360505', '6200000000000005', '4000000000000002', '4000000000009995', '4000000000000077', '4000002500003155',
  '4000000000003220',
  // Braintree: https://developer.paypal.com/braintree/docs/reference/general/testing
  '4111111111111111', '4012888888881881', '4222222222222', '5431111111111111', '378734493671000', '30569309025904',
  '38520000023237', '3530111333300000',
]);

/** Payment card number (PAN in the PCI sense): 12-19 digits, Luhn-valid, with a real network prefix. */
export function validatePaymentCard(value: string): ValidationResult {
  const trimmed = value.trim();
  if (!CARD_SHAPE.test(trimmed)) return reject('not a run of digit groups separated by spaces or hyphens');
  const digits = trimmed.replace(/[ -]/g, '');
  if (digits.length < 12 || digits.length > 19) return reject('card numbers have 12 to 19 digits');
  if (isAllSameChar(digits)) return reject('a single repeated digit is filler, not a card number');
  if (!isLuhnValid(digits)) return rejectNearMiss('Luhn check digit is wrong');
  const network = getCardNetworkName(digits);
  if (network === undefined) return rejectNearMiss('Luhn-valid, but no card network issues this prefix and length');
  if (PUBLISHED_TEST_CARDS.has(digits)) return acceptPlaceholder(`a ${network} test card number that payment providers publish for their sandboxes, issued to no one`);
  return accept(`${digits.length}-digit ${network} card number with a valid Luhn check digit`);
}

// Either compact, or printed in groups of four separated by single spaces.
const IBAN_SHAPE = /^[A-Z]{2}[0-9]{2}(?:[A-Z0-9]+|(?: [A-Z0-9]{4})*(?: [A-Z0-9]{1,4}))$/;

/** IBAN: country code, check digits and the country's BBAN structure, verified by ISO 7064 MOD 97-10. */
export function validateIban(value: string): ValidationResult {
  const trimmed = value.trim();
  if (!IBAN_SHAPE.test(trimmed)) return reject('not an IBAN: country letters, 2 check digits, then the account part');
  const iban = trimmed.replace(/ /g, '');
  const country = iban.slice(0, 2);
  if (country === 'IN') return reject('India does not use IBAN');
  const format = IBAN_BBAN_FORMATS[country];
  if (format === undefined) return reject(`${country} is not a country in the IBAN registry`);
  const expectedLength = getIbanLength(format);
  if (iban.length !== expectedLength) return reject(`${country} IBANs have ${expectedLength} characters`);
  if (!getBbanPattern(format).test(iban.slice(4))) return reject(`account part does not follow the ${country} BBAN layout`);
  // ISO 13616 check digits are 02-98; 00, 01 and 99 can alias a valid pair mod 97.
  const checkDigits = iban.slice(2, 4);
  if (checkDigits === '00' || checkDigits === '01' || checkDigits === '99') {
    return rejectNearMiss(`IBAN check digits ${checkDigits} are never issued`);
  }
  if (!isIbanMod97Valid(iban)) return rejectNearMiss('mod-97 check digits are wrong');
  return accept(`${country} IBAN of the registered length with valid mod-97 check digits`);
}

const IFSC_SHAPE = /^[A-Z]{4}0[A-Z0-9]{6}$/;

/** IFSC branch code. It has no check digit; the 5th character is always a reserved 0. */
export function validateIfsc(value: string): ValidationResult {
  if (!IFSC_SHAPE.test(value.trim())) {
    return reject('not an IFSC: 4 bank letters, a 0, then 6 branch letters or digits');
  }
  return accept('4-letter bank code, reserved 0 and 6-character branch code; IFSC has no check digit');
}
