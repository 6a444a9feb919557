// minimise-scan/eslint-plugin: the SPEC §8 plugin for ESLint 9 and 10 flat config. Each rule is a
// thin adapter over the one analysis engine (src/analysis), run once per linted file.
import { getToolInfo } from '../scanner/tool-info';
import { createConfigs, PLUGIN_NAMESPACE, type ConfigName, type FlatConfig } from './configs';
import { rules } from './rules';

interface Plugin {
  meta: { name: string; version: string; namespace: string };
  rules: typeof rules;
  configs: Record<ConfigName, FlatConfig>;
}

const { name, version } = getToolInfo();

const plugin: Plugin = {
  meta: { name, version, namespace: PLUGIN_NAMESPACE },
  rules,
  configs: {} as Record<ConfigName, FlatConfig>,
};
Object.assign(plugin.configs, createConfigs(plugin, rules));

// `export =` so that `import minimise from 'minimise-scan/eslint-plugin'` in an ESM eslint.config.js
// (which sees module.exports as the default export) and `require()` both get the plugin itself.
export = plugin;
