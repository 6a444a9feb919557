import { CONFIG_NAMES, getConfigSeverity, PLUGIN_NAMESPACE } from './configs';
import type { MinimiseRuleDocs } from './create-rule';

export const HEADER_START = '<!-- begin auto-generated rule header (from the rule\'s metadata; a test checks it) -->';
export const HEADER_END = '<!-- end auto-generated rule header -->';

export interface DocumentedRule {
  meta: {
    docs?: MinimiseRuleDocs & { description: string; url?: string };
    hasSuggestions?: boolean;
  };
}

/** The top of docs/rules/<name>.md: title, description, and where the rule is on, all from metadata. */
export function renderRuleHeader(name: string, rule: DocumentedRule): string {
  const docs = rule.meta.docs;
  if (docs === undefined) throw new Error(`${name} has no meta.docs`);
  const configs = CONFIG_NAMES.map((config) => {
    const severity = getConfigSeverity(config, docs);
    return `\`${config}\`: ${severity === undefined ? 'off' : `\`${severity}\``}`;
  }).join(', ');
  return [
    `# ${PLUGIN_NAMESPACE}/${name}`,
    '',
    HEADER_START,
    '',
    `> ${docs.description}`,
    '',
    `- **Configs:** ${configs}. SPEC §4 default level: ${docs.defaultLevel}.`,
    `- **Type information:** ${docs.requiresTypeChecking ? 'required' : docs.seesTypedRecords ? 'optional; with it (`recommended-type-checked`) the rule also sees personal data inside typed objects' : 'not needed'}.`,
    `- **Suggestions:** ${rule.meta.hasSuggestions === true ? 'yes; wraps the data in a mask or redact function that the manifest declares under `transforms`' : 'no'}.`,
    `- **Scanner:** the same rule and verdict in \`minimise-scan\` (SARIF ruleId \`${PLUGIN_NAMESPACE}/${name}\`).`,
    '',
    HEADER_END,
  ].join('\n');
}

/** The header as it stands in a doc page (from the title to the end marker), or undefined. */
export function extractRuleHeader(markdown: string): string | undefined {
  const end = markdown.indexOf(HEADER_END);
  return end === -1 ? undefined : markdown.slice(0, end + HEADER_END.length);
}
