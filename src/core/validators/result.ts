export interface ValidationResult {
  valid: boolean;
  /** One short sentence a user reads in `minimise-scan explain`: what was checked and the verdict. */
  reason: string;
  /**
   * true when the value has the right shape but is a documented placeholder or reserved
   * value that identifies nobody (reserved e-mail domains, role mailboxes, private/documentation IP
   * ranges, all-zero or broadcast MAC, phone numbers of one repeated or counting digits). Published
   * test card numbers are deliberately not placeholders.
   */
  placeholder?: boolean;
  /** On a rejection: the shape was right and a check digit or an allocation rule failed, which is worth telling the user. */
  nearMiss?: boolean;
}

export type Validator = (value: string) => ValidationResult;

export function accept(reason: string): ValidationResult {
  return { valid: true, reason };
}

export function acceptPlaceholder(reason: string): ValidationResult {
  return { valid: true, reason, placeholder: true };
}

export function reject(reason: string): ValidationResult {
  return { valid: false, reason };
}

export function rejectNearMiss(reason: string): ValidationResult {
  return { valid: false, reason, nearMiss: true };
}
