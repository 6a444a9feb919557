import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getBuiltinCatalogue } from '../../src/core/catalogue/load-catalogue';
import { classifyValue, couldBeValue } from '../../src/core/classify';
import { VALIDATORS } from '../../src/core/validators';

const catalogue = getBuiltinCatalogue();

describe('classifyValue', () => {
  it.each([
    ['2341 2341 2346', 'user.government_id.aadhaar', /Verhoeff/],
    ['2341234123412341', 'user.government_id.aadhaar_vid', /Verhoeff/],
    ['ACUPA7085R', 'user.government_id.pan', /individual/],
    ['27AAPFU0939F1ZV', 'user.government_id.gstin', /.+/],
    ['WKH1186253', 'user.government_id.voter_id', /Luhn/],
    ['4539 1488 0343 6467', 'user.financial.credit_card', /Visa/],
    ['GB82WEST12345698765432', 'user.financial.bank_account', /.+/],
    ['rahul.sharma@okicici', 'user.financial.upi_id', /.+/],
    ['rahul.sharma@gmail.com', 'user.contact.email', /.+/],
    ['+91 9812398123', 'user.contact.phone_number', /.+/],
    ['49.207.55.12', 'user.device.ip_address', /.+/],
    ['490154203237518', 'user.device.device_id', /Luhn/],
    ['S/O: Ramesh Kumar', 'user.name.relative', /.+/],
  ])('%j is %s', (value, category, reason) => {
    const result = classifyValue(value, catalogue);
    expect(result).toMatchObject({ input: value, kind: 'value', category });
    expect(result.reasons[0]).toMatch(reason);
  });

  it('says why a look-alike is rejected when only a check digit is wrong', () => {
    const result = classifyValue('234123412347', catalogue);
    expect(result.category).toBeNull();
    expect(result.reasons).toEqual(['not Aadhaar number: Verhoeff check digit is wrong', 'not Payment card number: Luhn check digit is wrong']);
  });

  it.each(['1700000000000', '1234567890', 'ABCDE1234F', '00000000-0000-0000-0000-000000000000', '#ff00aa', '1.2.3'])(
    '%j is not personal data',
    (value) => {
      expect(classifyValue(value, catalogue).category).toBeNull();
    },
  );

  it('treats a masked Aadhaar as already safe', () => {
    const result = classifyValue('XXXX XXXX 2346', catalogue);
    expect(result.category).toBeNull();
    expect(result.reasons[0]).toMatch(/only the last 4 digits/);
  });

  it.each(['user@example.com', '127.0.0.1', '192.168.1.10', '00:00:00:00:00:00'])('%j has the shape but identifies nobody', (value) => {
    const result = classifyValue(value, catalogue);
    expect(result.category).toBeNull();
    expect(result.reasons[0]).toMatch(/^looks like .*, but it is /);
  });

  it('matches context-only formats only when the context names the category', () => {
    expect(classifyValue('110001', catalogue).category).toBeNull();
    expect(classifyValue('110001', catalogue, { context: 'pincode' }).category).toBe('user.contact.address.postal_code');
    expect(classifyValue('12345678901234', catalogue, { context: 'ckycNumber' }).category).toBe('user.government_id.ckyc_number');
    expect(classifyValue('1234567890123', catalogue, { context: 'ckycNumber' }).category).toBeNull();
    expect(classifyValue('50100123456789', catalogue, { context: 'accountNumber' }).category).toBe('user.financial.bank_account');
  });
});

describe('couldBeValue (which literals no-hardcoded-pii need not classify)', () => {
  const readValues = (): string[] => {
    const [header, ...rows] = readFileSync(join(__dirname, '..', 'data', 'classifier-values.tsv'), 'utf8').split('\n').filter(Boolean);
    const column = header.split('\t').indexOf('value');
    return rows.map((row) => row.split('\t')[column]);
  };
  const examples = [...getBuiltinCatalogue().categories.values()].flatMap((category) => [...category.examples.values.match, ...(category.examples.values.no_match ?? [])]);
  // The shortest accepted forms: a vehicle number with two digits, IPv6 and MAC without digits, care-of prefixes.
  const handMade = ['ab-cd-ef-ab-cd-ef', 'abcd.efab.cdef', '2001:db8::1', '2400:cb00::1', 'S/O Ramesh Kumar', ' c/o Anil', 'user@okaxis', 'a@b.co', 'DL1C1', 'KA 1 A 1', '1.2.3.4'];

  it('lets through every value classifyValue gives a category, in the labelled data, the catalogue and the shortest forms', () => {
    const values = [...readValues(), ...examples, ...handMade];
    expect(values.length).toBeGreaterThan(150);
    const classified = values.filter((value) => classifyValue(value, catalogue).category !== null);
    expect(classified).toEqual(expect.arrayContaining(['DL1C1', 'KA 1 A 1', '2400:cb00::1', ' c/o Anil', 'ab-cd-ef-ab-cd-ef', 'abcd.efab.cdef']));
    expect(classified.filter((value) => !couldBeValue(value))).toEqual([]);
  });

  it('lets through every value a validator accepts that the labelled data and the catalogue hold', () => {
    const values = [...readValues(), ...examples, ...handMade];
    const accepted = values.filter((value) => Object.values(VALIDATORS).some((validate) => validate(value).valid));
    // Context-only formats (an IFSC with one digit, a PIN code, a date) are classified only with a name, never here.
    const contextOnly = new Set(['ifsc', 'pin_code_in', 'date_of_birth']);
    const needed = accepted.filter((value) => Object.entries(VALIDATORS).some(([id, validate]) => !contextOnly.has(id) && validate(value).valid));
    expect(needed.filter((value) => !couldBeValue(value))).toEqual([]);
  });

  it.each(['flex items-center justify-between', 'saved customer', 'Something went wrong', 'team-members', '/customers/1', 'h-4 text-sm', '/api/v1/users'])('screens out %j', (text) => {
    expect(couldBeValue(text)).toBe(false);
  });
});
