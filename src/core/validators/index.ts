import { validateAadhaar, validateAadhaarVid, validateMaskedAadhaar } from './aadhaar';
import { validateEmail, validateE164Phone, validateIndianPhone, validatePinCode, validateUpiId } from './contact';
import { validateImei, validateMacAddress } from './device-ids';
import { validateIban, validateIfsc, validatePaymentCard } from './financial';
import { validateUkNino, validateUsSsn } from './foreign-national-ids';
import { validateIndianDrivingLicence, validateIndianPassport, validateIndianVehicleRegistration, validateVoterId } from './indian-documents';
import { validateGstin, validatePan } from './indian-tax-ids';
import { validateIpAddress } from './network';
import { validateCareOf, validateDateOfBirth } from './personal-details';
import type { Validator } from './result';

export type { ValidationResult, Validator } from './result';

export type ValidatorId =
  | 'aadhaar' | 'aadhaar_vid' | 'aadhaar_masked' | 'pan' | 'gstin' | 'voter_id' | 'passport_in' | 'driving_licence_in'
  | 'payment_card' | 'imei' | 'iban' | 'phone_in' | 'phone_e164' | 'email' | 'upi_id' | 'ip_address' | 'mac_address'
  | 'ssn_us' | 'nino_uk' | 'care_of' | 'pin_code_in' | 'ifsc' | 'date_of_birth' | 'vehicle_registration_in';

export const VALIDATORS: Readonly<Record<ValidatorId, Validator>> = Object.freeze({
  aadhaar: validateAadhaar,
  aadhaar_vid: validateAadhaarVid,
  aadhaar_masked: validateMaskedAadhaar,
  pan: validatePan,
  gstin: validateGstin,
  voter_id: validateVoterId,
  passport_in: validateIndianPassport,
  driving_licence_in: validateIndianDrivingLicence,
  payment_card: validatePaymentCard,
  imei: validateImei,
  iban: validateIban,
  phone_in: validateIndianPhone,
  phone_e164: validateE164Phone,
  email: validateEmail,
  upi_id: validateUpiId,
  ip_address: validateIpAddress,
  mac_address: validateMacAddress,
  ssn_us: validateUsSsn,
  nino_uk: validateUkNino,
  care_of: validateCareOf,
  pin_code_in: validatePinCode,
  ifsc: validateIfsc,
  date_of_birth: validateDateOfBirth,
  vehicle_registration_in: validateIndianVehicleRegistration,
});

export function isValidatorId(id: string): id is ValidatorId {
  // hasOwn, not `in`, so inherited names such as "toString" are not validator ids.
  return Object.hasOwn(VALIDATORS, id);
}
