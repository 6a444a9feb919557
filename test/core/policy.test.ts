import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getBuiltinCatalogue } from '../../src/core/catalogue/load-catalogue';
import { getEmptyManifest } from '../../src/core/manifest/load-manifest';
import { parseManifest } from '../../src/core/manifest/parse-manifest';
import { createPolicy, isCategoryCovered, type Decision, type Flow, type Policy } from '../../src/core/manifest/policy';
import { ACTIONS, type Action } from '../../src/core/manifest/types';
import { RULE_BY_ACTION } from '../../src/core/rules';

const builtin = getBuiltinCatalogue();
const DIR = resolve('/project/app');

const lines = (...text: string[]): string => `${text.join('\n')}\n`;

function policyOf(...text: string[]): Policy {
  return createPolicy(parseManifest(lines('version: 1', ...text), join(DIR, 'minimise.yaml'), DIR, builtin));
}

const flow = (category: string, action: Action, file: string, target?: Flow['target']): Flow => ({ category, action, file, target });

const allowed = (purpose: string): Decision => ({ allowed: true, purpose });

describe('allowed flows', () => {
  const policy = policyOf(
    'purposes:',
    '  kyc:',
    '    data: [user.government_id, user.name.first]',
    '    actions: [collect, store]',
    '    paths: ["src/kyc/**"]',
  );

  it('returns the purpose that allows the flow', () => {
    expect(policy.evaluate(flow('user.government_id', 'collect', 'src/kyc/form.ts'))).toEqual(allowed('kyc'));
  });

  it('a parent id in data covers a child category', () => {
    expect(policy.evaluate(flow('user.government_id.pan', 'collect', 'src/kyc/form.ts'))).toEqual(allowed('kyc'));
    expect(policy.evaluate(flow('user.government_id.aadhaar', 'store', 'src/kyc/deep/er/db.ts'))).toEqual(allowed('kyc'));
  });

  it('a child id does not cover its parent', () => {
    expect(policy.evaluate(flow('user.name', 'collect', 'src/kyc/form.ts'))).toMatchObject({
      allowed: false,
      rule: 'no-undeclared-collection',
      nearest: { purpose: 'kyc', missing: ['category'] },
    });
  });

  it('a shared prefix is not a parent (user.name does not cover user.name_alias)', () => {
    expect(isCategoryCovered('user.name', 'user.name.first')).toBe(true);
    expect(isCategoryCovered('user.name', 'user.name')).toBe(true);
    expect(isCategoryCovered('user.name', 'user.names')).toBe(false);
    expect(isCategoryCovered('user.name.first', 'user.name')).toBe(false);
  });

  it('the first purpose that allows a flow names it', () => {
    const two = policyOf(
      'purposes:',
      '  first:',
      '    data: [user.contact]',
      '    actions: [log]',
      '  second:',
      '    data: [user.contact.email]',
      '    actions: [log]',
    );
    expect(two.evaluate(flow('user.contact.email', 'log', 'src/a.ts'))).toEqual(allowed('first'));
  });

  it('a later purpose allows what an earlier one does not', () => {
    const two = policyOf(
      'purposes:',
      '  first:',
      '    data: [user.contact.email]',
      '    actions: [log]',
      '  second:',
      '    data: [user.contact.email]',
      '    actions: [transmit]',
    );
    expect(two.evaluate(flow('user.contact.email', 'transmit', 'src/a.ts'))).toEqual(allowed('second'));
  });
});

describe('a flow no purpose allows gets the rule of its action', () => {
  const policy = policyOf('purposes:', '  p:', '    data: [user.contact.email]', '    actions: [collect]');

  it.each([
    ['collect', 'no-undeclared-collection'],
    ['store', 'no-undeclared-storage'],
    ['log', 'no-undeclared-logging'],
    ['transmit', 'no-undeclared-transmission'],
    ['expose', 'no-undeclared-exposure'],
  ] as const)('%s of an undeclared category → %s', (action, rule) => {
    expect(policy.evaluate(flow('user.contact.phone_number', action, 'src/a.ts'))).toMatchObject({ allowed: false, rule });
  });

  it.each(ACTIONS.filter((a) => a !== 'collect'))('a declared category with the wrong action %s names the rule and the missing action', (action) => {
    expect(policy.evaluate(flow('user.contact.email', action, 'src/a.ts'))).toEqual({
      allowed: false,
      rule: RULE_BY_ACTION[action],
      nearest: { purpose: 'p', missing: ['action'] },
      hostUnresolved: false,
    });
  });
});

