import { isTestFile } from '../../src/analysis/test-code';

describe('isTestFile', () => {
  const root = '/work/app';

  it.each([
    '/work/app/src/kyc/pan.test.ts',
    '/work/app/src/kyc/pan.spec.tsx',
    '/work/app/src/kyc/pan.e2e.mjs',
    '/work/app/src/login.cy.js',
    '/work/app/test/api/helpers/auth.ts',
    '/work/app/tests/seed.ts',
    '/work/app/src/__tests__/pan.ts',
    '/work/app/src/__mocks__/axios.ts',
    '/work/app/e2e/checkout.ts',
    '/work/app/cypress/support/commands.ts',
    '/elsewhere/pan.spec.ts',
  ])('%s is test code', (file) => {
    expect(isTestFile(root, file)).toBe(true);
  });

  it.each([
    '/work/app/src/kyc/pan.ts',
    '/work/app/src/testimonials/list.ts',
    '/work/app/src/latest/feed.ts',
    '/work/app/src/contest.ts',
    // Folders above the root do not make the checkout test code.
    '/work/test/app/src/kyc/pan.ts',
    '/elsewhere/test/pan.ts',
  ])('%s is not test code', (file) => {
    const inside = file.startsWith('/work/test/') ? '/work/test/app' : root;
    expect(isTestFile(inside, file)).toBe(false);
  });
});
