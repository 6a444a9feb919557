import {
  getGstinCheckChar,
  isIbanMod97Valid,
  isLuhnValid,
  isVerhoeffValid,
} from '../../src/core/validators/checksums';
import { isValidatorId, VALIDATORS, type ValidatorId } from '../../src/core/validators';

// Independent oracles: written from the published algorithm descriptions rather than
// imported, so a bug in the implementation cannot also hide in the expected values.

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

function getVerhoeffCheckDigit(payload: string): string {
  let c = 0;
  const reversed = [...payload].reverse();
  reversed.forEach((char, i) => {
    c = VERHOEFF_D[c]![VERHOEFF_P[(i + 1) % 8]![Number(char)]!]!;
  });
  return String(VERHOEFF_INV[c]);
}

function getLuhnCheckDigit(payload: string): string {
  let sum = 0;
  [...payload].reverse().forEach((char, i) => {
    let digit = Number(char);
    if (i % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  });
  return String((10 - (sum % 10)) % 10);
}

function getIbanCheckDigits(country: string, bban: string): string {
  const numeric = [...(bban + country + '00')].map((char) => parseInt(char, 36).toString()).join('');
  return String(98n - (BigInt(numeric) % 97n)).padStart(2, '0');
}

// Generic Luhn mod N validation (right to left, factor 1 on the check character).
function isLuhnMod36Valid(text: string): boolean {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let sum = 0;
  [...text].reverse().forEach((char, i) => {
    const product = alphabet.indexOf(char) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  });
  return sum % 36 === 0;
}

// mulberry32: tiny seeded PRNG so the property loops are reproducible.
function getSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function getRandomDigits(random: () => number, length: number, firstDigits = '0123456789'): string {
  let out = firstDigits[Math.floor(random() * firstDigits.length)]!;
  while (out.length < length) out += String(Math.floor(random() * 10));
  return out;
}

function getSingleDigitVariants(digits: string): string[] {
  const variants: string[] = [];
  for (let i = 0; i < digits.length; i++) {
    for (let d = 0; d <= 9; d++) {
      if (String(d) !== digits[i]) variants.push(digits.slice(0, i) + d + digits.slice(i + 1));
    }
  }
  return variants;
}

function getAdjacentTranspositions(digits: string): string[] {
  const variants: string[] = [];
  for (let i = 0; i + 1 < digits.length; i++) {
    if (digits[i] !== digits[i + 1]) {
      variants.push(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2));
    }
  }
  return variants;
}

/** A GB IBAN whose true check digits are 98, rewritten with the mod-97 alias 01. */
function getIbanWithAliasedCheckDigits(): string {
  for (let n = 0; ; n++) {
    const bban = 'WEST' + String(n).padStart(14, '0');
    if (getIbanCheckDigits('GB', bban) === '98') {
      const aliased = `GB01${bban}`;
      expect(isIbanMod97Valid(aliased)).toBe(true);
      return aliased;
    }
  }
}

function toIsoDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const CURRENT_YEAR = new Date().getFullYear();

describe('checksum helpers', () => {
  describe('isVerhoeffValid', () => {
    it.each([
      ['2363', true], // Wikipedia worked example: check digit 3 for 236
      ['234123412346', true],
      ['2341234123412341', true],
      ['234123412347', false],
      ['2364', false],
      ['', false],
      ['2341 2341 2346', false], // separators are the caller's job
      ['23a4', false],
    ])('isVerhoeffValid(%j) is %s', (digits, expected) => {
      expect(isVerhoeffValid(digits)).toBe(expected);
    });

    it('accepts oracle-generated numbers and rejects every single-digit error and adjacent transposition', () => {
      const random = getSeededRandom(0xa4d4a4);
      const wrongVerdicts: string[] = [];
      for (let n = 0; n < 300; n++) {
        const payload = getRandomDigits(random, 4 + Math.floor(random() * 16));
        const valid = payload + getVerhoeffCheckDigit(payload);
        if (!isVerhoeffValid(valid)) wrongVerdicts.push(`${valid} rejected`);
        const errors = [...getSingleDigitVariants(valid), ...getAdjacentTranspositions(valid)];
        for (const variant of errors) if (isVerhoeffValid(variant)) wrongVerdicts.push(`${variant} accepted`);
      }
      expect(wrongVerdicts).toEqual([]);
    });
  });

  describe('isLuhnValid', () => {
    it.each([
      ['79927398713', true], // ISO/IEC 7812 worked example
      ['4111111111111111', true],
      ['490154203237518', true],
      ['1186253', true],
      ['79927398710', false],
      ['1186263', false],
      ['', false],
      ['4111-1111', false],
    ])('isLuhnValid(%j) is %s', (digits, expected) => {
      expect(isLuhnValid(digits)).toBe(expected);
    });

    it('accepts oracle-generated numbers and rejects every single-digit error', () => {
      const random = getSeededRandom(0x1e4e);
      const wrongVerdicts: string[] = [];
      for (let n = 0; n < 300; n++) {
        const payload = getRandomDigits(random, 6 + Math.floor(random() * 13));
        const valid = payload + getLuhnCheckDigit(payload);
        if (!isLuhnValid(valid)) wrongVerdicts.push(`${valid} rejected`);
        for (const variant of getSingleDigitVariants(valid)) if (isLuhnValid(variant)) wrongVerdicts.push(`${variant} accepted`);
        // Luhn's one blind spot among adjacent swaps is 09 <-> 90.
        for (const variant of getAdjacentTranspositions(valid)) {
          const swapped = [...variant].findIndex((char, i) => char !== valid[i]);
          const pair = valid.slice(swapped, swapped + 2);
          if (pair !== '09' && pair !== '90' && isLuhnValid(variant)) wrongVerdicts.push(`${variant} accepted`);
        }
      }
      expect(wrongVerdicts).toEqual([]);
    });
  });

  describe('isIbanMod97Valid', () => {
    it.each([
      ['GB82WEST12345698765432', true],
      ['DE89370400440532013000', true],
      ['GB82 WEST 1234 5698 7654 32', true],
      ['gb82west12345698765432', true],
      ['GB82WEST12345698765431', false],
      ['GB28WEST12345698765432', false],
      ['DE89370400440532013001', false],
      ['', false],
      ['GB82-WEST', false],
    ])('isIbanMod97Valid(%j) is %s', (iban, expected) => {
      expect(isIbanMod97Valid(iban)).toBe(expected);
    });

    it('agrees with a BigInt oracle and catches every single-digit error in the BBAN', () => {
      const random = getSeededRandom(97);
      const wrongVerdicts: string[] = [];
      for (let n = 0; n < 200; n++) {
        const bban = 'ABCD' + getRandomDigits(random, 14);
        const iban = `GB${getIbanCheckDigits('GB', bban)}${bban}`;
        if (!isIbanMod97Valid(iban)) wrongVerdicts.push(`${iban} rejected`);
        for (const variant of getSingleDigitVariants(iban.slice(8))) {
          if (isIbanMod97Valid(iban.slice(0, 8) + variant)) wrongVerdicts.push(`${variant} accepted`);
        }
      }
      expect(wrongVerdicts).toEqual([]);
    });
  });

  describe('getGstinCheckChar', () => {
    it('computes the reference vector 27AAPFU0939F1Z -> V', () => {
      expect(getGstinCheckChar('27AAPFU0939F1Z')).toBe('V');
    });

    it('agrees with a generic Luhn mod-N validation oracle on seeded random inputs', () => {
      const random = getSeededRandom(36);
      const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
      for (let n = 0; n < 500; n++) {
        const first14 = Array.from({ length: 14 }, () => alphabet[Math.floor(random() * 36)]).join('');
        const check = getGstinCheckChar(first14);
        expect(isLuhnMod36Valid(first14 + check)).toBe(true);
        const wrong = alphabet[(alphabet.indexOf(check) + 1) % 36]!;
        expect(isLuhnMod36Valid(first14 + wrong)).toBe(false);
      }
    });

    it('returns 0, not an out-of-range index, when the weighted sum is a multiple of 36', () => {
      // Weighted sum of "00000000000000" is 0: the case python-stdnum's gstin_ca gets wrong.
      expect(getGstinCheckChar('00000000000000')).toBe('0');
      expect(isLuhnMod36Valid('000000000000000')).toBe(true);
    });

    it.each(['27AAPFU0939F1', '27aapfu0939f1z', '27AAPFU0939F1Z!', ''])('throws RangeError for %j', (input) => {
      expect(() => getGstinCheckChar(input)).toThrow(RangeError);
    });
  });
});

