import { extendCatalogue } from '../../src/core/catalogue/compile-catalogue';
import { getBuiltinCatalogue } from '../../src/core/catalogue/load-catalogue';
import { classifyName, NameScreen, normaliseWords, splitIdentifier } from '../../src/core/classify';

const catalogue = getBuiltinCatalogue();
const categoryOf = (name: string, context?: string) => classifyName(name, catalogue, { context }).category;

describe('splitIdentifier', () => {
  it.each([
    ['panNumber', ['pan', 'number']],
    ['PANNumber', ['pan', 'number']],
    ['pan_card_no', ['pan', 'card', 'no']],
    ['AADHAAR_NUMBER', ['aadhaar', 'number']],
    ['date-of-birth', ['date', 'of', 'birth']],
    ['addressLine1', ['address', 'line', '1']],
    ['XMLHttpRequest', ['xml', 'http', 'request']],
    ['fathersName', ['fathers', 'name']],
    ["father's_name", ['fathers', 'name']],
    ['customer’s Email', ['customers', 'email']],
    ['userIDNumber', ['user', 'id', 'number']],
    ['HTTP2Server', ['http', '2', 'server']],
    ['2faCode', ['2', 'fa', 'code']],
    ['user.contact.email', ['user', 'contact', 'email']],
    ['naïveName', ['na', 've', 'name']],
    ['__pan__', ['pan']],
    ['', []],
  ])('splits %j into %j', (input, words) => {
    expect(splitIdentifier(input)).toEqual(words);
  });
});

describe('normaliseWords', () => {
  it.each([
    ['pannumber', ['pan', 'number']],
    ['dateofbirth', ['date', 'of', 'birth']],
    ['emailaddresses', ['email', 'address']],
    ['ipv4', ['ipv4']],
    ['cvv2', ['cvv2']],
    ['company', ['company']],
    ['panel', ['panel']],
    ['expand', ['expand']],
  ])('turns %j into %j', (input, words) => {
    expect(normaliseWords(splitIdentifier(input), catalogue.knownWords)).toEqual(words);
  });
});