describe('paths', () => {
  const policy = policyOf(
    'purposes:',
    '  kyc:',
    '    data: [user.name]',
    '    actions: [collect]',
    '    paths: ["src/kyc/**"]',
    '  many:',
    '    data: [user.contact.email]',
    '    actions: [collect]',
    '    paths: ["lib/*.ts", "src/@(a|b)/**", "src/{c,d}/**"]',
    '  anywhere:',
    '    data: [user.contact.phone_number]',
    '    actions: [log]',
    '  dotted:',
    '    data: [user.demographic.date_of_birth]',
    '    actions: [collect]',
    '    paths: ["**"]',
  );

  it('a single glob matches (paths relative to the manifest directory)', () => {
    expect(policy.evaluate(flow('user.name', 'collect', 'src/kyc/form.ts'))).toEqual(allowed('kyc'));
    expect(policy.evaluate(flow('user.name', 'collect', 'src/kyc/a/b/c.tsx'))).toEqual(allowed('kyc'));
  });

  it('absolute file paths inside the manifest directory match', () => {
    expect(policy.evaluate(flow('user.name', 'collect', join(DIR, 'src', 'kyc', 'form.ts')))).toEqual(allowed('kyc'));
  });

  it('a file outside paths is not allowed, and the decision says the path is what is missing', () => {
    expect(policy.evaluate(flow('user.name', 'collect', 'src/support/form.ts'))).toEqual({
      allowed: false,
      rule: 'no-undeclared-collection',
      nearest: { purpose: 'kyc', missing: ['path'] },
      hostUnresolved: false,
    });
    expect(policy.evaluate(flow('user.name', 'collect', join(DIR, 'src', 'kycx', 'form.ts'))).allowed).toBe(false);
  });

  it('any of several globs matches, including extglobs and braces', () => {
    for (const file of ['lib/a.ts', 'src/a/x.ts', 'src/b/y/z.ts', 'src/c/x.ts', 'src/d/x.ts']) {
      expect(policy.evaluate(flow('user.contact.email', 'collect', file))).toEqual(allowed('many'));
    }
    for (const file of ['lib/sub/a.ts', 'src/e/x.ts', 'lib/a.js']) {
      expect(policy.evaluate(flow('user.contact.email', 'collect', file)).allowed).toBe(false);
    }
  });

  it('omitted paths means everywhere', () => {
    expect(policy.evaluate(flow('user.contact.phone_number', 'log', 'src/x.ts'))).toEqual(allowed('anywhere'));
    expect(policy.evaluate(flow('user.contact.phone_number', 'log', join(DIR, 'deep', 'er', 'x.ts')))).toEqual(allowed('anywhere'));
  });

  it('"**" matches dot-directories inside the manifest directory', () => {
    expect(policy.evaluate(flow('user.demographic.date_of_birth', 'collect', '.storybook/main.ts'))).toEqual(allowed('dotted'));
  });

  it('files outside the manifest directory match no glob, not even "**"', () => {
    const outside = resolve(DIR, '..', 'other', 'src', 'kyc', 'form.ts');
    expect(policy.evaluate(flow('user.name', 'collect', outside))).toMatchObject({ allowed: false, nearest: { purpose: 'kyc', missing: ['path'] } });
    expect(policy.evaluate(flow('user.demographic.date_of_birth', 'collect', outside)).allowed).toBe(false);
    expect(policy.evaluate(flow('user.demographic.date_of_birth', 'collect', '../other/a.ts')).allowed).toBe(false);
  });
});

