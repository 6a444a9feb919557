import { getBuiltinCatalogue } from '../../src/core/catalogue/load-catalogue';
import { getEmptyManifest } from '../../src/core/manifest/load-manifest';
import { createPolicy } from '../../src/core/manifest/policy';
import { ACTIONS } from '../../src/core/manifest/types';
import { getRestrictions, isRestrictedCategory } from '../../src/core/restricted';

const catalogue = getBuiltinCatalogue();
const policy = createPolicy({ ...getEmptyManifest('/repo', catalogue), vaultPaths: ['src/vault/**'] });

// Findings skip getRestrictions for categories isRestrictedCategory rules out: a category the law
// restricts but the shortcut forgot would lose its no-restricted-data findings.
describe('isRestrictedCategory', () => {
  const ids = [...catalogue.categories.keys(), 'user.biometric.retina_scan'];

  it('holds for every category some flow of which getRestrictions restricts, in a vault or not', () => {
    const restricted = ids.filter((category) =>
      ACTIONS.some((action) => ['/repo/src/a.ts', '/repo/src/vault/a.ts'].some((file) => getRestrictions({ category, action, file }, policy).length > 0)),
    );
    expect(restricted.length).toBeGreaterThan(5);
    expect(restricted.filter((category) => !isRestrictedCategory(category))).toEqual([]);
  });

  it('rules out the categories the law does not single out', () => {
    expect(isRestrictedCategory('user.name')).toBe(false);
    expect(isRestrictedCategory('user.government_id.pan')).toBe(false);
    expect(isRestrictedCategory('user.biometrics')).toBe(false);
    expect(isRestrictedCategory('user.government_id.aadhaar')).toBe(true);
    expect(isRestrictedCategory('user.biometric.retina_scan')).toBe(true);
  });
});
