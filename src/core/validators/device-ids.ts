import { isLuhnValid } from './checksums';
import { accept, acceptPlaceholder, reject, rejectNearMiss, type ValidationResult } from './result';

// Bare 15 digits, or the printed TAC-serial grouping NN-NNNNNN-NNNNNN-N.
const IMEI_SHAPE = /^(?:[0-9]{15}|[0-9]{2}([ -])[0-9]{6}\1[0-9]{6}\1[0-9])$/;

/** IMEI: 15 digits whose last digit is a Luhn check over the first 14. */
export function validateImei(value: string): ValidationResult {
  const trimmed = value.trim();
  if (!IMEI_SHAPE.test(trimmed)) return reject('not 15 digits (optionally NN-NNNNNN-NNNNNN-N)');
  const digits = trimmed.replace(/[ -]/g, '');
  if (/^0+$/.test(digits)) return reject('an all-zero IMEI is an unset value, not a device');
  if (!isLuhnValid(digits)) return rejectNearMiss('Luhn check digit is wrong');
  return accept('15-digit IMEI with a valid Luhn check digit');
}

// Colon or hyphen pairs with one separator throughout, or Cisco's dotted quads.
const MAC_SHAPE = /^(?:[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}|(?:[0-9A-Fa-f]{4}\.){2}[0-9A-Fa-f]{4})$/;

/** MAC (EUI-48) address. All-zero and broadcast addresses name no device. */
export function validateMacAddress(value: string): ValidationResult {
  const trimmed = value.trim();
  if (!MAC_SHAPE.test(trimmed)) {
    return reject('not a MAC address: 6 hex pairs joined by : or -, or Cisco xxxx.xxxx.xxxx');
  }
  const hex = trimmed.replace(/[:.-]/g, '').toLowerCase();
  if (hex === '000000000000') return acceptPlaceholder('all-zero MAC address, which names no device');
  if (hex === 'ffffffffffff') return acceptPlaceholder('broadcast MAC address, which names no device');
  return accept('6-byte hardware MAC address');
}