type Row = [value: string, reason: RegExp];

function describeValidator(id: ValidatorId, validRows: Row[], invalidRows: Row[]): void {
  describe(id, () => {
    it.each(validRows)('accepts %j', (value, reason) => {
      const result = VALIDATORS[id](value);
      expect(result.valid).toBe(true);
      expect(result.reason.trim()).not.toBe('');
      expect(result.reason).toMatch(reason);
    });
    it.each(invalidRows)('rejects %j', (value, reason) => {
      const result = VALIDATORS[id](value);
      expect(result.valid).toBe(false);
      expect(result.reason.trim()).not.toBe('');
      expect(result.reason).toMatch(reason);
      expect(result.placeholder).toBeFalsy();
    });
  });
}

describe('VALIDATORS', () => {
  it('has exactly one validator per documented id', () => {
    expect(Object.keys(VALIDATORS).sort()).toEqual(
      [
        'aadhaar', 'aadhaar_vid', 'aadhaar_masked', 'pan', 'gstin', 'voter_id', 'passport_in', 'driving_licence_in',
        'payment_card', 'imei', 'iban', 'phone_in', 'phone_e164', 'email', 'upi_id', 'ip_address', 'mac_address',
        'ssn_us', 'nino_uk', 'care_of', 'pin_code_in', 'ifsc', 'date_of_birth', 'vehicle_registration_in',
      ].sort(),
    );
    expect(Object.isFrozen(VALIDATORS)).toBe(true);
  });

  it.each([
    ['aadhaar', true],
    ['date_of_birth', true],
    ['AADHAAR', false],
    ['toString', false],
    ['__proto__', false],
    ['', false],
  ])('isValidatorId(%j) is %s', (id, expected) => {
    expect(isValidatorId(id)).toBe(expected);
  });

  it.each<[ValidatorId, string]>([
    ['aadhaar', '  2341 2341 2346\n'],
    ['pan', '\tACUPA7085R '],
    ['email', ' rahul@gmail.com '],
    ['iban', ' GB82 WEST 1234 5698 7654 32 '],
    ['ip_address', ' 8.8.8.8 '],
  ])('%s trims surrounding whitespace', (id, value) => {
    expect(VALIDATORS[id](value).valid).toBe(true);
  });
});

describeValidator(
  'aadhaar',
  [
    ['2341 2341 2346', /Verhoeff/],
    ['234123412346', /12 digits starting 2-9/],
    ['2341-2341-2346', /Verhoeff/],
  ],
  [
    ['234123412347', /Verhoeff check digit is wrong/],
    ['2341 2341 2347', /Verhoeff/],
    ['134123412346', /never start with 0 or 1/],
    ['034123412346', /never start with 0 or 1/],
    ['2341 2341-2346', /shape/], // mixed separators
    ['2341  2341 2346', /shape/],
    ['23412341234', /shape/],
    ['2341234123466', /shape/],
    ['2341 2341 234a', /shape/],
    ['', /shape/],
  ],
);