describe('recipients', () => {
  const policy = policyOf(
    'purposes:',
    '  payments:',
    '    data: [user.financial]',
    '    actions: [transmit]',
    '    recipients: ["Segment", "api.quickekyc.com", "*.razorpay.com"]',
    '  analytics:',
    '    data: [user.contact.email]',
    '    actions: [transmit]',
  );
  const send = (target: Flow['target']) => policy.evaluate(flow('user.financial.bank_account', 'transmit', 'src/pay.ts', target));

  it('an SDK id or vendor matches case-insensitively', () => {
    expect(send({ ids: ['segment'] })).toEqual(allowed('payments'));
    expect(send({ ids: ['analytics-node', 'SEGMENT'] })).toEqual(allowed('payments'));
    expect(send({ ids: ['mixpanel'] })).toMatchObject({ allowed: false, nearest: { purpose: 'payments', missing: ['recipient'] } });
  });

  it('a host matches exactly', () => {
    expect(send({ ids: ['fetch'], host: 'api.quickekyc.com' })).toEqual(allowed('payments'));
    expect(send({ ids: ['fetch'], host: 'API.QuickEKYC.com' })).toEqual(allowed('payments'));
    expect(send({ ids: ['fetch'], host: 'quickekyc.com' }).allowed).toBe(false);
    expect(send({ ids: ['fetch'], host: 'api.quickekyc.com.evil.io' }).allowed).toBe(false);
  });

  it('a wildcard host matches subdomains but not the bare domain', () => {
    expect(send({ ids: ['axios'], host: 'api.razorpay.com' })).toEqual(allowed('payments'));
    expect(send({ ids: ['axios'], host: 'razorpay.com' })).toEqual({
      allowed: false,
      rule: 'no-undeclared-transmission',
      nearest: { purpose: 'payments', missing: ['recipient'] },
      hostUnresolved: false,
    });
    expect(send({ ids: ['axios'], host: 'razorpay.com.attacker.net' }).allowed).toBe(false);
  });

  it('an unresolved host matches no host entry, and the decision says so', () => {
    expect(send({ ids: ['fetch'], host: null })).toEqual({
      allowed: false,
      rule: 'no-undeclared-transmission',
      nearest: { purpose: 'payments', missing: ['recipient'] },
      hostUnresolved: true,
    });
  });

  it('an unresolved host still matches an SDK id entry', () => {
    expect(send({ ids: ['segment'], host: null })).toEqual(allowed('payments'));
  });

  it('a transmit with no known target does not match listed recipients', () => {
    expect(send(undefined)).toMatchObject({ allowed: false, nearest: { purpose: 'payments', missing: ['recipient'] } });
  });

  it('omitted recipients means any recipient, resolved or not', () => {
    const email = (target: Flow['target']) => policy.evaluate(flow('user.contact.email', 'transmit', 'src/a.ts', target));
    expect(email({ ids: ['fetch'], host: 'anything.example' })).toEqual(allowed('analytics'));
    expect(email({ ids: ['fetch'], host: null })).toEqual(allowed('analytics'));
    expect(email(undefined)).toEqual(allowed('analytics'));
  });

  it('recipients only constrain transmit', () => {
    const both = policyOf('purposes:', '  p:', '    data: [user.name]', '    actions: [log, transmit]', '    recipients: [sentry]');
    expect(both.evaluate(flow('user.name', 'log', 'src/a.ts', { ids: ['winston'] }))).toEqual(allowed('p'));
  });

  it('hostUnresolved is only reported for transmit flows', () => {
    expect(policy.evaluate(flow('user.name', 'log', 'src/a.ts', { ids: ['x'], host: null }))).toMatchObject({ allowed: false, hostUnresolved: false });
  });
});

describe('stores', () => {
  const policy = policyOf(
    'purposes:',
    '  accounts:',
    '    data: [user.contact.email]',
    '    actions: [store]',
    '    stores: [postgres, ioredis]',
    '  cache:',
    '    data: [user.name]',
    '    actions: [store]',
  );
  const store = (ids: string[]) => policy.evaluate(flow('user.contact.email', 'store', 'src/db.ts', { ids }));

  it('match by sink id or by kind, case-insensitively', () => {
    expect(store(['prisma', 'postgres'])).toEqual(allowed('accounts'));
    expect(store(['ioredis', 'redis'])).toEqual(allowed('accounts'));
    expect(store(['pg', 'PostgreSQL'])).toMatchObject({ allowed: false });
    expect(store(['Prisma', 'POSTGRES'])).toEqual(allowed('accounts'));
  });

  it('another store is not allowed and the store is what is missing', () => {
    expect(store(['aws-s3', 's3'])).toEqual({
      allowed: false,
      rule: 'no-undeclared-storage',
      nearest: { purpose: 'accounts', missing: ['store'] },
      hostUnresolved: false,
    });
    expect(policy.evaluate(flow('user.contact.email', 'store', 'src/db.ts'))).toMatchObject({ allowed: false, nearest: { missing: ['store'] } });
  });

  it('omitted stores means any store', () => {
    expect(policy.evaluate(flow('user.name', 'store', 'src/db.ts', { ids: ['localStorage'] }))).toEqual(allowed('cache'));
    expect(policy.evaluate(flow('user.name', 'store', 'src/db.ts'))).toEqual(allowed('cache'));
  });
});

