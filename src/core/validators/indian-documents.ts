import { getCurrentYear } from './calendar';
import { isLuhnValid } from './checksums';
import { accept, reject, rejectNearMiss, type ValidationResult } from './result';

const EPIC_SHAPE = /^[A-Z]{3}[0-9]{7}$/;

/**
 * Voter ID (EPIC): 3-letter constituency series + 7 digits. ECI does not publish a
 * check algorithm; python-stdnum's Luhn over the 7 digits is the best public rule.
 */
export function validateVoterId(value: string): ValidationResult {
  const epic = value.trim();
  if (!EPIC_SHAPE.test(epic)) return reject('not 3 capital letters followed by 7 digits');
  if (!isLuhnValid(epic.slice(3))) return rejectNearMiss('Luhn check over the 7 digits is wrong');
  return accept('3-letter series and 7 digits with a valid Luhn check digit');
}

// Q, X and Z series are excluded and the number neither starts nor ends in 0, as in the
// widely used validator the domain notes test against; a space may follow the 3rd character.
const PASSPORT_SHAPE = /^[A-PR-WY][1-9][0-9] ?[0-9]{4}[1-9]$/;

/** Indian passport number: series letter + 7 digits. The number itself carries no check digit. */
export function validateIndianPassport(value: string): ValidationResult {
  const passport = value.trim();
  if (!PASSPORT_SHAPE.test(passport)) {
    return reject('not an Indian passport number: a series letter (not Q, X or Z) and 7 digits not starting or ending in 0');
  }
  return accept(`passport series ${passport[0]} with 7 digits; the number has no check digit to verify`);
}

// State/UT registration marks allotted under s.41(6) Motor Vehicles Act 1988 (1989
// notification) plus later states and renames: CG, JH, UK (2000), OD (2012 rename of OR),
// TS (2014), LA (2019), TG (2024 rename of TS). Old marks stay valid on licences already issued.
const RTO_STATE_CODES: ReadonlySet<string> = new Set([
  'AN', 'AP', 'AR', 'AS', 'BR', 'CG', 'CH', 'DD', 'DL', 'DN', 'GA', 'GJ', 'HP', 'HR', 'JH', 'JK',
  'KA', 'KL', 'LA', 'LD', 'MH', 'ML', 'MN', 'MP', 'MZ', 'NL', 'OD', 'OR', 'PB', 'PY', 'RJ', 'SK',
  'TG', 'TN', 'TR', 'TS', 'UK', 'UP', 'WB',
]);

const DRIVING_LICENCE_SHAPE = /^([A-Z]{2})[0-9]{2}[ -]?((?:19|20)[0-9]{2})[0-9]{7}$/;

/** Sarathi-era driving licence: state + RTO + year of issue + 7-digit serial (no check digit). */
export function validateIndianDrivingLicence(value: string): ValidationResult {
  const match = DRIVING_LICENCE_SHAPE.exec(value.trim());
  if (match === null) return reject('not the SS RR YYYY NNNNNNN driving licence shape');
  const state = match[1]!;
  if (!RTO_STATE_CODES.has(state)) return rejectNearMiss(`${state} is not an Indian state or UT registration code`);
  if (Number(match[2]) > getCurrentYear()) return reject('year of issue is in the future');
  return accept(`state code ${state}, RTO number and a past year of issue; licence numbers carry no check digit`);
}

const VEHICLE_SHAPE = /^([A-Z]{2})[ -]?[0-9]{1,2}[A-Z]?[ -]?[A-Z]{1,3}[ -]?[0-9]{1,4}$/;
// Bharat series (2021): year + BH + 4 digits + 2 letters, I and O excluded.
const BH_SERIES_SHAPE = /^[0-9]{2}[ -]?BH[ -]?[0-9]{4}[ -]?[A-HJ-NP-Z]{2}$/;

/** Indian vehicle registration mark: state code, RTO number, series letters and a number up to 9999. */
export function validateIndianVehicleRegistration(value: string): ValidationResult {
  const mark = value.trim();
  if (BH_SERIES_SHAPE.test(mark)) return accept('Bharat-series registration mark (YY BH NNNN XX)');
  const match = VEHICLE_SHAPE.exec(mark);
  if (match === null) return reject('not the SS NN XX NNNN vehicle registration shape');
  if (!RTO_STATE_CODES.has(match[1]!)) return rejectNearMiss(`${match[1]} is not an Indian state or UT registration code`);
  if (/[ -]?0+$/.test(mark.replace(/^.*[A-Z]/, ''))) return reject('registration number 0000 is never issued');
  return accept(`state code ${match[1]}, RTO number, series letters and number`);
}