describe('aadhaar (generated)', () => {
  it('rejects a Verhoeff-valid palindrome', () => {
    // 5 digits chosen freely, the 6th makes the Verhoeff sum work, then mirror.
    // Search the 10^5 prefixes for one whose mirror image is also Verhoeff-valid.
    let palindrome: string | undefined;
    for (let n = 20000; n < 100000 && palindrome === undefined; n++) {
      for (let d = 0; d <= 9 && palindrome === undefined; d++) {
        const half = `${n}${d}`;
        const candidate = half + [...half].reverse().join('');
        if (candidate[0] !== '0' && candidate[0] !== '1' && isVerhoeffValid(candidate)) palindrome = candidate;
      }
    }
    expect(palindrome).toBeDefined();
    const result = VALIDATORS.aadhaar(palindrome!);
    expect(result.valid).toBe(false);
    expect(result.reason).toMatch(/palindrome/);
  });

  it('accepts seeded Verhoeff-valid numbers and rejects every single-digit change', () => {
    const random = getSeededRandom(12);
    for (let n = 0; n < 100; n++) {
      const payload = getRandomDigits(random, 11, '23456789');
      const aadhaar = payload + getVerhoeffCheckDigit(payload);
      if (aadhaar === [...aadhaar].reverse().join('')) continue;
      expect(VALIDATORS.aadhaar(aadhaar).valid).toBe(true);
      const accepted = getSingleDigitVariants(aadhaar).filter((variant) => VALIDATORS.aadhaar(variant).valid);
      expect(accepted).toEqual([]);
    }
  });
});

describe('aadhaar stand-ins', () => {
  it('reads 91 and a stand-in mobile as a phone number, not an Aadhaar, when it passes Verhoeff by chance', () => {
    expect(VALIDATORS.aadhaar('919876543216')).toMatchObject({ valid: true, placeholder: true, reason: expect.stringMatching(/stand-in mobile/) });
    const counting = '91678901234';
    expect(VALIDATORS.aadhaar(counting + getVerhoeffCheckDigit(counting)).placeholder).toBe(true);
  });

  it.each([
    // Presidio's Aadhaar test numbers count too, but do not start 91 with a mobile after it.
    '312345678909',
    '400123456787',
    // 91 and a real-looking mobile stays an Aadhaar, as before: the digits cannot tell the two apart.
    (() => { const p = '91981239812'; return p + getVerhoeffCheckDigit(p); })(),
  ])('keeps %s an Aadhaar', (aadhaar) => {
    const result = VALIDATORS.aadhaar(aadhaar);
    expect(result.valid).toBe(true);
    expect(result.placeholder).toBeFalsy();
  });
});

describeValidator(
  'aadhaar_vid',
  [
    ['2341234123412341', /16 digits.*Verhoeff/],
    ['2341 2341 2341 2341', /Verhoeff/],
    ['2341-2341-2341-2341', /Verhoeff/],
    [(() => { const p = '987654321098765'; return p + getVerhoeffCheckDigit(p); })(), /Verhoeff/],
  ],
  [
    ['2341234123412342', /Verhoeff check digit is wrong/],
    ['1341234123412341', /never start with 0 or 1/],
    ['234123412346', /16 digits/], // an Aadhaar, not a VID
    ['2341 2341 2341-2341', /16 digits/],
  ],
);

describeValidator(
  'aadhaar_masked',
  [
    ['XXXX XXXX 1234', /masked Aadhaar/],
    ['xxxx-xxxx-1234', /last 4/],
    ['********1234', /masked/],
    ['XXXX xxxx 9876', /masked/],
  ],
  [
    ['2341 2341 2346', /not a masked Aadhaar/], // the unmasked number
    ['XXXX XXXX XXXX', /not a masked Aadhaar/],
    ['XXXX 2341 2346', /not a masked Aadhaar/], // only 4 digits hidden
    ['XXXX XXXX 123', /not a masked Aadhaar/],
    ['YYYY YYYY 1234', /not a masked Aadhaar/],
  ],
);

describeValidator(
  'pan',
  [
    ['ACUPA7085R', /individual.*\bP\b/],
    ['AAPFU0939F', /firm or LLP/],
    ['AAACR5055K', /company/],
    ['AAAHA1234B', /Hindu undivided family/],
    ['AAATA0001Z', /trust/],
  ],
  [
    ['ABMXA3211G', /4th character X is not a PAN holder type/],
    ['ACUPA0000R', /serial 0000/],
    ['acupa7085r', /capital/],
    ['ACUPA7085', /capital/],
    ['ACUPA70851', /capital/],
    ['ACUP7A085R', /capital/],
  ],
);

describeValidator(
  'gstin',
  [
    ['27AAPFU0939F1ZV', /state 27.*firm or LLP.*mod-36/],
    ...['01', '29', '37', '38', '97', '99'].map((state): Row => {
      const first14 = `${state}ACUPA7085R1Z`;
      return [first14 + getGstinCheckChar(first14), /individual.*mod-36/];
    }),
  ],
  [
    ['27AAPFU0939F1ZW', /mod-36 check character is wrong/],
    ['27AAPFU0939F2ZV', /mod-36/], // entity number changed, check char not
    ['00AAPFU0939F1Z' + getGstinCheckChar('00AAPFU0939F1Z'), /state code 00/],
    ['39AAPFU0939F1Z' + getGstinCheckChar('39AAPFU0939F1Z'), /state code 39/],
    ['98AAPFU0939F1Z' + getGstinCheckChar('98AAPFU0939F1Z'), /state code 98/],
    ['27AAPXU0939F1Z' + getGstinCheckChar('27AAPXU0939F1Z'), /embedded PAN.*holder type/],
    ['27AAPFU0000F1Z' + getGstinCheckChar('27AAPFU0000F1Z'), /embedded PAN.*0000/],
    ['27AAPFU0939F0Z' + getGstinCheckChar('27AAPFU0939F0Z'), /not 15 characters/], // entity 0
    ['27AAPFU0939F1Y' + getGstinCheckChar('27AAPFU0939F1Y'), /not 15 characters/], // 14th not Z
    ['27aapfu0939f1zv', /not 15 characters/],
  ],
);