describe('classifyName', () => {
  it.each(['span', 'panel', 'company', 'expand', 'spanId', 'companyPanel'])('never reads PAN into %s', (name) => {
    expect(categoryOf(name)).toBeNull();
  });

  it.each(['fileName', 'hostName', 'productName', 'companyName', 'packageName', 'eventName'])('%s is not a person name', (name) => {
    expect(categoryOf(name)).toBeNull();
  });

  it('reads a bare name as a person name only on a person object', () => {
    expect(categoryOf('name', 'user')).toBe('user.name');
    expect(categoryOf('name', 'customer')).toBe('user.name');
    expect(categoryOf('name', 'req.body.applicant')).toBe('user.name');
    expect(categoryOf('name', 'file')).toBeNull();
    expect(categoryOf('name', 'product')).toBeNull();
    expect(categoryOf('name')).toBeNull();
  });

  it('reads uid as an Aadhaar number only in an Aadhaar context', () => {
    expect(categoryOf('uid')).toBeNull();
    expect(categoryOf('uid', 'ldapEntry')).toBe('user.account.username');
    expect(categoryOf('uid', 'aadhaarDetails')).toBe('user.government_id.aadhaar');
    expect(categoryOf('aadhaarUid')).toBe('user.government_id.aadhaar');
  });

  it("tells a payment card's PAN from the tax PAN", () => {
    expect(categoryOf('pan')).toBe('user.government_id.pan');
    expect(categoryOf('panCard')).toBe('user.government_id.pan');
    expect(categoryOf('cardPan')).toBe('user.financial.credit_card');
    expect(categoryOf('pan', 'card')).toBe('user.financial.credit_card');
    expect(categoryOf('pan', 'paymentCard')).toBe('user.financial.credit_card');
  });

  it.each(['emailVerified', 'panStatus', 'phoneCountryCode', 'passwordResetUrl', 'otpExpiry', 'aadhaarRegex', 'panFormat', 'dobLabel', 'phoneNumberLength', 'emailCount', 'panType', 'aadhaarValid'])(
    '%s describes a field, not the data',
    (name) => {
      const result = classifyName(name, catalogue);
      expect(result.category).toBeNull();
      expect(result.reasons.join(' ')).toMatch(/describes the field|about "/);
    },
  );

  it.each(['isEmail', 'validatePan', 'maskAadhaar', 'setPhone', 'hashPassword', 'sendOtp'])('%s names a function or flag', (name) => {
    expect(classifyName(name, catalogue).reasons.join(' ')).toMatch(/function or a flag/);
    expect(categoryOf(name)).toBeNull();
  });

  it.each(['maskedAadhaar', 'hashedPassword', 'encryptedPan', 'passwordHash', 'aadhaarMasked'])('%s is a safe form of the data', (name) => {
    expect(categoryOf(name)).toBeNull();
  });

  it('lets the longest sequence from the earliest word win', () => {
    expect(categoryOf('customerEmailAddress')).toBe('user.contact.email');
    expect(categoryOf('panCardNumber')).toBe('user.government_id.pan');
    expect(categoryOf('fatherName')).toBe('user.name.relative');
    expect(categoryOf('father_first_name')).toBe('user.name.relative');
    expect(categoryOf('nameAsPerPan')).toBe('user.name');
    expect(categoryOf('aadhaarOtp')).toBe('user.authorization.otp');
    expect(categoryOf('ipAddress')).toBe('user.device.ip_address');
    expect(categoryOf('bankAccountNumber')).toBe('user.financial.bank_account');
  });

  it('takes the enclosing object\'s category for a name that says only "the value"', () => {
    expect(categoryOf('number', 'aadhaar')).toBe('user.government_id.aadhaar');
    expect(categoryOf('prevNumber', 'DrivingLicenseSchema')).toBe('user.government_id.drivers_license_number');
    expect(categoryOf('number', 'order')).toBeNull();
  });

  it('ignores what an enclosing object of field errors or labels holds', () => {
    expect(categoryOf('income', 'errors')).toBeNull();
    expect(categoryOf('email', 'form.touched')).toBeNull();
    expect(categoryOf('income')).toBe('user.financial.income');
  });

  it('explains every answer', () => {
    const hit = classifyName('customerName', catalogue);
    expect(hit.reasons).toEqual(['split into words: customer name', '"customer name" names Person\'s name (user.name)']);
    const confirmed = classifyName('name', catalogue, { context: 'customer' });
    expect(confirmed.reasons).toContain('confirmed by "customer" in the enclosing object\'s name');
    const miss = classifyName('fileName', catalogue);
    expect(miss.reasons[1]).toBe('"name" would name Person\'s name (user.name), but it belongs to "file", which is not a person');
    expect(classifyName('span', catalogue).reasons[1]).toBe('no word or word sequence names a category of personal data');
  });

  it('returns the same answer object for the same question (cached)', () => {
    expect(classifyName('panNo', catalogue)).toBe(classifyName('panNo', catalogue));
    expect(classifyName('name', catalogue, { context: 'user' })).not.toBe(classifyName('name', catalogue, { context: 'file' }));
  });

  it("learns a manifest's custom categories and extra names", () => {
    const extended = extendCatalogue(catalogue, {
      'user.loyalty_id': { names: ['loyaltyNo', 'memberNumber'], sensitivity: 'low' },
      'user.government_id.pan': { names: ['taxRef'] },
    });
    expect(classifyName('loyaltyNo', extended).category).toBe('user.loyalty_id');
    expect(classifyName('customerMemberNumber', extended).category).toBe('user.loyalty_id');
    expect(classifyName('taxRef', extended).category).toBe('user.government_id.pan');
    expect(classifyName('loyaltyNo', catalogue).category).toBeNull();
    expect(extended.categories.get('user.loyalty_id')?.sensitivity).toBe('low');
  });
});

describe('NameScreen (which files the analysis may skip without types)', () => {
  const screen = (...names: string[]) => {
    const screened = new NameScreen(catalogue);
    for (const name of names) screened.add(name);
    return screened.mayClassify;
  };

  it.each([
    [['className', 'useState', 'handleSubmit', 'fileName', 'router']],
    [['panel', 'span', 'expand']],
    [['value', 'id', 'onChange']],
  ])('passes over %j: none of them could hold personal data under any enclosing name', (names) => {
    expect(screen(...names)).toBe(false);
  });

  it.each([
    [['pan']],
    [['className', 'email']],
    // `name` alone is ambiguous, but `user.name` is a person's name.
    [['name']],
    // `number` says only "the value"; `aadhaar` could be its enclosing object.
    [['number', 'aadhaarCard']],
  ])('keeps %j: one of them could classify', (names) => {
    expect(screen(...names)).toBe(true);
  });

  // Names met before in the process are looked at first and new ones only if those do not decide:
  // the answer must not depend on which of a file's names the process has met.
  // Neither name of each pair could classify alone (`panRecord` names a record, `val` only a value);
  // together, the value could be the record's.
  it.each([
    ['the owner new, the value known', ['val'], ['panRecord', 'val']],
    ['the value new, the owner known', ['aadhaarRecord'], ['aadhaarRecord', 'nbr']],
    ['both new', [], ['chequeLeafCount', 'identifier', 'panEntry']],
  ])('decides the same whichever names are new to the process: %s', (_case, metBefore, names) => {
    for (const name of metBefore) expect(screen(name)).toBe(false);
    expect(screen(...names)).toBe(true);
    expect(screen(...names.slice().reverse())).toBe(true);
  });

  it('is decided by a known name without working out the new ones', () => {
    expect(screen('email')).toBe(true);
    const screened = new NameScreen(catalogue);
    screened.add('email');
    screened.add('neverSeenBeforeIdentifier42');
    expect(screened.isDecided).toBe(true);
    expect(screened.mayClassify).toBe(true);
  });
});
