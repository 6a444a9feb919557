import { getCurrentYear, isAfterToday, isRealCalendarDate } from './calendar';
import { accept, reject, type ValidationResult } from './result';

// Aadhaar e-KYC `careof` values: "S/O: name", "W/O name", "C/o name", "D/O: name".
// The word boundary and [^\s:] keep "S/ONION" and a bare "S/O:" from counting as a name.
const CARE_OF_SHAPE = /^([SDWC])\/O\b:?\s*[^\s:]/i;

const RELATION_BY_LETTER: Readonly<Record<string, string>> = {
  S: 'son of',
  D: 'daughter of',
  W: 'wife of',
  C: 'care of',
};

/** A relative's name introduced by S/O, D/O, W/O or C/O, as in Aadhaar e-KYC addresses. */
export function validateCareOf(value: string): ValidationResult {
  const match = CARE_OF_SHAPE.exec(value.trim());
  if (match === null) return reject("not a relative's name introduced by S/O, D/O, W/O or C/O");
  const relation = RELATION_BY_LETTER[match[1]!.toUpperCase()]!;
  return accept(`"${relation}" prefix followed by a relative's name`);
}

const DAY_FIRST_DATE = /^([0-9]{2})([/-])([0-9]{2})\2([0-9]{4})$/;
const ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const EARLIEST_BIRTH_YEAR = 1900;

/**
 * Date of birth as DD/MM/YYYY, DD-MM-YYYY or ISO YYYY-MM-DD: a real calendar day from 1900
 * up to today. Any date fits, so the classifier uses this only alongside a DOB-like name.
 */
export function validateDateOfBirth(value: string): ValidationResult {
  const trimmed = value.trim();
  const dayFirst = DAY_FIRST_DATE.exec(trimmed);
  const iso = dayFirst === null ? ISO_DATE.exec(trimmed) : null;
  if (dayFirst === null && iso === null) return reject('not a date in DD/MM/YYYY, DD-MM-YYYY or YYYY-MM-DD form');
  const [year, month, day] =
    dayFirst !== null
      ? [Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1])]
      : [Number(iso![1]), Number(iso![2]), Number(iso![3])];
  if (!isRealCalendarDate(year, month, day)) return reject('not a real calendar date');
  if (year < EARLIEST_BIRTH_YEAR || year > getCurrentYear()) {
    return reject(`year is outside ${EARLIEST_BIRTH_YEAR} to the current year`);
  }
  if (isAfterToday(year, month, day)) return reject('date is in the future, so it cannot be a birth date');
  return accept('real calendar date between 1900 and today');
}