describeValidator(
  'voter_id',
  [
    ['WKH1186253', /Luhn/],
    ['ABC' + '123456' + getLuhnCheckDigit('123456'), /3-letter series/],
  ],
  [
    ['WKH1186263', /Luhn check over the 7 digits is wrong/],
    ['WKH118625', /3 capital letters followed by 7 digits/],
    ['1231186253', /3 capital letters/],
    ['wkh1186253', /3 capital letters/],
  ],
);

describeValidator(
  'passport_in',
  [
    ['A2096457', /series A.*no check digit/],
    ['A20 96457', /series A/],
    ['Y1234567', /series Y/],
  ],
  [
    ['Q2096457', /not Q, X or Z/],
    ['X2096457', /not an Indian passport/],
    ['Z2096457', /not an Indian passport/],
    ['A0096457', /not an Indian passport/], // 2nd char 0
    ['A2096450', /not an Indian passport/], // last char 0
    ['A209645', /not an Indian passport/],
    ['a2096457', /not an Indian passport/],
  ],
);

describeValidator(
  'driving_licence_in',
  [
    ['MH1420110062821', /state code MH.*no check digit/],
    ['MH14 20110062821', /state code MH/],
    ['MH14-20110062821', /state code MH/],
    ['DL0419990123456', /state code DL/],
    ['TG09' + String(CURRENT_YEAR) + '0001234', /state code TG/],
  ],
  [
    ['XX1420110062821', /XX is not an Indian state/],
    ['ZZ1420110062821', /ZZ is not an Indian state/],
    ['MH14' + String(CURRENT_YEAR + 1) + '0062821', /year of issue is in the future/],
    ['MH1418990062821', /shape/], // year 1899
    ['MH14_20110062821', /shape/],
    ['MH142011006282', /shape/],
    ['mh1420110062821', /shape/],
  ],
);

describeValidator(
  'vehicle_registration_in',
  [
    ['KA53ME3456', /state code KA/],
    ['MH 12 AB 1234', /state code MH/],
    ['DL-3C-AB-1234', /state code DL/],
    ['22BH1234AA', /Bharat-series/],
  ],
  [
    ['XY53ME3456', /XY is not an Indian state/],
    ['KA53ME0000', /0000 is never issued/],
    ['22BH1234AI', /shape/], // I is excluded from BH-series letters
    ['ka53me3456', /shape/],
    ['KA53ME34567', /shape/],
  ],
);

describeValidator(
  'payment_card',
  [
    ['4539148803436467', /16-digit Visa.*Luhn/],
    ['4539 1488 0343 6467', /Visa/],
    ['4539-1488-0343-6467', /Visa/],
    ['4539148803433', /13-digit Visa/],
    ['5123456789012346', /Mastercard/],
    ['2223003122003297', /Mastercard/],
    ['378282246310013', /15-digit American Express/],
    ['3782 822463 10013', /American Express/],
    ['6011111111111125', /16-digit Discover card/],
    ['3530111333300018', /JCB/],
    ['30569309025912', /14-digit Diners Club/],
    ['6200000000000013', /16-digit UnionPay card/],
    ['6759649826438453', /Maestro/],
    ['6521' + '00000000000' + getLuhnCheckDigit('652100000000000'), /16-digit Discover or RuPay card/],
    ['8100' + '00000000000' + getLuhnCheckDigit('810000000000000'), /RuPay/],
  ],
  [
    ['4111111111111112', /Luhn check digit is wrong/],
    ['5555555555554445', /Luhn/],
    ['0000000000000000', /repeated digit/],
    ['8888888888888888', /repeated digit/],
    ['1' + '00000000000000' + getLuhnCheckDigit('100000000000000'), /no card network/], // prefix 1
    ['37' + '0000000000000' + getLuhnCheckDigit('370000000000000'), /no card network/], // 16-digit Amex prefix
    ['41111111111', /12 to 19 digits/],
    ['41111111111111111111', /12 to 19 digits/],
    ['4111 1111-1111 1111', /digit groups/],
    ['4111  1111 1111 1111', /digit groups/],
    ['4111111111111111a', /digit groups/],
  ],
);

// Published by payment providers for their sandboxes: Luhn-valid and on a real network, but no one's card.
describe('payment_card test numbers', () => {
  it.each([
    ['4111111111111111', /Visa test card number/],
    ['4111 1111 1111 1111', /Visa test card/],
    ['4111-1111-1111-1111', /Visa test card/],
    ['4242424242424242', /Visa test card/],
    ['4222222222222', /Visa test card/],
    ['5555555555554444', /Mastercard test card/],
    ['378282246310005', /American Express test card/],
    ['6011111111111117', /Discover test card/],
    ['30569309025904', /Diners Club test card/],
    ['3530111333300000', /JCB test card/],
    ['6200000000000005', /UnionPay test card/],
  ])('%s is valid and a placeholder (%s)', (value, reason) => {
    const result = VALIDATORS.payment_card(value);
    expect(result).toMatchObject({ valid: true, placeholder: true });
    expect(result.reason).toMatch(reason);
  });
});

describe('payment_card (generated)', () => {
  it('accepts seeded Luhn-valid Visa numbers and rejects every single-digit change', () => {
    const random = getSeededRandom(4);
    for (let n = 0; n < 100; n++) {
      const payload = '4' + getRandomDigits(random, 14);
      const card = payload + getLuhnCheckDigit(payload);
      expect(VALIDATORS.payment_card(card)).toMatchObject({ valid: true, reason: expect.stringMatching(/Visa/) });
      const accepted = getSingleDigitVariants(card).filter((variant) => VALIDATORS.payment_card(variant).valid);
      expect(accepted).toEqual([]);
    }
  });
});

