import { domainToUnicode } from 'node:url';
import TOP_LEVEL_DOMAINS = require('tlds');
import { accept, acceptPlaceholder, reject, type ValidationResult } from './result';
import { getFillerDigits } from './text-shape';
import { isKnownUpiHandle } from './upi-handles';

const INDIAN_MOBILE_SHAPE = /^(?:\+91[ -]?|91[ -]?|0)?([6-9][0-9]{9})$/;

/** Indian mobile number: 10 digits starting 6-9, optionally prefixed +91, 91 or 0. */
export function validateIndianPhone(value: string): ValidationResult {
  const match = INDIAN_MOBILE_SHAPE.exec(value.trim());
  if (match === null) return reject('not a 10-digit Indian mobile starting 6-9 (optionally +91, 91 or 0 first)');
  const filler = getFillerReason(match[1]!);
  if (filler !== undefined) return acceptPlaceholder(filler);
  return accept('10-digit Indian mobile number starting 6-9');
}

const FILLER_REASONS = {
  repeated: 'filler, a single repeated digit, not a subscriber number',
  counting: 'a stand-in whose digits count up or down (98765 43210), as forms and seed data use, not a subscriber number',
} as const;

/** Why a phone number's digits are a stand-in rather than a subscriber's, if they are. */
function getFillerReason(digits: string): string | undefined {
  const filler = getFillerDigits(digits);
  return filler === undefined ? undefined : FILLER_REASONS[filler];
}

// Single spaces or hyphens may separate digit groups; the digits alone must fit E.164.
const E164_SHAPE = /^\+[1-9](?:[ -]?[0-9]){6,14}$/;

/** International number in E.164 form: + then 7 to 15 digits, country code not starting 0. */
export function validateE164Phone(value: string): ValidationResult {
  if (!E164_SHAPE.test(value.trim())) return reject('not + followed by 7 to 15 digits with a country code not starting 0');
  const digits = value.replace(/[^0-9]/g, '');
  const filler = getFillerReason(digits);
  if (filler !== undefined) return acceptPlaceholder(filler);
  if (isNorthAmerican555(digits)) {
    return acceptPlaceholder('a North American number on the 555 exchange, which no subscriber has (555-01XX is kept for fiction, +1 500 555 00XX are Twilio\'s test numbers)');
  }
  return accept('international E.164 phone number');
}

/** +1 NPA 555 XXXX: the exchange the North American plan keeps out of subscribers' hands. */
function isNorthAmerican555(digits: string): boolean {
  return digits.length === 11 && digits[0] === '1' && digits.slice(4, 7) === '555';
}

const EMAIL_LOCAL = /^[A-Za-z0-9!#$%&'*+=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const TOP_LEVEL_DOMAIN = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

// File extensions that show up after "@" in asset names (icon@2x.png) and bundle paths.
// None is a delegated TLD; .md, .zip and .mov are, so they are not listed.
const FILE_EXTENSIONS: ReadonlySet<string> = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'avif', 'ico', 'bmp', 'tif', 'tiff',
  'css', 'scss', 'sass', 'less', 'js', 'mjs', 'cjs', 'jsx', 'ts', 'tsx', 'json', 'map',
  'html', 'htm', 'xml', 'yml', 'yaml', 'txt', 'woff', 'woff2', 'ttf', 'otf', 'eot', 'wasm',
]);

// Names that are never delegated in the public DNS, so mail there can never reach a person: RFC 2606
// and RFC 6761 (example, test, invalid, localhost), RFC 6762 (.local, multicast DNS on one link, the
// usual domain of seed and test accounts), RFC 9476 (.alt), RFC 8375 (home.arpa) and ICANN's 2024
// reservation of .internal for private networks.
const RESERVED_EMAIL_DOMAINS: readonly string[] = ['example.com', 'example.net', 'example.org', 'home.arpa'];
const RESERVED_EMAIL_TLDS: readonly string[] = ['example', 'test', 'invalid', 'localhost', 'local', 'alt', 'internal'];

/**
 * Registered domains that sample and test data use in place of a real one (`john@test.com`,
 * `no-reply@your-domain.com`). Real mail providers (mail.com, email.com) are not among them.
 */
const SAMPLE_EMAIL_DOMAINS: ReadonlySet<string> = new Set([
  'test.com', 'domain.com', 'yourdomain.com', 'your-domain.com', 'mydomain.com', 'yourcompany.com', 'your-company.com', 'sample.com', 'dummy.com', 'fake.com',
  'foo.com', 'bar.com', 'baz.com', 'foobar.com', 'acme.com', 'company.com', 'mycompany.com', 'somedomain.com', 'anydomain.com',
]);

