import { getBuiltinCatalogue } from '../../src/core/catalogue/load-catalogue';
import { SENSITIVITIES, type Sensitivity } from '../../src/core/catalogue/types';
import { createPolicy } from '../../src/core/manifest/policy';
import { getEmptyManifest } from '../../src/core/manifest/load-manifest';
import { ACTIONS } from '../../src/core/manifest/types';
import { getRestrictions } from '../../src/core/restricted';
import { RULE_NAMES, RULES, type RuleName } from '../../src/core/rules';

const catalogue = getBuiltinCatalogue();
const categories = [...catalogue.categories.values()];
const highest = (tiers: Sensitivity[]) => SENSITIVITIES[Math.max(...tiers.map((tier) => SENSITIVITIES.indexOf(tier)))];

describe('rule metadata (the single source for ESLint docs and SARIF rules)', () => {
  it.each(RULE_NAMES)('%s has a title, the law, a fix, an example, CWE ids and a precision', (name) => {
    const rule = RULES[name];
    expect(rule.title).toMatch(/^[A-Z][^.]*[a-z]$/);
    expect(rule.help.law.length).toBeGreaterThan(40);
    expect(rule.help.fix.length).toBeGreaterThan(40);
    expect(rule.help.example.bad).not.toBe(rule.help.example.good);
    expect(rule.cwe.length).toBeGreaterThan(0);
    for (const cwe of rule.cwe) expect(cwe).toMatch(/^cwe-\d+$/);
    expect(['very-high', 'high', 'medium', 'low']).toContain(rule.precision);
  });

  it('cites the laws by name', () => {
    expect(RULES['no-restricted-data'].help.law).toMatch(/Aadhaar Act 2016 s\.29.*PCI DSS.*SPDI Rules/);
    for (const name of ['no-undeclared-collection', 'no-unused-collection'] as RuleName[]) expect(RULES[name].help.law).toMatch(/DPDP Act 2023 s\.6\(1\)/);
  });

  it('gives each rule the highest sensitivity of a category it can report', () => {
    const anyCategory = highest(categories.map((category) => category.sensitivity));
    for (const name of ['no-undeclared-collection', 'no-undeclared-storage', 'no-undeclared-logging', 'no-undeclared-transmission', 'no-undeclared-exposure', 'no-unused-collection'] as RuleName[]) {
      expect([name, RULES[name].maxSensitivity]).toEqual([name, anyCategory]);
    }
    const policy = createPolicy(getEmptyManifest('/repo', catalogue));
    const restricted = categories.filter((category) => ACTIONS.some((action) => getRestrictions({ category: category.id, action, file: '/repo/src/a.ts' }, policy).length > 0));
    expect(RULES['no-restricted-data'].maxSensitivity).toBe(highest(restricted.map((category) => category.sensitivity)));
    const checked = categories.filter((category) => category.validators.length > 0);
    expect(RULES['no-hardcoded-pii'].maxSensitivity).toBe(highest(checked.map((category) => category.sensitivity)));
    expect(RULES['stale-declaration'].maxSensitivity).toBe('low');
  });
});
