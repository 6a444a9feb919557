import type { MinimiseRuleDocs } from './create-rule';

export type Severity = 'error' | 'warn';

export interface RuleWithDocs {
  meta: { docs?: MinimiseRuleDocs & { description: string } };
}

export interface FlatConfig {
  name: string;
  plugins: Record<string, unknown>;
  rules: Record<string, Severity>;
  languageOptions?: { parserOptions: { projectService: true } };
}

export const PLUGIN_NAMESPACE = 'minimise';

export const CONFIG_NAMES = ['recommended', 'strict', 'recommended-type-checked'] as const;
export type ConfigName = (typeof CONFIG_NAMES)[number];

/** SPEC §4's default levels as ESLint severities. */
export function toSeverity(level: MinimiseRuleDocs['defaultLevel']): Severity {
  return level === 'error' ? 'error' : 'warn';
}

/** Which severity each config gives a rule, from its metadata alone; undefined when the config leaves it off. */
export function getConfigSeverity(config: ConfigName, docs: MinimiseRuleDocs): Severity | undefined {
  switch (config) {
    case 'recommended':
      return docs.recommended === 'recommended' && !docs.requiresTypeChecking ? toSeverity(docs.defaultLevel) : undefined;
    case 'recommended-type-checked':
      return docs.recommended === 'recommended' ? toSeverity(docs.defaultLevel) : undefined;
    case 'strict':
      return 'error';
  }
}

/**
 * The flat configs, generated from rule metadata: `recommended` (rules that need no types, at SPEC
 * default levels), `strict` (every rule an error), `recommended-type-checked` (recommended, rules
 * that need types too, and typescript-eslint's project service so rules see typed records).
 */
export function createConfigs(plugin: object, rules: Readonly<Record<string, RuleWithDocs>>): Record<ConfigName, FlatConfig> {
  const build = (name: ConfigName): FlatConfig => {
    const severities: Record<string, Severity> = {};
    for (const [ruleName, rule] of Object.entries(rules)) {
      const docs = rule.meta.docs;
      const severity = docs === undefined ? undefined : getConfigSeverity(name, docs);
      if (severity !== undefined) severities[`${PLUGIN_NAMESPACE}/${ruleName}`] = severity;
    }
    const config: FlatConfig = { name: `${PLUGIN_NAMESPACE}/${name}`, plugins: { [PLUGIN_NAMESPACE]: plugin }, rules: severities };
    if (name === 'recommended-type-checked') config.languageOptions = { parserOptions: { projectService: true } };
    return config;
  };
  return { recommended: build('recommended'), strict: build('strict'), 'recommended-type-checked': build('recommended-type-checked') };
}