/** Public throwaway inboxes: anyone can read them, so an address there is a tester's, not a person's. */
const THROWAWAY_EMAIL_DOMAINS: ReadonlySet<string> = new Set([
  'mailinator.com', 'yopmail.com', 'guerrillamail.com', 'sharklasers.com', '10minutemail.com', 'maildrop.cc', 'trashmail.com',
  'temp-mail.org', 'tempmail.com', 'throwawaymail.com', 'getnada.com', 'dispostable.com', 'mailnesia.com', 'mintemail.com',
]);

/**
 * Mailboxes that tests and sample data stand in with (`test@gmail.com`, `new.user@`, `foo1@`), compared
 * in lower case without separators, a `+tag` or trailing digits.
 */
const STAND_IN_MAILBOXES: ReadonlySet<string> = new Set([
  'test', 'testing', 'tester', 'testuser', 'testaccount', 'user', 'username', 'newuser', 'someone', 'somebody', 'nobody', 'noone',
  'anonymous', 'anon', 'foo', 'bar', 'baz', 'foobar', 'fake', 'fakeuser', 'dummy', 'dummyuser', 'sample', 'sampleuser', 'example',
  'demo', 'demouser', 'placeholder', 'nonexistent', 'temp', 'tmp', 'asdf', 'qwerty', 'abc', 'xyz', 'yourname', 'youremail',
  'yourmail', 'name', 'email', 'mail', 'johndoe', 'janedoe', 'lorem', 'loremipsum', 'null', 'undefined', 'string', 'changeme',
  // The roles an app's own tests and seeds sign in as (`signer@`, `recipient1@`, `serviceaccount@`).
  'recipient', 'signer', 'approver', 'viewer', 'editor', 'member', 'manager', 'owner', 'reviewer', 'assignee', 'participant',
  'guest', 'visitor', 'serviceaccount', 'deletedaccount', 'deleteduser', 'seller', 'buyer',
]);

/**
 * `x@test.company.in`: a first label that tests and staging systems use, in front of a domain of its
 * own. Under a country's second level (`test.co.in`), the label is the domain's own name.
 */
function isStandInSubdomain(labels: readonly string[]): boolean {
  if (labels.length < 3 || !STAND_IN_SUBDOMAINS.has(labels[0]!)) return false;
  const isCountrySecondLevel = labels.length === 3 && labels[2]!.length === 2 && COUNTRY_SECOND_LEVELS.has(labels[1]!);
  return !isCountrySecondLevel;
}

const COUNTRY_SECOND_LEVELS: ReadonlySet<string> = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'nic', 'res', 'gen', 'firm', 'ind', 'ltd', 'plc', 'me']);

/** First labels of a domain that tests and staging systems use. */
const STAND_IN_SUBDOMAINS: ReadonlySet<string> = new Set(['test', 'testing', 'staging', 'stage', 'sandbox', 'dev', 'demo', 'qa', 'uat', 'example']);

/** Why a mailbox is a stand-in, if it is: a sample word, or one character over and over (`x@`, `aaa@`). */
function getStandInMailbox(mailbox: string): string | undefined {
  const word = mailbox.replace(/[._-]/g, '').replace(/[0-9]+$/, '').replace(/(.)\1{2,}/g, '$1$1');
  if (STAND_IN_MAILBOXES.has(word)) return `a stand-in mailbox (${mailbox}@), as tests and sample data use, not a person's`;
  if (/^([a-z])\1*$/.test(word)) return `a mailbox of one letter (${mailbox}@), a stand-in, not a person's`;
  return undefined;
}

let delegated: ReadonlySet<string> | undefined;

/** Whether the root zone delegates `tld` (IANA's list, from the `tlds` package): mail to any other reaches nobody. */
function isDelegatedTopLevelDomain(tld: string): boolean {
  delegated ??= new Set(TOP_LEVEL_DOMAINS);
  return delegated.has(tld.startsWith('xn--') ? domainToUnicode(tld) : tld);
}

function isReservedEmailDomain(domain: string): boolean {
  const labels = domain.split('.');
  const tld = labels[labels.length - 1]!;
  if (RESERVED_EMAIL_TLDS.includes(tld)) return true;
  return RESERVED_EMAIL_DOMAINS.some((reserved) => domain === reserved || domain.endsWith(`.${reserved}`));
}

/**
 * Mailboxes that name a function, not a person: RFC 2142's, the no-reply family, and the help-desk and
 * department names that contact pages and mailers carry. The catalogue's names say the same
 * (`supportEmail`, `noreplyEmail` are not personal data).
 */