describeValidator(
  'imei',
  [
    ['490154203237518', /15-digit IMEI.*Luhn/],
    ['49-015420-323751-8', /Luhn/],
    ['49 015420 323751 8', /Luhn/],
    ['35209900176148' + getLuhnCheckDigit('35209900176148'), /Luhn/],
  ],
  [
    ['490154203237517', /Luhn check digit is wrong/],
    ['000000000000000', /all-zero/],
    ['49015420323751', /15 digits/],
    ['4901542032375180', /15 digits/],
    ['49-015420 323751-8', /15 digits/],
    ['490-15420-323751-8', /15 digits/],
  ],
);

describeValidator(
  'iban',
  [
    ['GB82WEST12345698765432', /GB IBAN.*mod-97/],
    ['GB82 WEST 1234 5698 7654 32', /GB IBAN/],
    ['DE89370400440532013000', /DE IBAN/],
    ['DE89 3704 0044 0532 0130 00', /DE IBAN/],
    ['FR1420041010050500013M02606', /FR IBAN/],
    ['NL91ABNA0417164300', /NL IBAN/],
    ['BE68539007547034', /BE IBAN/],
    ['ES9121000418450200051332', /ES IBAN/],
    ['IT60X0542811101000000123456', /IT IBAN/],
    ['AT611904300234573201', /AT IBAN/],
    ['IE29AIBK93115212345678', /IE IBAN/],
    ['CH9300762011623852957', /CH IBAN/],
    ['NO9386011117947', /NO IBAN/],
    ['MT84MALT011000012345MTLCAST001S', /MT IBAN/],
  ],
  [
    ['GB82WEST12345698765433', /mod-97 check digits are wrong/],
    ['DE89370400440532013001', /mod-97/],
    ['DE88370400440532013000', /mod-97/],
    ['GB82WEST1234569876543', /GB IBANs have 22 characters/],
    ['DE89370400440532013000' + '0', /DE IBANs have 22 characters/],
    ['IN82WEST12345698765432', /India does not use IBAN/],
    ['US12345678901234567890', /US is not a country in the IBAN registry/],
    // Right length and checksum, but a GB BBAN starts with 4 letters.
    ['GB' + getIbanCheckDigits('GB', '123456123456987654') + '123456123456987654', /BBAN layout/],
    // 01 aliases 98 modulo 97, so it passes the checksum but is never issued.
    [getIbanWithAliasedCheckDigits(), /check digits 01/],
    ['gb82west12345698765432', /not an IBAN/],
    ['GB82 WEST 1234 5698 765432', /not an IBAN/],
    ['GB82-WEST-1234-5698-7654-32', /not an IBAN/],
  ],
);

describeValidator(
  'phone_in',
  [
    ['9812398123', /10-digit Indian mobile/],
    ['+91 9812398123', /Indian mobile/],
    ['+91-9812398123', /Indian mobile/],
    ['+919812398123', /Indian mobile/],
    ['919812398123', /Indian mobile/],
    ['09812398123', /Indian mobile/],
    ['6000000001', /Indian mobile/],
  ],
  [
    ['5876543210', /starting 6-9/],
    ['987654321', /10-digit/],
    ['98765432101', /10-digit/],
    ['+92 9876543210', /10-digit/],
    ['98765 43210', /10-digit/],
  ],
);

describe('phone placeholders', () => {
  it.each([
    ['9999999999', 'phone_in', /repeated digit/],
    ['+91 7777777777', 'phone_in', /repeated digit/],
    ['9800000000', 'phone_in', /repeated digit/],
    ['9876543210', 'phone_in', /count up or down/],
    ['+91 9876543210', 'phone_in', /count up or down/],
    ['919876543216', 'phone_in', /count up or down/],
    ['6789012345', 'phone_in', /count up or down/],
    ['+91 98765 43210', 'phone_e164', /count up or down/],
    ['+1 234 567 8901', 'phone_e164', /count up or down/],
    ['+91 99999 99999', 'phone_e164', /repeated digit/],
    ['+15005550006', 'phone_e164', /555 exchange/],
    ['+1 415 555 2671', 'phone_e164', /555 exchange/],
    ['+1-555-555-0199', 'phone_e164', /555 exchange/],
  ] as const)('%s is valid and a placeholder (%s)', (value, id, reason) => {
    const result = VALIDATORS[id](value);
    expect(result).toMatchObject({ valid: true, placeholder: true });
    expect(result.reason).toMatch(reason);
  });

  // Seven counting digits, or a run broken once, is still a number someone may hold.
  it.each([
    ['9812398123', 'phone_in'],
    ['9876543012', 'phone_in'],
    ['9876512345', 'phone_in'],
    ['+91 98765 43012', 'phone_e164'],
    ['+1234567', 'phone_e164'],
    ['+44 20 7946 0958', 'phone_e164'],
    // 555 only as the North American exchange: elsewhere it is a number like any other.
    ['+1 650 253 0000', 'phone_e164'],
    ['+1 555 253 0000', 'phone_e164'],
    ['+91 98555 12345', 'phone_e164'],
  ] as const)('%s is not a placeholder (%s)', (value, id) => {
    const result = VALIDATORS[id](value);
    expect(result.valid).toBe(true);
    expect(result.placeholder).toBeFalsy();
  });
});

describeValidator(
  'phone_e164',
  [
    ['+16502530000', /E\.164/],
    ['+44 20 7946 0958', /E\.164/],
    ['+91-98123-98123', /E\.164/],
    ['+1234567', /E\.164/],
    ['+442079460958123', /E\.164/],
  ],
  [
    ['14155552671', /\+ followed by 7 to 15 digits/],
    ['+0123456789', /country code not starting 0/],
    ['+123456', /7 to 15 digits/],
    ['+1234567890123456', /7 to 15 digits/],
    ['+1 415  555 2671', /7 to 15 digits/],
    ['+1 (415) 555-2671', /7 to 15 digits/],
  ],
);