describe('the nearest purpose', () => {
  const policy = policyOf(
    'purposes:',
    '  kyc:',
    '    data: [user.government_id.pan]',
    '    actions: [collect, transmit]',
    '    paths: ["src/kyc/**"]',
    '    recipients: [api.quickekyc.com]',
    '  support:',
    '    data: [user.contact.email]',
    '    actions: [collect, log]',
    '    paths: ["src/support/**"]',
  );

  it('names the purpose that almost allowed the flow and exactly what it misses', () => {
    expect(policy.evaluate(flow('user.government_id.pan', 'log', 'src/kyc/a.ts'))).toEqual({
      allowed: false,
      rule: 'no-undeclared-logging',
      nearest: { purpose: 'kyc', missing: ['action'] },
      hostUnresolved: false,
    });
    expect(policy.evaluate(flow('user.contact.email', 'log', 'src/kyc/a.ts'))).toEqual({
      allowed: false,
      rule: 'no-undeclared-logging',
      nearest: { purpose: 'support', missing: ['path'] },
      hostUnresolved: false,
    });
  });

  it('lists two missing conditions in a fixed order', () => {
    expect(policy.evaluate(flow('user.government_id.pan', 'transmit', 'src/support/a.ts', { ids: ['fetch'], host: 'evil.io' }))).toEqual({
      allowed: false,
      rule: 'no-undeclared-transmission',
      nearest: { purpose: 'kyc', missing: ['path', 'recipient'] },
      hostUnresolved: false,
    });
  });

  it('prefers the purpose with fewer missing conditions', () => {
    // kyc misses category and path; support misses only the action.
    expect(policy.evaluate(flow('user.contact.email', 'transmit', 'src/support/a.ts', { ids: ['fetch'], host: 'api.quickekyc.com' }))).toMatchObject({
      nearest: { purpose: 'support', missing: ['action'] },
    });
  });

  it('with equal counts, prefers a purpose that declares the category', () => {
    const declaresIt = policyOf(
      'purposes:',
      '  contact:',
      '    data: [user.contact.email]',
      '    actions: [collect]',
      '  kyc:',
      '    data: [user.government_id.pan]',
      '    actions: [collect]',
      '    paths: ["src/kyc/**"]',
    );
    // contact misses the category; kyc, declared later, misses only the path.
    expect(declaresIt.evaluate(flow('user.government_id.pan', 'collect', 'src/support/a.ts'))).toMatchObject({
      nearest: { purpose: 'kyc', missing: ['path'] },
    });
  });

  it('has no nearest purpose when every purpose misses more than two conditions', () => {
    expect(policy.evaluate(flow('user.name', 'expose', 'src/other/a.ts'))).toEqual({
      allowed: false,
      rule: 'no-undeclared-exposure',
      nearest: undefined,
      hostUnresolved: false,
    });
  });

  it('ties go to the first declared purpose', () => {
    const tied = policyOf(
      'purposes:',
      '  alpha:',
      '    data: [user.contact.email]',
      '    actions: [collect]',
      '  beta:',
      '    data: [user.contact.email]',
      '    actions: [log]',
    );
    expect(tied.evaluate(flow('user.contact.email', 'expose', 'src/a.ts'))).toMatchObject({ nearest: { purpose: 'alpha', missing: ['action'] } });
    const reversed = policyOf(
      'purposes:',
      '  beta:',
      '    data: [user.contact.email]',
      '    actions: [log]',
      '  alpha:',
      '    data: [user.contact.email]',
      '    actions: [collect]',
    );
    expect(reversed.evaluate(flow('user.contact.email', 'expose', 'src/a.ts'))).toMatchObject({ nearest: { purpose: 'beta', missing: ['action'] } });
  });
});

