import { accept, reject, rejectNearMiss, type ValidationResult } from './result';

// Separators are required: a bare 9-digit number is too often something else to call an SSN.
const SSN_SHAPE = /^([0-9]{3})([ -])([0-9]{2})\2([0-9]{4})$/;

// Numbers the SSA voided after they were printed on sample cards or in advertising.
const VOIDED_SSNS: ReadonlySet<string> = new Set(['078051120', '219099999', '457555462']);

/** US Social Security number in AAA-GG-SSSS form. SSNs carry no check digit. */
export function validateUsSsn(value: string): ValidationResult {
  const match = SSN_SHAPE.exec(value.trim());
  if (match === null) return reject('not an SSN in AAA-GG-SSSS form (dashes or spaces required)');
  const area = match[1]!;
  const group = match[3]!;
  const serial = match[4]!;
  if (area === '000' || area === '666' || area[0] === '9') return rejectNearMiss('SSN area 000, 666 and 900-999 are never issued');
  if (group === '00') return rejectNearMiss('SSN group 00 is never issued');
  if (serial === '0000') return rejectNearMiss('SSN serial 0000 is never issued');
  if (VOIDED_SSNS.has(area + group + serial)) return rejectNearMiss('this SSN was published on sample cards and voided');
  return accept('SSN with issuable area, group and serial numbers');
}

const NINO_SHAPE = /^([A-Z]{2}) ?([0-9]{2}) ?([0-9]{2}) ?([0-9]{2}) ?([A-D])$/;
const NINO_INVALID_PREFIXES: ReadonlySet<string> = new Set(['BG', 'GB', 'NK', 'KN', 'NT', 'TN', 'ZZ']);

/** UK National Insurance number: 2 prefix letters, 6 digits, suffix A-D (HMRC allocation rules). */
export function validateUkNino(value: string): ValidationResult {
  const match = NINO_SHAPE.exec(value.trim());
  if (match === null) return reject('not a NINO: 2 capital letters, 6 digits and a suffix A-D');
  const prefix = match[1]!;
  if ('DFIQUV'.includes(prefix[0]!)) return rejectNearMiss('a NINO never starts with D, F, I, Q, U or V');
  if ('DFIOQUV'.includes(prefix[1]!)) return rejectNearMiss('a NINO prefix never has D, F, I, O, Q, U or V second');
  if (NINO_INVALID_PREFIXES.has(prefix)) return rejectNearMiss('prefixes BG, GB, NK, KN, NT, TN and ZZ are not allocated');
  return accept('NINO with an allocatable prefix, 6 digits and suffix A-D');
}