describeValidator(
  'email',
  [
    ['rahul.sharma@gmail.com', /well-formed/],
    ['first+tag@mail.co.in', /well-formed/],
    ["o'brien@example.ie", /well-formed/],
    ['anna@xn--d1acufc.xn--p1ai', /well-formed/], // punycode TLD
    ['ab@b.io', /well-formed/],
  ],
  [
    ['foo@2x.png', /\.png is a file extension/],
    ['icon@3x.webp', /file extension/],
    ['@types/node', /exactly one @/],
    ['node_modules/@babel/core', /local part/],
    ['@babel/core@7.24.0', /exactly one @/],
    ['lodash@4.17.21', /top-level domain/],
    ['a..b@example.com', /doubled dots/],
    ['.ab@gmail.com', /leading\/trailing/],
    ['ab.@gmail.com', /leading\/trailing/],
    ['a b@gmail.com', /spaces/],
    ['ab@gmail', /dot-separated/],
    ['ab@gmail..com', /dot-separated/],
    ['ab@-gmail.com', /dot-separated/],
    ['ab@gmail.c', /at least 2 letters/],
    ['ab@host.com/path', /dot-separated/],
    ['a@b@c.com', /exactly one @/],
    ['rahul@okicici', /dot-separated/], // a UPI ID, not an e-mail
    ['x'.repeat(65) + '@gmail.com', /too long/],
  ],
);

describe('role mailboxes', () => {
  it.each([
    ['support@verifykyc.in', 'support@'],
    ['no-reply@verifykyc.in', 'no-reply@'],
    ['NoReply@Verifykyc.in', 'noreply@'],
    ['info@presidio.site', 'info@'],
    ['no-reply+otp@verifykyc.in', 'no-reply@'],
    ['grievance@lender.co.in', 'grievance@'],
    ['kyc@lendwise.in', 'kyc@'],
    ['system@nem-insurance.com', 'system@'],
  ])('%s is valid and a placeholder: a role, not a person', (email, mailbox) => {
    const result = VALIDATORS.email(email);
    expect(result).toMatchObject({ valid: true, placeholder: true });
    expect(result.reason).toContain(`role mailbox (${mailbox})`);
  });

  it.each(['supporter@gmail.com', 'info.rahul@gmail.com', 'rahul+support@gmail.com', 'adminrahul@verifykyc.in'])('%s is a person\'s address', (email) => {
    const result = VALIDATORS.email(email);
    expect(result.valid).toBe(true);
    expect(result.placeholder).toBeFalsy();
  });
});

describe('sample e-mail domains', () => {
  it.each(['john@test.com', 'jane.doe@your-domain.com', 'priya@yourcompany.com'])('%s is valid and a placeholder', (email) => {
    expect(VALIDATORS.email(email)).toMatchObject({ valid: true, placeholder: true, reason: expect.stringMatching(/sample and test data/) });
  });

  it.each(['john@mail.com', 'john@email.com', 'john@testing.com', 'john@test.co.in'])('%s is a real mail domain', (email) => {
    expect(VALIDATORS.email(email).placeholder).toBeFalsy();
  });
});

describe('email placeholders', () => {
  it.each([
    'user@example.com',
    'user@example.net',
    'user@example.org',
    'user@mail.example.com',
    'user@foo.example',
    'user@service.test',
    'user@nowhere.invalid',
    'user@app.localhost',
    'user@localhost',
    'USER@EXAMPLE.COM',
    'admin@loan.local',
    'officer@corp.internal',
    'user@printer.home.arpa',
    'user@site.alt',
  ])('%s is valid and a placeholder', (email) => {
    const result = VALIDATORS.email(email);
    expect(result).toMatchObject({ valid: true, placeholder: true });
    expect(result.reason).toMatch(/reaches nobody/);
  });

  it.each([
    'rahul@gmail.com',
    'rahul@example.co.in',
    'rahul@myexample.com',
    'rahul@examples.com',
    // Reserved names only as the whole top-level domain (or home.arpa as the domain's tail).
    'rahul@local.in',
    'rahul@internal.com',
    'rahul@home.arpa.in',
  ])(
    '%s is not a placeholder',
    (email) => {
      expect(VALIDATORS.email(email)).toMatchObject({ valid: true });
      expect(VALIDATORS.email(email).placeholder).toBeFalsy();
    },
  );
});