describe('vault, ignore and relative paths', () => {
  const policy = policyOf(
    'purposes: {}',
    'vault:',
    '  paths: ["src/vault/**"]',
    'ignore: ["**/*.test.ts", "fixtures/**"]',
  );

  it('isInVault matches the vault globs, for relative and absolute files', () => {
    expect(policy.isInVault('src/vault/store.ts')).toBe(true);
    expect(policy.isInVault(join(DIR, 'src', 'vault', 'deep', 'store.ts'))).toBe(true);
    expect(policy.isInVault('src/kyc/store.ts')).toBe(false);
    expect(policy.isInVault(resolve(DIR, '..', 'src', 'vault', 'store.ts'))).toBe(false);
  });

  it('isIgnored matches any ignore glob', () => {
    expect(policy.isIgnored('src/kyc/form.test.ts')).toBe(true);
    expect(policy.isIgnored('form.test.ts')).toBe(true);
    expect(policy.isIgnored(join(DIR, 'fixtures', 'a', 'b.ts'))).toBe(true);
    expect(policy.isIgnored('src/kyc/form.ts')).toBe(false);
    expect(policy.isIgnored('src/fixtures/a.ts')).toBe(false);
  });

  it('with no vault or ignore globs nothing is in the vault or ignored', () => {
    const bare = policyOf('purposes: {}');
    expect(bare.isInVault('src/vault/store.ts')).toBe(false);
    expect(bare.isIgnored('src/a.test.ts')).toBe(false);
  });

  it('getRelativePath gives the path from the manifest directory with forward slashes', () => {
    expect(policy.getRelativePath(join(DIR, 'src', 'kyc', 'form.ts'))).toBe('src/kyc/form.ts');
    expect(policy.getRelativePath('src/kyc/form.ts')).toBe('src/kyc/form.ts');
    expect(policy.getRelativePath('./src/../src/kyc/form.ts')).toBe('src/kyc/form.ts');
    expect(policy.getRelativePath(resolve(DIR, '..', 'lib', 'a.ts'))).toBe('../lib/a.ts');
  });

  it('keeps the manifest it was made from', () => {
    expect(policy.manifest.dir).toBe(DIR);
  });
});

describe('the empty manifest', () => {
  const policy = createPolicy(getEmptyManifest(DIR, builtin));

  it.each(ACTIONS)('allows no %s flow and names no nearest purpose', (action) => {
    expect(policy.evaluate(flow('user.contact.email', action, 'src/a.ts', { ids: ['fetch'], host: 'example.com' }))).toEqual({
      allowed: false,
      rule: RULE_BY_ACTION[action],
      nearest: undefined,
      hostUnresolved: false,
    });
  });

  it('reports an unresolved host', () => {
    expect(policy.evaluate(flow('user.name', 'transmit', 'src/a.ts', { ids: ['fetch'], host: null }))).toMatchObject({ hostUnresolved: true });
  });

  it('puts nothing in the vault and ignores nothing', () => {
    expect(policy.isInVault('src/vault/a.ts')).toBe(false);
    expect(policy.isIgnored('a.test.ts')).toBe(false);
  });
});

describe('the SPEC §5 example', () => {
  const policy = createPolicy(parseManifest(
    readFileSync(join(__dirname, '..', 'manifests', 'spec-example.yaml'), 'utf8'),
    join(DIR, 'minimise.yaml'),
    DIR,
    builtin,
  ));

  it('allows what kyc-onboarding declares', () => {
    expect(policy.evaluate(flow('user.government_id.pan', 'collect', 'src/kyc/form.ts'))).toEqual(allowed('kyc-onboarding'));
    expect(policy.evaluate(flow('user.name.first', 'store', 'src/kyc/db.ts', { ids: ['prisma', 'postgres'] }))).toEqual(allowed('kyc-onboarding'));
    expect(policy.evaluate(flow('user.government_id.aadhaar', 'transmit', 'src/kyc/ekyc.ts', { ids: ['digilocker'] }))).toEqual(allowed('kyc-onboarding'));
    expect(policy.evaluate(flow('user.government_id.pan', 'transmit', 'src/kyc/ekyc.ts', { ids: ['axios'], host: 'api.quickekyc.com' }))).toEqual(allowed('kyc-onboarding'));
  });

  it('allows support to log emails only under src/support', () => {
    expect(policy.evaluate(flow('user.contact.email', 'log', 'src/support/ticket.ts', { ids: ['winston'] }))).toEqual(allowed('support'));
    expect(policy.evaluate(flow('user.contact.email', 'log', 'src/kyc/ticket.ts', { ids: ['winston'] }))).toMatchObject({
      allowed: false,
      rule: 'no-undeclared-logging',
      nearest: { purpose: 'support', missing: ['path'] },
    });
  });

  it('flags PAN sent to an unresolved host', () => {
    expect(policy.evaluate(flow('user.government_id.pan', 'transmit', 'src/kyc/ekyc.ts', { ids: ['fetch'], host: null }))).toEqual({
      allowed: false,
      rule: 'no-undeclared-transmission',
      nearest: { purpose: 'kyc-onboarding', missing: ['recipient'] },
      hostUnresolved: true,
    });
  });
});
