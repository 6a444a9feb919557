import type { Action } from './manifest/types';
import type { Policy } from './manifest/policy';

export interface RestrictedFlow {
  category: string;
  action: Action;
  file: string;
}

export interface Restriction {
  /** Short id of the legal rule, for tests and fingerprints. */
  id: string;
  law: string;
  /** Completes "<category> reaches <sink>; …". */
  message: string;
}

const AADHAAR = 'user.government_id.aadhaar';
const VID = 'user.government_id.aadhaar_vid';
const CARD = 'user.financial.credit_card';
const CVV = 'user.financial.card_security_code';
const SECRETS = ['user.authorization.password', 'user.authorization.otp', 'user.authorization.pin'];

const isUnder = (category: string, parent: string) => category === parent || category.startsWith(`${parent}.`);

const BIOMETRIC = 'user.biometric';
/** Every category getRestrictions names, besides those under BIOMETRIC. */
const RESTRICTED = new Set([AADHAAR, VID, CARD, CVV, 'user.authorization.biometric', ...SECRETS]);

/** Whether the law restricts some action on `category` (getRestrictions): most flows are of categories it does not. */
export function isRestrictedCategory(category: string): boolean {
  return RESTRICTED.has(category) || isUnder(category, BIOMETRIC);
}

/**
 * What the law forbids whatever the manifest says (SPEC §4, no-restricted-data). A value that went
 * through a slow salted hash, encryption, tokenisation or masking no longer carries its category,
 * so it never reaches here; a fast hash (SHA-256 of an Aadhaar number) keeps it.
 */
export function getRestrictions(flow: RestrictedFlow, policy: Policy): Restriction[] {
  const { category, action } = flow;
  const restrictions: Restriction[] = [];
  const add = (id: string, law: string, message: string) => restrictions.push({ id, law, message });

  if ((category === AADHAAR || category === VID) && action === 'log') {
    add('aadhaar-logged', 'Aadhaar Act 2016 s.29; Aadhaar (Authentication and Offline Verification) Regulations 2021 r.20', 'Aadhaar numbers and VIDs must never be logged');
  }
  if (category === VID && action === 'store') {
    add('vid-stored', 'UIDAI VID circular (Jan 2018); Aadhaar Act 2016 s.29', 'a Virtual ID is revocable and must not be stored');
  }
  if (category === AADHAAR && action === 'store' && !policy.isInVault(flow.file)) {
    add('aadhaar-outside-vault', 'UIDAI circular K-11020/205/2017 (25 Jul 2017): Aadhaar Data Vault', 'Aadhaar numbers may be stored only in the Aadhaar Data Vault (declare its code under vault.paths)');
  }
  if ((isUnder(category, BIOMETRIC) || category === 'user.authorization.biometric') && (action === 'store' || action === 'log')) {
    add('biometric', 'Aadhaar Act 2016 s.29(1); SPDI Rules 2011 r.3', 'biometric data must never be stored or logged');
  }
  if (category === CVV && (action === 'store' || action === 'log')) {
    add('cvv', 'PCI DSS v4.0 req. 3.3.1', 'card security codes must never be kept after authorisation, in logs or anywhere else');
  }
  if (category === CARD && action === 'log') {
    add('card-logged', 'PCI DSS v4.0 req. 3.5.1', 'a full card number must be unreadable wherever it is kept, logs included');
  }
  if (category === CARD && action === 'store' && !policy.isInVault(flow.file)) {
    add('card-outside-vault', 'PCI DSS v4.0 req. 3.5.1; RBI card-on-file tokenisation (from 1 Oct 2022)', 'card numbers may be stored only in a declared token vault');
  }
  if (SECRETS.includes(category) && action === 'log') {
    add('secret-logged', 'SPDI Rules 2011 r.3(i) and r.8', 'passwords, OTPs and PINs must never be logged');
  }
  if (SECRETS.includes(category) && action === 'store') {
    add('secret-unhashed', 'SPDI Rules 2011 r.3(i) and r.8', 'passwords, OTPs and PINs may be stored only after a slow, salted hash (bcrypt, scrypt, argon2)');
  }
  return restrictions;
}