describe('stand-in e-mail addresses', () => {
  it.each([
    ['jim@juice-sh.op', /\.op, a top-level domain that does not exist/],
    ['x@x.xx', /\.xx, a top-level domain that does not exist/],
    ['kuni@be.rt', /\.rt, a top-level domain/],
    ['test@bla.blubb', /\.blubb, a top-level domain/],
    ['user@mailinator.com', /mailinator\.com, a public throwaway inbox/],
    ['qa+signup@yopmail.com', /throwaway inbox/],
    ['foo@bar.com', /bar\.com, a domain sample and test data stand in with/],
    ['test@gmail.com', /stand-in mailbox \(test@\)/],
    ['Test123@Gmail.com', /stand-in mailbox \(test123@\)/],
    ['new.user@te.st', /stand-in mailbox \(new\.user@\)/],
    ['newuser@gmail.com', /stand-in mailbox/],
    ['fooooo1@gmail.com', /stand-in mailbox/],
    ['john.doe@gmail.com', /stand-in mailbox/],
    ['nonexistent@rediffmail.com', /stand-in mailbox/],
    ['a@b.in', /mailbox of one letter \(a@\)/],
    ['recipient1@documenso.com', /stand-in mailbox \(recipient1@\)/],
    ['serviceaccount@signly.io', /stand-in mailbox/],
    ['anita@test.documenso.com', /a test subdomain/],
    ['rahul@staging.lendwise.co.in', /a staging subdomain/],
    ['xxxx@gmail.com', /mailbox of one letter/],
  ])('%s is valid and a placeholder (%s)', (email, reason) => {
    const result = VALIDATORS.email(email);
    expect(result).toMatchObject({ valid: true, placeholder: true });
    expect(result.reason).toMatch(reason);
  });

  // Real top-level domains, internationalised ones by their xn-- form, and mailboxes that only contain a sample word.
  it.each(['rahul@test.co.in', 'rahul@dev.to', 'priya@demo-bank.in', 'otto@mei.er', 'rahul@bank.xn--h2brj9c', 'priya@startup.io', 'testimony.rao@gmail.com', 'userhelp.sharma@gmail.com', 'ab@gmail.com', 'bjoern@owasp.org'])(
    '%s is a person\'s address',
    (email) => {
      const result = VALIDATORS.email(email);
      expect(result.valid).toBe(true);
      expect(result.placeholder).toBeFalsy();
    },
  );
});

describeValidator(
  'upi_id',
  [
    ['rahul.sharma@okicici', /known @okicici handle$/],
    ['9876543210@paytm', /the local part is a mobile number/],
    ['919876543210@ybl', /mobile number/],
    ['RAHUL@YBL', /@ybl/],
    ['shop_01-x@okhdfcbank', /@okhdfcbank/],
    ...['ibl', 'axl', 'ptyes', 'apl', 'upi', 'ikwik', 'mbk', 'waicici', 'jio', 'barodampay', 'timecosmos'].map(
      (handle): Row => [`someone@${handle}`, new RegExp(`@${handle}`)],
    ),
  ],
  [
    ['rahul@gmail', /@gmail is not a known UPI/],
    ['rahul@okicici.com', /name@handle/],
    ['r@okicici', /name@handle/], // local part too short
    ['rahul sharma@okicici', /name@handle/],
    ['@ybl', /name@handle/],
  ],
);

describe('upi_id mobile detection', () => {
  it('does not call a non-mobile numeric local part a mobile number', () => {
    expect(VALIDATORS.upi_id('5876543210@paytm').reason).not.toMatch(/mobile/);
    expect(VALIDATORS.upi_id('rahul.sharma@okicici').reason).not.toMatch(/mobile/);
  });
});

describeValidator(
  'ip_address',
  [
    ['49.36.128.10', /public IPv4/],
    ['2405:201:e00c::1', /public IPv6/],
    ['172.32.0.1', /public IPv4/], // just outside 172.16/12
    ['192.0.3.1', /public IPv4/], // just outside 192.0.2/24
    ['2001:db9::1', /public IPv6/], // just outside 2001:db8::/32
    ['2405:201:e00c::1%eth0', /public IPv6/], // with a zone, as isIP accepts it
  ],
  [
    ['01.02.03.04', /leading zeros/],
    ['1.2.03.4', /leading zeros/],
    ['256.1.1.1', /not an IPv4 or IPv6/],
    ['1.2.3', /not an IPv4 or IPv6/],
    ['1.2.3.4.5', /not an IPv4 or IPv6/],
    ['[::1]', /not an IPv4 or IPv6/],
    ['2001:db8::g', /not an IPv4 or IPv6/],
    ['localhost', /not an IPv4 or IPv6/],
  ],
);