const ROLE_MAILBOXES: ReadonlySet<string> = new Set([
  // RFC 2142
  'info', 'marketing', 'sales', 'support', 'abuse', 'noc', 'security', 'postmaster', 'hostmaster', 'usenet', 'news', 'webmaster', 'www', 'uucp', 'ftp',
  'noreply', 'no-reply', 'no_reply', 'donotreply', 'do-not-reply', 'do_not_reply', 'mailer-daemon', 'bounce', 'bounces',
  'admin', 'administrator', 'help', 'helpdesk', 'contact', 'contactus', 'enquiry', 'enquiries', 'inquiry', 'inquiries', 'hello', 'team',
  'billing', 'accounts', 'finance', 'payments', 'hr', 'careers', 'jobs', 'press', 'media', 'legal', 'privacy', 'compliance',
  'grievance', 'dpo', 'feedback', 'notifications', 'alerts', 'newsletter', 'office', 'service', 'care', 'customercare', 'customerservice',
  'notification', 'alert', 'system', 'kyc', 'verify', 'verification', 'onboarding', 'orders', 'receipts', 'statements', 'updates',
]);

/** The local part without a `+tag` (RFC 5233 subaddress), in lower case. */
function getMailbox(local: string): string {
  const plus = local.indexOf('+');
  return (plus > 0 ? local.slice(0, plus) : local).toLowerCase();
}

/** Practical e-mail address check (not full RFC 5322): local@domain.tld with sane labels. */
export function validateEmail(value: string): ValidationResult {
  const address = value.trim();
  const at = address.lastIndexOf('@');
  if (at <= 0 || address.indexOf('@') !== at) return reject('not local@domain with exactly one @');
  if (address.length > 254) return reject('longer than the 254 characters an e-mail address may have');
  const local = address.slice(0, at);
  const domain = address.slice(at + 1).toLowerCase();
  if (local.length > 64 || !EMAIL_LOCAL.test(local)) {
    return reject('local part has spaces, slashes, leading/trailing or doubled dots, or is too long');
  }
  if (domain === 'localhost') return acceptPlaceholder('e-mail address at localhost, which reaches nobody');
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) {
    return reject('domain is not dot-separated host labels');
  }
  const tld = labels[labels.length - 1]!;
  if (FILE_EXTENSIONS.has(tld)) return reject(`.${tld} is a file extension (e.g. an @2x asset name), not a top-level domain`);
  if (!TOP_LEVEL_DOMAIN.test(tld)) return reject('top-level domain must be at least 2 letters');
  if (isReservedEmailDomain(domain)) {
    return acceptPlaceholder('e-mail address at a reserved example/test domain, which reaches nobody');
  }
  if (!isDelegatedTopLevelDomain(tld)) return acceptPlaceholder(`e-mail address under .${tld}, a top-level domain that does not exist, so it reaches nobody`);
  if (SAMPLE_EMAIL_DOMAINS.has(domain)) return acceptPlaceholder(`e-mail address at ${domain}, a domain sample and test data stand in with`);
  if (isStandInSubdomain(labels)) return acceptPlaceholder(`e-mail address at ${domain}, a ${labels[0]} subdomain, not a person's mail domain`);
  if (THROWAWAY_EMAIL_DOMAINS.has(domain)) return acceptPlaceholder(`e-mail address at ${domain}, a public throwaway inbox, not a person's mailbox`);
  const mailbox = getMailbox(local);
  if (ROLE_MAILBOXES.has(mailbox)) return acceptPlaceholder(`a role mailbox (${mailbox}@), which names a function, not a person`);
  const standIn = getStandInMailbox(mailbox);
  if (standIn !== undefined) return acceptPlaceholder(standIn);
  return accept('e-mail address with a well-formed local part and domain');
}

const VPA_SHAPE = /^([A-Za-z0-9._-]{2,256})@([A-Za-z][A-Za-z0-9]{1,63})$/;

/** UPI virtual payment address: local part @ a known PSP handle. */
export function validateUpiId(value: string): ValidationResult {
  const match = VPA_SHAPE.exec(value.trim());
  if (match === null) return reject('not a UPI ID of the form name@handle');
  const local = match[1]!;
  const handle = match[2]!;
  // The handle list is what separates a VPA from, say, user@intranet-host.
  if (!isKnownUpiHandle(handle)) return reject(`@${handle} is not a known UPI payment-app handle`);
  if (/^(?:91)?[6-9][0-9]{9}$/.test(local)) {
    return accept(`UPI ID on a known @${handle.toLowerCase()} handle; the local part is a mobile number`);
  }
  return accept(`UPI ID on a known @${handle.toLowerCase()} handle`);
}

const PIN_CODE_SHAPE = /^[1-9][0-9]{2} ?[0-9]{3}$/;

/** Indian postal PIN code. Shape only: any 6-digit number fits, so it counts only with context. */
export function validatePinCode(value: string): ValidationResult {
  if (!PIN_CODE_SHAPE.test(value.trim())) return reject('not a 6-digit PIN code starting 1-9');
  return accept('6-digit PIN code starting 1-9 (shape only; PIN codes have no check digit)');
}