describe('ip_address placeholders', () => {
  it.each([
    ['10.1.2.3', /RFC 1918/],
    ['172.16.0.1', /RFC 1918/],
    ['172.31.255.255', /RFC 1918/],
    ['192.168.1.1', /RFC 1918/],
    ['127.0.0.1', /loopback/],
    ['127.255.0.9', /loopback/],
    ['169.254.10.20', /link-local/],
    ['0.0.0.0', /unspecified/],
    ['192.0.2.55', /documentation/],
    ['198.51.100.7', /documentation/],
    ['203.0.113.200', /documentation/],
    ['255.255.255.255', /broadcast/],
    ['::1', /loopback/],
    ['::', /unspecified/],
    ['fe80::1', /link-local/],
    ['febf::1', /link-local/],
    ['fe80::1%eth0', /link-local/],
    ['fc00::1', /unique local/],
    ['fd12:3456:789a::1', /unique local/],
    ['2001:db8::1', /documentation/],
    ['2001:0db8:ffff::1', /documentation/],
    ['::ffff:192.168.1.1', /RFC 1918/],
    ['198.19.255.1', /benchmarking/],
    ['224.0.0.251', /multicast/],
    ['250.1.2.3', /reserved/],
    ['1.1.1.1', /Cloudflare's public DNS resolver/],
    ['8.8.8.8', /Google's public DNS resolver/],
    ['2001:4860:4860::8888', /Google's public DNS resolver/],
    ['9.9.9.9', /Quad9/],
    ['1.2.3.4', /stand-in/],
    ['4.3.2.1', /stand-in/],
    ['2.2.2.2', /stand-in/],
    ['11.12.13.14', /stand-in/],
  ])('%s is valid and a placeholder (%s)', (address, range) => {
    const result = VALIDATORS.ip_address(address);
    expect(result).toMatchObject({ valid: true, placeholder: true });
    expect(result.reason).toMatch(range);
  });

  it.each(['49.36.128.10', '100.64.0.1', 'fec0::1', '2606:4700::1', '1.2.3.5', '11.22.33.44', '8.8.8.9', '198.20.0.1'])('%s is not a placeholder', (address) => {
    expect(VALIDATORS.ip_address(address)).toMatchObject({ valid: true });
    expect(VALIDATORS.ip_address(address).placeholder).toBeFalsy();
  });
});

describeValidator(
  'mac_address',
  [
    ['00:1A:2B:3C:4D:5E', /MAC address/],
    ['00-1a-2b-3c-4d-5e', /MAC address/],
    ['001a.2b3c.4d5e', /MAC address/],
  ],
  [
    ['00:1A:2B:3C:4D', /not a MAC address/],
    ['00:1A:2B:3C:4D:5E:6F', /not a MAC address/],
    ['00:1A-2B:3C:4D:5E', /not a MAC address/], // mixed separators
    ['00:1G:2B:3C:4D:5E', /not a MAC address/],
    ['001A2B3C4D5E', /not a MAC address/],
    ['001a:2b3c:4d5e', /not a MAC address/],
  ],
);

describe('mac_address placeholders', () => {
  it.each([
    ['00:00:00:00:00:00', /all-zero/],
    ['0000.0000.0000', /all-zero/],
    ['ff:ff:ff:ff:ff:ff', /broadcast/],
    ['FF-FF-FF-FF-FF-FF', /broadcast/],
  ])('%s is valid and a placeholder', (mac, reason) => {
    const result = VALIDATORS.mac_address(mac);
    expect(result).toMatchObject({ valid: true, placeholder: true });
    expect(result.reason).toMatch(reason);
  });

  it('a real MAC is not a placeholder', () => {
    expect(VALIDATORS.mac_address('00:1A:2B:3C:4D:5E').placeholder).toBeFalsy();
  });
});

describeValidator(
  'ssn_us',
  [
    ['123-45-6789', /issuable/],
    ['123 45 6789', /issuable/],
    ['899-99-9999', /issuable/],
    ['665-01-0001', /issuable/],
  ],
  [
    ['123456789', /dashes or spaces required/],
    ['123-45 6789', /AAA-GG-SSSS/],
    ['000-12-3456', /area 000, 666/],
    ['666-12-3456', /area/],
    ['900-12-3456', /900-999/],
    ['999-12-3456', /area/],
    ['123-00-4567', /group 00/],
    ['123-45-0000', /serial 0000/],
    ['078-05-1120', /sample cards/],
    ['219-09-9999', /voided/],
    ['457-55-5462', /voided/],
  ],
);

describeValidator(
  'nino_uk',
  [
    ['AB123456C', /NINO/],
    ['AB 12 34 56 C', /NINO/],
    ['JG103759A', /NINO/],
    ['ZY123456D', /NINO/],
  ],
  [
    ['DA123456A', /never starts with D, F, I, Q, U or V/],
    ['QQ123456C', /never starts/],
    ['AO123456C', /second/],
    ['AV123456C', /second/],
    ['BG123456A', /BG, GB/],
    ['GB123456A', /not allocated/],
    ['NK123456A', /not allocated/],
    ['KN123456A', /not allocated/],
    ['NT123456A', /not allocated/],
    ['TN123456A', /not allocated/],
    ['ZZ123456A', /not allocated/],
    ['AB123456E', /suffix A-D/],
    ['AB12345C', /suffix A-D/],
    ['ab123456c', /2 capital letters/],
  ],
);

describeValidator(
  'care_of',
  [
    ['S/O: Ramesh Kumar', /son of/],
    ['D/O Sita Devi', /daughter of/],
    ['W/O: Arjun', /wife of/],
    ['C/o Mr Sharma', /care of/],
    ['s/o:Ramesh', /son of/],
  ],
  [
    ['S/O:', /S\/O, D\/O, W\/O or C\/O/],
    ['S/O   ', /S\/O/],
    ['S/ONION', /S\/O/],
    ['M/O Ramesh', /S\/O/],
    ['Ramesh S/O Suresh', /S\/O/],
    ['SO: Ramesh', /S\/O/],
  ],
);

describeValidator(
  'pin_code_in',
  [
    ['110001', /6-digit PIN code/],
    ['560 025', /PIN code/],
    ['999999', /shape only/],
  ],
  [
    ['012345', /starting 1-9/],
    ['11001', /6-digit/],
    ['1100011', /6-digit/],
    ['110-001', /6-digit/],
    ['56 0025', /6-digit/],
  ],
);

describeValidator(
  'ifsc',
  [
    ['SBIN0001234', /IFSC has no check digit/],
    ['HDFC0ABC123', /branch code/],
  ],
  [
    ['SBIN1001234', /a 0/], // 5th char must be 0
    ['SBI00001234', /not an IFSC/],
    ['sbin0001234', /not an IFSC/],
    ['SBIN000123', /not an IFSC/],
    ['SBIN00012345', /not an IFSC/],
  ],
);

describeValidator(
  'date_of_birth',
  [
    ['31/12/1999', /real calendar date/],
    ['01-01-1900', /real calendar date/],
    ['29/02/2000', /real calendar date/], // leap year divisible by 400
    ['1985-07-15', /real calendar date/],
    ['2004-02-29', /real calendar date/],
    [toIsoDate(new Date()), /real calendar date/],
  ],
  [
    ['29/02/1900', /not a real calendar date/], // 1900 is not a leap year
    ['29-02-2001', /not a real calendar date/],
    ['31/04/1999', /not a real calendar date/],
    ['00/01/1999', /not a real calendar date/],
    ['15/13/1999', /not a real calendar date/],
    ['1999-02-30', /not a real calendar date/],
    ['31/12/1899', /outside 1900/],
    [`01/01/${CURRENT_YEAR + 1}`, /outside 1900/],
    [toIsoDate(new Date(Date.now() + 86_400_000)), /future|outside/],
    ['31/12-1999', /DD\/MM\/YYYY/], // mixed separators
    ['1999/12/31', /DD\/MM\/YYYY/],
    ['1/2/1999', /DD\/MM\/YYYY/],
    ['12/31/99', /DD\/MM\/YYYY/],
  ],
);
